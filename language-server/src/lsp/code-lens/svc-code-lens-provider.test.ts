import { describe, expect, test } from 'vitest';
import type { Locale } from '#protocol/locale.js';
import { openWorkspace, uriOf } from '../../../../test/helpers/editor-workspace.js';
import { openServiceCommand } from './svc-code-lens-provider.js';

/** Each lens as `line: title`, with its command when it has one. */
async function lensesOf(files: Record<string, string>, file: string, locale: Locale = 'en') {
    const workspace = await openWorkspace(files, locale);
    const lenses = await workspace.svc.lsp.CodeLensProvider!.provideCodeLens(workspace.documents[file], { textDocument: { uri: uriOf(file) } }) ?? [];
    return lenses.map(lens => ({
        at: `${lens.range.start.line}:${lens.range.start.character}`,
        title: lens.command?.title,
        ...(lens.command?.command ? { command: lens.command.command, arguments: lens.command.arguments } : {})
    }));
}

const bank = `service 开户 "个人开户" {
  standard 快速 { }
  standard Idle { }
  kpi 平均等候 { measures 快速 }
}
standard Shared { }
service Second { }`;
const kpis = `kpi Reuse { measures 开户.快速, Shared }
service Audit {
  kpi Local { measures 开户.快速 }
  kpi Twice { measures Shared, Shared }
}`;

describe('code lenses', () => {
    test('Open blueprint above each service, with the document and the service name', async () => {
        const lenses = await lensesOf({ 'bank.svc': bank }, 'bank.svc');
        expect(lenses.filter(lens => lens.command)).toEqual([
            { at: '0:8', title: 'Open blueprint', command: openServiceCommand, arguments: [uriOf('bank.svc'), '开户'] },
            { at: '6:8', title: 'Open blueprint', command: 'svc.preview.openService', arguments: [uriOf('bank.svc'), 'Second'] }
        ]);
    });

    test('above each standard, the KPIs that measure it from any file, or that none does', async () => {
        const lenses = await lensesOf({ 'bank.svc': bank, 'kpis.svc': kpis }, 'bank.svc');
        expect(lenses.filter(lens => !lens.command)).toEqual([
            { at: '1:11', title: 'measured by Audit.Local, Reuse, 平均等候' },
            { at: '2:11', title: 'not measured' },
            { at: '5:9', title: 'measured by Audit.Twice, Reuse' }
        ]);
    });

    test('in Chinese', async () => {
        const lenses = await lensesOf({ 'bank.svc': bank, 'kpis.svc': kpis }, 'bank.svc', 'zh-CN');
        expect(lenses.map(lens => lens.title)).toEqual(['打开服务蓝图', '由 Audit.Local、Reuse、平均等候 衡量', '尚无 KPI 衡量', '由 Audit.Twice、Reuse 衡量', '打开服务蓝图']);
    });

    test('a KPI that does not resolve its standard does not count', async () => {
        const lenses = await lensesOf({ 'bank.svc': bank, 'kpis.svc': 'kpi Wrong { measures 快速 }' }, 'bank.svc');
        expect(lenses.find(lens => lens.at === '1:11')?.title).toBe('measured by 平均等候');
    });
});

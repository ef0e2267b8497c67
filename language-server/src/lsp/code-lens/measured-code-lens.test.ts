import { afterEach, describe, expect, test } from 'vitest';
import type { Locale } from '#protocol/locale.js';
import { desk, deskData, deskFiles, openMeasured, type MeasuredTestWorkspace } from '../hover/measured-test-workspace.js';

let workspace: MeasuredTestWorkspace | undefined;

afterEach(() => {
    workspace?.remove();
    workspace = undefined;
});

/** The lenses above each standard, as `name: title | title`. */
async function standardLenses(files: Record<string, string>, locale: Locale = 'en'): Promise<string[]> {
    workspace = await openMeasured(files, locale);
    const { document } = workspace;
    const lenses = await workspace.services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: workspace.uri } }) ?? [];
    const byName = new Map<string, string[]>();
    for (const lens of lenses.filter(lens => !lens.command?.command)) {
        const name = document.textDocument.getText(lens.range);
        byName.set(name, [...byName.get(name) ?? [], lens.command!.title]);
    }
    return [...byName].map(([name, titles]) => `${name}: ${titles.join(' | ')}`);
}

describe('code lenses of standards with measured data', () => {
    test('met with the latest value, not met naming the KPI; beside "measured by", which stays', async () => {
        expect(await standardLenses(deskFiles)).toEqual([
            // WaitRate is a compliance rate in % of a time standard: not compared.
            'WaitMax10: measured by AvgWait, WaitRate | met: 8.7 min (2026-10)',
            'FirstCallRate: measured by FirstCall | not met: FirstCall 78 % (2026-10)',
            'VerifyIn5: measured by Verify | not met: Verify 5.5 min (2026-10)',
            // Spare has no data.
            'Idle: measured by Spare'
        ]);
    });

    test('in Chinese', async () => {
        expect(await standardLenses(deskFiles, 'zh-CN')).toEqual([
            'WaitMax10: 由 AvgWait、WaitRate 衡量 | 达标：8.7 min（2026-10）',
            'FirstCallRate: 由 FirstCall 衡量 | 未达标：FirstCall 78 %（2026-10）',
            'VerifyIn5: 由 Verify 衡量 | 未达标：Verify 5.5 min（2026-10）',
            'Idle: 由 Spare 衡量'
        ]);
    });

    test('several KPIs: "met" names each, "not met" only those that break the target', async () => {
        const spec = desk.replace('kpi Verify { measures VerifyIn5', 'kpi Verify { measures VerifyIn5, WaitMax10');
        const lenses = await standardLenses({ ...deskFiles, 'desk.svc': spec });
        expect(lenses[0]).toBe('WaitMax10: measured by AvgWait, Verify, WaitRate | met: AvgWait 8.7 min (2026-10), Verify 5.5 min (2026-10)');
        const breaking = await standardLenses({ ...deskFiles, 'desk.svc': spec, 'data/kpi.csv': deskData.replace('Verify,2026-10,330 s', 'Verify,2026-10,11') });
        expect(breaking[0]).toBe('WaitMax10: measured by AvgWait, Verify, WaitRate | not met: Verify 11 min (2026-10)');
    });

    test('no verdict without data, nor for a bare target', async () => {
        const noDataElements = desk.replace(/ {2}(measurements|survey) .*\n/g, '');
        const expected = ['WaitMax10: measured by AvgWait, WaitRate', 'FirstCallRate: measured by FirstCall', 'VerifyIn5: measured by Verify', 'Idle: measured by Spare'];
        expect(await standardLenses({ 'desk.svc': noDataElements })).toEqual(expected);
        workspace!.remove();
        expect(await standardLenses({ 'desk.svc': desk })).toEqual(expected);
        workspace!.remove();
        expect((await standardLenses({ ...deskFiles, 'desk.svc': desk.replace('target <= 10 min', 'target <= 10') }))[0])
            .toBe('WaitMax10: measured by AvgWait, WaitRate');
    });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { DiagnosticSeverity, FileChangeType, type Diagnostic } from 'vscode-languageserver-protocol';
import { measuredLibrary } from '../helpers/measured-library.js';
import { LspClient } from '../helpers/lsp-client.js';

const codes = (diagnostics: Diagnostic[]) => diagnostics.map(diagnostic => String(diagnostic.code)).sort();

const library = measuredLibrary;

const measuring = `// svc-disable-next-line servqual-coverage, no-feedback-channel
service Desk "服务台" {
  kpi Speed "速度" { measures Fast formula "avg(t)" unit min direction lower target 4 warning 5 period monthly source "系统" owner Lead }
}
`;

const process = (next: string) => `// svc-disable-next-line servqual-coverage, no-feedback-channel
service Window "窗口" {
  actor Guest "客户" customer
  actor Clerk "窗口人员" frontstage
  process Main "办理" {
    step Ask "咨询" by Guest { evidence "叫号单" next Answer }
    step Answer "答复" by Clerk { standard Fast ${next} }
  }
}
`;

let client: LspClient | undefined;
let folder: string | undefined;

afterEach(async () => {
    await client?.stop();
    client = undefined;
    if (folder) rmSync(folder, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
    folder = mkdtempSync(join(tmpdir(), 'svc-lsp-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
    return folder;
}

describe('language server over stdio', () => {
    test('publishes diagnostics for the workspace, then follows edits', async () => {
        const root = workspace({ 'library.svc': library, 'kpis.svc': measuring, 'window.svc': process('next end') });
        client = await LspClient.start(root);
        const window = join(root, 'window.svc');
        expect(await client.waitFor(window, () => true)).toEqual([]);

        await client.open(window, process(''));
        const broken = await client.waitFor(window, diagnostics => diagnostics.length > 0);
        expect(codes(broken)).toEqual(['dead-end-step']);
        expect(broken[0].range.start.line).toBe(6);
        expect(broken[0].severity).toBe(DiagnosticSeverity.Warning);

        await client.change(window, process('next end'));
        expect(await client.waitFor(window, diagnostics => diagnostics.length === 0)).toEqual([]);
    });

    test('an edit in one file revalidates the files it refers to', async () => {
        const root = workspace({ 'library.svc': library, 'kpis.svc': measuring });
        client = await LspClient.start(root);
        const libraryPath = join(root, 'library.svc');
        const kpis = join(root, 'kpis.svc');
        expect(await client.waitFor(libraryPath, () => true)).toEqual([]);

        await client.open(kpis, measuring.replace('measures Fast ', ''));
        const unmeasured = await client.waitFor(libraryPath, diagnostics => diagnostics.length > 0);
        expect(codes(unmeasured)).toEqual(['standard-unmeasured']);

        await client.change(kpis, measuring);
        expect(await client.waitFor(libraryPath, diagnostics => diagnostics.length === 0)).toEqual([]);
    });

    test('a duplicate top-level name clears in both files when one is renamed', async () => {
        const root = workspace({ 'a.svc': 'actor Lead "A" backstage\n', 'b.svc': 'actor Lead "B" backstage\n' });
        client = await LspClient.start(root);
        const a = join(root, 'a.svc');
        expect(codes(await client.waitFor(a, diagnostics => diagnostics.length > 0))).toEqual(['duplicate-name']);
        await client.open(join(root, 'b.svc'), 'actor Other "B" backstage\n');
        expect(await client.waitFor(a, diagnostics => diagnostics.length === 0)).toEqual([]);
    });

    test('svc.config.json: problems shown on the file, severities applied, recovery after a fix', async () => {
        const root = workspace({ 'library.svc': library, 'kpis.svc': measuring, 'window.svc': process('') });
        client = await LspClient.start(root);
        const window = join(root, 'window.svc');
        const config = join(root, 'svc.config.json');
        expect((await client.waitFor(window, d => d.length > 0))[0].severity).toBe(DiagnosticSeverity.Warning);

        writeFileSync(config, '{ "rules": { "dead-end-step": "error", "no-such-rule": "warn" } }');
        await client.filesChanged([{ path: config, type: FileChangeType.Created }]);
        const problems = await client.waitFor(config, d => d.length > 0);
        expect(problems).toHaveLength(1);
        expect(problems[0].message).toContain("Unknown rule id 'no-such-rule'");
        expect(problems[0].range.start).toEqual({ line: 0, character: 39 });

        writeFileSync(config, '{ "rules": { "dead-end-step": "error" } }');
        await client.filesChanged([{ path: config, type: FileChangeType.Changed }]);
        expect(await client.waitFor(config, d => d.length === 0)).toEqual([]);
        expect((await client.waitFor(window, d => d[0]?.severity === DiagnosticSeverity.Error))[0].code).toBe('dead-end-step');

        writeFileSync(config, '{ "rules": { "dead-end-step": "error" ');
        await client.filesChanged([{ path: config, type: FileChangeType.Changed }]);
        expect((await client.waitFor(config, d => d.length > 0))[0].message).toContain('Malformed JSON');
        expect(client.process.exitCode).toBeNull();
    });

    test('a /** doc */ comment is the hover of the element, at its references too', async () => {
        const documented = library.replace('standard Fast', '/** 顾客等候超过 5 分钟即视为未达标。 */\nstandard Fast');
        const root = workspace({ 'library.svc': documented, 'kpis.svc': measuring });
        client = await LspClient.start(root);
        const kpis = join(root, 'kpis.svc');
        await client.waitFor(kpis, () => true);
        const line = measuring.split('\n').findIndex(text => text.includes('measures Fast'));
        const character = measuring.split('\n')[line].indexOf('Fast');
        expect(await client.hover(kpis, line, character + 1)).toContain('顾客等候超过 5 分钟即视为未达标。');
    });

    test('messages follow the client locale', async () => {
        const root = workspace({ 'library.svc': library, 'kpis.svc': measuring, 'window.svc': process('') });
        client = await LspClient.start(root, 'zh-cn');
        const [diagnostic] = await client.waitFor(join(root, 'window.svc'), d => d.length > 0);
        expect(diagnostic.message).toBe('步骤“Answer”没有后续步骤；如果流程在此结束，请加上“next end”。');
    });

    test('a change of the svc.locale setting rewords the diagnostics without a restart', async () => {
        const root = workspace({ 'library.svc': library, 'kpis.svc': measuring, 'window.svc': process('') });
        client = await LspClient.start(root);
        const window = join(root, 'window.svc');
        const [english] = await client.waitFor(window, d => d.length > 0);
        expect(english.message).toMatch(/^Step 'Answer' has no next step/);
        await client.notify('svc/setLocale', { locale: 'zh-CN' });
        const [chinese] = await client.waitFor(window, d => d.length > 0 && String(d[0].message).startsWith('步骤'));
        expect(chinese.message).toBe('步骤“Answer”没有后续步骤；如果流程在此结束，请加上“next end”。');
    });

    test('the svc.locale setting, sent as an initialization option, overrides the display language', async () => {
        const root = workspace({ 'library.svc': library, 'kpis.svc': measuring, 'window.svc': process('') });
        client = await LspClient.start(root, 'en', 'zh-CN');
        const [diagnostic] = await client.waitFor(join(root, 'window.svc'), d => d.length > 0);
        expect(diagnostic.message).toBe('步骤“Answer”没有后续步骤；如果流程在此结束，请加上“next end”。');
    });
});

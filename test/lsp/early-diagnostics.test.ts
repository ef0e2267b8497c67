import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient, uriOf } from '../helpers/lsp-client.js';

/*
 * Opening a folder (no file open): each spec's own problems are published as soon
 * as it is parsed, then the full diagnostics replace them, all before the
 * server's "checking the workspace" progress ends.
 */

const specs = {
    // Its own problems (a KPI with no fields) and one that needs kpis.svc (a standard nobody measures).
    'branch.svc': `service Branch "网点" {
  actor Teller "柜员" frontstage
  standard WaitMax15 "等候" { target <= 15 min }
  standard Greet30s "问候" { target <= 30 s }
  kpi Empty "空" { }
  process Main {
    step Greet by Teller { standard Greet30s next end }
  }
}
`,
    // A complete KPI: nothing of its own to say.
    'kpis.svc': `kpi AvgWait "平均等候" {
  measures Branch.WaitMax15 formula "avg(wait)" unit min direction lower target 10
  period monthly source "叫号系统" owner Branch.Teller
}
`,
    'broken.svc': `service Broken {
  process Main { step Open { next end }
`
};

let client: LspClient | undefined;
let folder: string | undefined;

afterEach(async () => {
    await client?.stop();
    if (folder) rmSync(folder, { recursive: true, force: true });
});

async function openFolder(locale = 'en'): Promise<{ client: LspClient; pathOf: (name: string) => string }> {
    folder = mkdtempSync(join(tmpdir(), 'svc-early-'));
    for (const [name, text] of Object.entries(specs)) writeFileSync(join(folder, name), text);
    const root = folder;
    client = await LspClient.start(root, locale);
    await client.waitFor(join(root, 'kpis.svc'), () => true, 30_000);
    return { client, pathOf: name => join(root, name) };
}

const key = (diagnostic: Diagnostic) => `${diagnostic.range.start.line}:${diagnostic.range.start.character} ${String(diagnostic.code)} ${String(diagnostic.message)}`;

describe('diagnostics while a folder opens', () => {
    test('a spec\'s own problems come first, the full list then replaces them, before the check ends', async () => {
        const { client, pathOf } = await openFolder();
        const lists = client.published.filter(entry => entry.uri === uriOf(pathOf('branch.svc'))).map(entry => entry.diagnostics);
        expect(lists.length).toBeGreaterThanOrEqual(2);
        const [early, full] = [lists[0], lists.at(-1)!];
        expect(early.map(diagnostic => diagnostic.code)).toContain('kpi-incomplete');
        expect(early.map(diagnostic => diagnostic.code)).not.toContain('standard-unmeasured');
        expect(full.map(diagnostic => diagnostic.code)).toContain('standard-unmeasured');
        expect(early.map(key).filter(found => !full.map(key).includes(found))).toEqual([]);
        // The syntax error shows early too.
        const broken = client.published.find(entry => entry.uri === uriOf(pathOf('broken.svc')))!;
        expect(broken.diagnostics.map(diagnostic => diagnostic.code)).toContain('syntax-error');
        // Every full list went out before the progress ended.
        const beforeEnd = client.published.slice(0, client.progress.publishedBeforeEnd);
        for (const name of Object.keys(specs)) {
            const last = beforeEnd.filter(entry => entry.uri === uriOf(pathOf(name))).at(-1);
            expect(last?.diagnostics, name).toEqual(client.diagnosticsOf(pathOf(name)));
        }
    });

    test('a spec with nothing of its own to say is published once, with its full list', async () => {
        const { client, pathOf } = await openFolder();
        const lists = client.published.filter(entry => entry.uri === uriOf(pathOf('kpis.svc')));
        expect(lists).toHaveLength(1);
    });

    test('the check shows as work-done progress, in the client\'s language', async () => {
        const { client } = await openFolder('zh-CN');
        expect(client.progress.titles).toEqual(['svc：正在检查工作区']);
        expect(client.progress.publishedBeforeEnd).toBeGreaterThan(0);
    });
});

import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DiagnosticSeverity, FileChangeType, type Diagnostic } from 'vscode-languageserver-protocol';
import { measuredLibrary } from '../helpers/measured-library.js';
import { LspClient, uriOf } from '../helpers/lsp-client.js';

/*
 * The built server over stdio keeps running whatever a client sends: requests
 * it does not know or cannot answer, edits of documents it never saw, binary
 * files and huge lines, files renamed or deleted under it, a config file broken
 * and mended. After each case it still answers a hover on a good file.
 */

const good = `service Desk "服务台" {
  actor Guest "客户" customer
  process Main {
    step Ask by Guest { next end }
  }
}
`;

let client: LspClient;
let folder: string;
let goodPath: string;

/** The server is still up and answering: a hover on the good spec names its actor. */
async function stillAnswers(): Promise<void> {
    expect(client.process.exitCode).toBeNull();
    expect(await client.hover(goodPath, 3, 18)).toContain('Guest');
}

beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'svc-robust-'));
    goodPath = join(folder, 'good.svc');
    writeFileSync(goodPath, good);
    client = await LspClient.start(folder);
    await client.open(goodPath, good);
    await client.waitFor(goodPath, () => true);
}, 60_000);

afterAll(async () => {
    await client?.stop();
    rmSync(folder, { recursive: true, force: true });
});

describe('the language server survives', () => {
    test('an unknown method and malformed parameters: an error answer, nothing more', async () => {
        await expect(client.request('svc/noSuchMethod', {})).rejects.toThrow();
        await expect(client.request('svc/blueprint', { uri: 42 })).rejects.toThrow(/expects \{ uri: string \}/);
        await expect(client.request('svc/blueprint', { uri: uriOf(join(folder, 'never-opened.svc')) })).rejects.toThrow(/not a known/);
        await stillAnswers();
    });

    test('requests and edits for a document it never saw', async () => {
        const ghost = join(folder, 'ghost.svc');
        await client.change(ghost, 'service Ghost { }');
        await client.request('textDocument/hover', { textDocument: { uri: uriOf(ghost) }, position: { line: 0, character: 9 } }).catch(() => undefined);
        await client.request('textDocument/completion', { textDocument: { uri: uriOf(ghost) }, position: { line: 99, character: 99 } }).catch(() => undefined);
        await stillAnswers();
    });

    test('a binary file named .svc: syntax errors, no crash', async () => {
        const binary = join(folder, 'binary.svc');
        const bytes = Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919 + 13) % 256));
        const text = bytes.toString('latin1');
        writeFileSync(binary, bytes);
        await client.open(binary, text);
        const diagnostics = await client.waitFor(binary, found => found.length > 0, 30_000);
        expect(diagnostics.every(diagnostic => diagnostic.code === 'syntax-error')).toBe(true);
        await stillAnswers();
    }, 60_000);

    test('a single line of 1 MB', async () => {
        const long = join(folder, 'long-line.svc');
        const text = `service Long { ${Array.from({ length: 50_000 }, (_, index) => `actor A${index} customer`).join(' ')} }`;
        expect(text.length).toBeGreaterThan(1_000_000);
        await client.open(long, text);
        await client.waitFor(long, () => true, 60_000);
        await stillAnswers();
    }, 120_000);

    test('an open file deleted on disk', async () => {
        const doomed = join(folder, 'doomed.svc');
        writeFileSync(doomed, good.replace('Desk', 'Doomed'));
        await client.open(doomed, good.replace('Desk', 'Doomed'));
        await client.waitFor(doomed, () => true);
        rmSync(doomed);
        await client.filesChanged([{ path: doomed, type: FileChangeType.Deleted }]);
        await stillAnswers();
    });

    test('a watcher event for a file gone before it is read (created, then removed at once)', async () => {
        await client.filesChanged([{ path: join(folder, 'vanished.svc'), type: FileChangeType.Created }]);
        await stillAnswers();
        await new Promise(settle => setTimeout(settle, 500));
        await stillAnswers();
    });

    test('svc.config.json edited into invalid JSON and back: diagnostics recover', async () => {
        const config = join(folder, 'svc.config.json');
        const deadEnd = join(folder, 'dead-end.svc');
        const text = good.replace('Desk', 'DeadEnd').replace('next end', '');
        await client.open(deadEnd, text);
        const severityOf = (diagnostics: Diagnostic[]) => diagnostics.find(diagnostic => diagnostic.code === 'dead-end-step')?.severity;
        expect(severityOf(await client.waitFor(deadEnd, found => severityOf(found) !== undefined))).toBe(DiagnosticSeverity.Warning);

        const edit = async (json: string) => {
            writeFileSync(config, json);
            await client.filesChanged([{ path: config, type: FileChangeType.Changed }]);
        };
        await edit('{ "rules": { "dead-end-step": "error" } }');
        await client.waitFor(deadEnd, found => severityOf(found) === DiagnosticSeverity.Error);
        // Half-typed JSON: the problem is shown on the config file; the specs stay checked with the defaults.
        await edit('{ "rules": { "dead-end-step": "err');
        expect((await client.waitFor(config, found => found.length > 0))[0].message).toContain('Malformed JSON');
        await client.waitFor(deadEnd, found => severityOf(found) === DiagnosticSeverity.Warning);
        await edit('\u0000\u00ff{{{');
        await client.waitFor(config, found => found.length > 0);
        await stillAnswers();
        await edit('{ "rules": { "dead-end-step": "error" } }');
        expect(await client.waitFor(config, found => found.length === 0)).toEqual([]);
        await client.waitFor(deadEnd, found => severityOf(found) === DiagnosticSeverity.Error);
        rmSync(config);
        await client.filesChanged([{ path: config, type: FileChangeType.Deleted }]);
        await client.waitFor(deadEnd, found => severityOf(found) === DiagnosticSeverity.Warning);
        await stillAnswers();
    });
});

/*
 * A spec renamed (moved) while open in the editor. Other files keep resolving
 * their references to it under its new name, and nothing is left published
 * for the old uri — whatever the client sends: VS Code's close + watcher
 * events + open, only close + open, or workspace/didRenameFiles.
 */
describe('a file renamed while open', () => {
    const library = measuredLibrary;
    const measuring = `// svc-disable-next-line servqual-coverage, no-feedback-channel
service Measures "度量" {
  kpi Speed "速度" { measures Fast formula "avg(t)" unit min direction lower target 4 warning 5 period monthly source "系统" owner Lead }
}
`;
    let root: string;
    let renaming: LspClient;

    beforeAll(async () => {
        root = mkdtempSync(join(tmpdir(), 'svc-rename-'));
        writeFileSync(join(root, 'kpis.svc'), measuring);
        renaming = await LspClient.start(root);
        await renaming.open(join(root, 'kpis.svc'), measuring);
        await renaming.waitFor(join(root, 'kpis.svc'), () => true);
    }, 60_000);

    afterAll(async () => {
        await renaming?.stop();
        rmSync(root, { recursive: true, force: true });
    });

    /** The library as `name`, open; then the moves of `move`; then every check. */
    async function renameCase(name: string, move: (from: string, to: string) => Promise<void>): Promise<void> {
        const kpis = join(root, 'kpis.svc');
        const from = join(root, `${name}.svc`);
        const to = join(root, 'moved', `${name}-renamed.svc`);
        mkdirSync(join(root, 'moved'), { recursive: true });
        writeFileSync(from, library);
        await renaming.filesChanged([{ path: from, type: FileChangeType.Created }]);
        await renaming.open(from, library);
        expect(await renaming.waitFor(from, found => found.length === 0)).toEqual([]);
        expect(await renaming.waitFor(kpis, found => found.length === 0)).toEqual([]);

        renaming.forget(from);
        renameSync(from, to);
        await move(from, to);
        // The old uri is cleared; the new one is checked — no duplicate of the old self.
        expect(await renaming.waitFor(from, found => found.length === 0)).toEqual([]);
        expect(await renaming.waitFor(to, () => true)).toEqual([]);
        // The KPI still measures Fast, now declared in the moved file.
        const line = measuring.split('\n').findIndex(text => text.includes('measures Fast'));
        expect(await renaming.hover(kpis, line, measuring.split('\n')[line].indexOf('Fast') + 1)).toContain('快速响应');
        await renaming.change(kpis, measuring.replace('measures Fast', 'measures Fast, Slow'));
        const unresolved = await renaming.waitFor(kpis, found => found.length > 0);
        expect(unresolved.map(diagnostic => diagnostic.message).join('\n')).not.toMatch(/'Fast'/);
        await renaming.change(kpis, measuring);
        await renaming.waitFor(kpis, found => found.length === 0);

        // Clean up for the next case: the moved file closed and deleted.
        await renaming.close(to);
        rmSync(to);
        await renaming.filesChanged([{ path: to, type: FileChangeType.Deleted }]);
        await renaming.waitFor(to, found => found.length === 0);
        expect(renaming.process.exitCode).toBeNull();
    }

    test('as VS Code reports it: close, watcher events (deleted, created), open', async () => {
        await renameCase('vscode', async (from, to) => {
            await renaming.close(from);
            await renaming.filesChanged([{ path: from, type: FileChangeType.Deleted }, { path: to, type: FileChangeType.Created }]);
            await renaming.open(to, library);
        });
    });

    test('with no watcher events: close, open', async () => {
        await renameCase('no-watcher', async (from, to) => {
            await renaming.close(from);
            await renaming.open(to, library);
        });
    });

    test('workspace/didRenameFiles, then close and open', async () => {
        expect(renaming.registrations).toContain('workspace/didRenameFiles');
        await renameCase('did-rename', async (from, to) => {
            await renaming.filesRenamed([{ from, to }]);
            await renaming.close(from);
            await renaming.open(to, library);
        });
    });

    test('workspace/didRenameFiles of a closed file, no other event', async () => {
        const from = join(root, 'closed.svc');
        const to = join(root, 'closed-renamed.svc');
        writeFileSync(from, library);
        await renaming.filesChanged([{ path: from, type: FileChangeType.Created }]);
        await renaming.waitFor(from, found => found.length === 0);
        renameSync(from, to);
        renaming.forget(from);
        await renaming.filesRenamed([{ from, to }]);
        expect(await renaming.waitFor(from, found => found.length === 0)).toEqual([]);
        expect(await renaming.waitFor(to, found => found.length === 0)).toEqual([]);
        const kpis = join(root, 'kpis.svc');
        const line = measuring.split('\n').findIndex(text => text.includes('measures Fast'));
        expect(await renaming.hover(kpis, line, measuring.split('\n')[line].indexOf('Fast') + 1)).toContain('快速响应');
        rmSync(to);
        await renaming.filesChanged([{ path: to, type: FileChangeType.Deleted }]);
    });
});


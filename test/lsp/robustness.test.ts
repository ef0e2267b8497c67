import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FileChangeType } from 'vscode-languageserver-protocol';
import { LspClient, uriOf } from '../helpers/lsp-client.js';

/*
 * The built server over stdio keeps running whatever a client sends: requests
 * it does not know or cannot answer, edits of documents it never saw, binary
 * files and huge lines. After each case it still answers a hover on a good file.
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
});

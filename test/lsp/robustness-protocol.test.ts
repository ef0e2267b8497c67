import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    createProtocolConnection, ErrorCodes, IPCMessageReader, IPCMessageWriter, LSPErrorCodes, PublishDiagnosticsNotification,
    type CompletionItem, type CompletionList, type Diagnostic
} from 'vscode-languageserver-protocol/node';
import { generateFile } from '../../bench/generate-workspace.js';
import { LspClient, uriOf } from '../helpers/lsp-client.js';

/*
 * The protocol, sent out of order or malformed, over a real connection: the
 * built server answers with the error the specification names (or a harmless
 * answer), publishes the diagnostics of what it was last sent, and keeps running.
 */

const good = `service Desk "服务台" {
  actor Guest "客户" customer
  process Main {
    step Ask by Guest { next end }
  }
}
`;
const deadEnd = good.replace('next end', '');
const codes = (diagnostics: Diagnostic[]) => diagnostics.map(diagnostic => String(diagnostic.code));
const hasDeadEnd = (diagnostics: Diagnostic[]) => codes(diagnostics).includes('dead-end-step');

/** The error code a request was refused with (fails if it was answered). */
async function refusal(response: Promise<unknown>): Promise<number> {
    try {
        await response;
    } catch (error) {
        return (error as { code: number }).code;
    }
    throw new Error('answered, not refused');
}

let folder: string;
let goodPath: string;

beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'svc-protocol-'));
    goodPath = join(folder, 'good.svc');
    writeFileSync(goodPath, good);
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the lifecycle out of order', () => {
    test('before initialize: ServerNotInitialized; initialize twice: InvalidRequest; after shutdown: InvalidRequest; exit: code 0', async () => {
        const client = LspClient.spawn();
        try {
            const hover = { textDocument: { uri: uriOf(goodPath) }, position: { line: 3, character: 18 } };
            // Before `initialize`: every request refused at once (it used to hang until initialize), notifications dropped.
            expect(await refusal(client.request('textDocument/hover', hover))).toBe(ErrorCodes.ServerNotInitialized);
            expect(await refusal(client.request('shutdown'))).toBe(ErrorCodes.ServerNotInitialized);
            expect(await refusal(client.request('svc/blueprint', { uri: uriOf(goodPath) }))).toBe(ErrorCodes.ServerNotInitialized);
            await client.open(goodPath, deadEnd);

            const { capabilities } = await client.initialize(folder);
            expect(capabilities.hoverProvider).toBe(true);
            expect(await refusal(client.initialize(folder))).toBe(ErrorCodes.InvalidRequest);
            await client.notify('initialized', {});
            // The early didOpen was dropped: the file is checked as it is on disk.
            const diagnostics = await client.waitFor(goodPath, () => true);
            expect(hasDeadEnd(diagnostics)).toBe(false);
            expect(await client.hover(goodPath, 3, 18)).toContain('Guest');

            expect(await client.request('shutdown')).toBeNull();
            expect(await refusal(client.request('textDocument/hover', hover))).toBe(ErrorCodes.InvalidRequest);
            expect(await refusal(client.request('shutdown'))).toBe(ErrorCodes.InvalidRequest);
            expect(client.process.exitCode).toBeNull();
            await client.notify('exit', {});
            expect(await client.exited).toBe(0);
        } finally {
            client.process.kill();
        }
    });

    test('exit without shutdown: code 1', async () => {
        const client = await LspClient.start(folder);
        await client.waitFor(goodPath, () => true);
        await client.notify('exit', {});
        expect(await client.exited).toBe(1);
    });

    test('the end of its input: code 1, or 0 after shutdown', async () => {
        const abandoned = await LspClient.start(folder);
        abandoned.process.stdin!.end();
        expect(await abandoned.exited).toBe(1);
        const finished = await LspClient.start(folder);
        await finished.request('shutdown');
        finished.process.stdin!.end();
        expect(await finished.exited).toBe(0);
    });

    test('over node IPC, as VS Code starts it: the same gate, then diagnostics', async () => {
        const child = fork(resolve(import.meta.dirname, '../../out/language-server/main.cjs'), ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
        const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
        const exited = new Promise<number | null>(done => child.once('exit', done));
        // The spec's own problems come first, before linking; the full list follows with the rules that follow `next`.
        const published = new Promise<Diagnostic[]>(done => connection.onNotification(PublishDiagnosticsNotification.type, params => {
            if (params.uri === uriOf(goodPath) && codes(params.diagnostics).includes('customer-step-unserved')) done(params.diagnostics);
        }));
        connection.listen();
        try {
            expect(await refusal(connection.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(goodPath) }, position: { line: 0, character: 0 } })))
                .toBe(ErrorCodes.ServerNotInitialized);
            const rootUri = uriOf(folder);
            await connection.sendRequest('initialize', { processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'w' }], capabilities: {} });
            await connection.sendNotification('initialized', {});
            await published;
            await connection.sendRequest('shutdown');
            await connection.sendNotification('exit');
            expect(await exited).toBe(0);
        } finally {
            connection.dispose();
            child.kill();
        }
    });
});

describe('malformed and out-of-order requests on a running server', () => {
    let client: LspClient;
    const uri = () => uriOf(goodPath);

    beforeAll(async () => {
        client = await LspClient.start(folder);
        await client.open(goodPath, good);
        await client.waitFor(goodPath, () => true);
    }, 60_000);

    afterAll(async () => client?.stop());

    async function stillAnswers(): Promise<void> {
        expect(client.process.exitCode).toBeNull();
        expect(await client.hover(goodPath, 3, 18)).toContain('Guest');
    }

    test('positions that are not positions: InvalidParams; beyond the end: no hover', async () => {
        const hoverAt = (position: unknown) => client.request('textDocument/hover', { textDocument: { uri: uri() }, position });
        expect(await refusal(hoverAt({ line: 'three', character: '18' }))).toBe(ErrorCodes.InvalidParams);
        expect(await refusal(hoverAt({ line: -1, character: 0 }))).toBe(ErrorCodes.InvalidParams);
        expect(await refusal(hoverAt({ line: 1.5, character: 0 }))).toBe(ErrorCodes.InvalidParams);
        expect(await refusal(hoverAt(undefined))).toBe(ErrorCodes.InvalidParams);
        expect(await refusal(hoverAt(null))).toBe(ErrorCodes.InvalidParams);
        expect(await refusal(client.request('textDocument/definition', { textDocument: { uri: uri() }, position: { line: {}, character: [] } })))
            .toBe(ErrorCodes.InvalidParams);
        expect(await refusal(client.request('textDocument/inlayHint', { textDocument: { uri: uri() }, range: { start: { line: 0 } } })))
            .toBe(ErrorCodes.InvalidParams);
        expect(await hoverAt({ line: 9_999, character: 3 })).toBeNull();
        expect(await hoverAt({ line: 3, character: 9_999 })).toBeNull();
        // Other shapes no gate checks: an error answer, never a crash.
        await client.request('textDocument/codeAction', { textDocument: { uri: uri() }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, context: null })
            .catch(() => undefined);
        await client.request('textDocument/documentSymbol', { textDocument: {} }).catch(() => undefined);
        await client.request('textDocument/formatting', { textDocument: { uri: uri() }, options: 'tabs' }).catch(() => undefined);
        await stillAnswers();
    });

    test('completion past the end of the document and past the end of a line', async () => {
        const completeAt = (line: number, character: number) =>
            client.request<CompletionList | CompletionItem[] | null>('textDocument/completion', { textDocument: { uri: uri() }, position: { line, character } });
        const items = (result: CompletionList | CompletionItem[] | null) => Array.isArray(result) ? result : result?.items ?? [];
        // Past the end counts as the end: top-level keywords.
        expect(items(await completeAt(999, 999)).map(item => item.label)).toContain('service');
        expect(items(await completeAt(3, 999)).length).toBeGreaterThan(0);
        await stillAnswers();
    });

    test('didChange with a lower version, and the same version: the text last sent counts', async () => {
        await client.change(goodPath, deadEnd, 10);
        await client.waitFor(goodPath, hasDeadEnd);
        await client.change(goodPath, good, 3);
        await client.waitFor(goodPath, diagnostics => !hasDeadEnd(diagnostics));
        await client.change(goodPath, deadEnd, 3);
        await client.waitFor(goodPath, hasDeadEnd);
        await client.change(goodPath, good, 4);
        await client.waitFor(goodPath, diagnostics => !hasDeadEnd(diagnostics));
        await stillAnswers();
    });

    test('didOpen twice for the same uri: the second text counts', async () => {
        const twice = join(folder, 'twice.svc');
        await client.open(twice, good.replace('Desk', 'Twice'));
        await client.waitFor(twice, diagnostics => diagnostics.length > 0 && !hasDeadEnd(diagnostics));
        await client.open(twice, deadEnd.replace('Desk', 'Twice'));
        await client.waitFor(twice, hasDeadEnd);
        await client.close(twice);
        // Closed and never on disk: gone, its diagnostics cleared.
        await client.waitFor(twice, diagnostics => diagnostics.length === 0);
        await stillAnswers();
    });

    test('$/cancelRequest of requests waiting for a long validation: cancelled, and the validation still completes', async () => {
        const big = join(folder, 'big.svc');
        const text = generateFile(0, 40_000, 24, undefined);
        await client.open(big, text);
        const blueprint = client.cancellableRequest('svc/blueprint', { uri: uriOf(big) });
        const hover = client.cancellableRequest('textDocument/hover', { textDocument: { uri: uriOf(big) }, position: { line: 10, character: 10 } });
        await new Promise(wake => setTimeout(wake, 20));
        blueprint.cancel();
        hover.cancel();
        expect(await refusal(blueprint.response)).toBe(LSPErrorCodes.RequestCancelled);
        // A cancelled request is still answered (LSP): with RequestCancelled, or with its result if it was ready.
        const hoverAnswer = await hover.response.then(() => 'result', (error: { code: number }) => error.code);
        expect(['result', LSPErrorCodes.RequestCancelled]).toContain(hoverAnswer);
        const diagnostics = await client.waitFor(big, () => true, 60_000);
        expect(codes(diagnostics)).not.toContain('syntax-error');
        // The same request, not cancelled, is answered once the document is validated.
        const model = await client.request<{ services: unknown[] }>('svc/blueprint', { uri: uriOf(big) });
        expect(model.services.length).toBeGreaterThan(0);
        // An edit while the big text is being validated: that build is cancelled, the last text is what is reported.
        await client.change(big, `${text}\n`);
        await new Promise(wake => setTimeout(wake, 20));
        await client.change(big, deadEnd.replace('Desk', 'Big'));
        await client.waitFor(big, hasDeadEnd, 60_000);
        await client.close(big);
        await stillAnswers();
    }, 90_000);
});

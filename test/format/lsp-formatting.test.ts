import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { DocumentFormattingRequest, DocumentRangeFormattingRequest } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient, uriOf } from '../helpers/lsp-client.js';

const folder = mkdtempSync(join(tmpdir(), 'svc-lsp-format-'));
let client: LspClient | undefined;
afterAll(async () => {
    await client?.stop();
    rmSync(folder, { recursive: true, force: true });
});

const messy = 'service Desk {\n      actor Guest   customer\n  actor Clerk frontstage // 柜员\n}';

test('the built language server formats a document and a range', async () => {
    const path = join(folder, 'desk.svc');
    writeFileSync(path, messy);
    client = await LspClient.start(folder);
    await client.open(path, messy);
    const options = { tabSize: 4, insertSpaces: true };
    const textDocument = { uri: uriOf(path) };
    const whole = await client.connection.sendRequest(DocumentFormattingRequest.type, { textDocument, options });
    const document = TextDocument.create(uriOf(path), 'svc', 1, messy);
    expect(TextDocument.applyEdits(document, whole ?? [])).toBe('service Desk {\n  actor Guest customer\n  actor Clerk frontstage // 柜员\n}\n');
    const range = { start: { line: 2, character: 0 }, end: { line: 2, character: 40 } };
    const part = await client.connection.sendRequest(DocumentRangeFormattingRequest.type, { textDocument, options, range });
    expect(TextDocument.applyEdits(document, part ?? [])).toBe(messy);
    const firstLines = { start: { line: 0, character: 0 }, end: { line: 2, character: 0 } };
    const lines = await client.connection.sendRequest(DocumentRangeFormattingRequest.type, { textDocument, options, range: firstLines });
    expect(TextDocument.applyEdits(document, lines ?? [])).toBe('service Desk {\n  actor Guest customer\n  actor Clerk frontstage // 柜员\n}');
});

import { describe, expect, test } from 'vitest';
import { randomFrom } from '../../../test/helpers/text-edit-kit.js';
import { ChunkedText } from '../measured/chunked-text.js';
import { decodeMessage } from './long-string-messages.js';

const bytesOf = (message: unknown) => new TextEncoder().encode(JSON.stringify(message));

/** A CSV of `rows` rows (over a megabyte from ~20k), with what JSON escapes: quotes, backslashes, CRLF, tabs, CJK and emoji. */
function csvText(rows: number): string {
    const lines = ['kpi,period,value,note'];
    for (let row = 0; row < rows; row++) lines.push(`Wait,2026-${String(row % 12 + 1).padStart(2, '0')},${row % 17},"备注 \\ ""q"" ${row % 7 ? '😀' : '\t'}"`);
    return `${lines.join('\r\n')}\n`;
}

const didOpen = (uri: string, text: string) => ({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'csv', version: 1, text } } });

describe('decodeMessage: a message read without a copy of its long texts', () => {
    test('a data file opened: its text comes as a ChunkedText equal to the text sent', () => {
        const text = csvText(30_000);
        const message = decodeMessage(bytesOf(didOpen('file:///w/data/kpi.csv', text))) as unknown as ReturnType<typeof didOpen>;
        const received = message.params.textDocument.text as unknown;
        expect(received).toBeInstanceOf(ChunkedText);
        expect((received as ChunkedText).toString()).toBe(text);
        const { text: _text, ...document } = message.params.textDocument;
        expect({ ...message, params: { textDocument: document } }).toEqual({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///w/data/kpi.csv', languageId: 'csv', version: 1 } } });
    });

    test('a data file whose whole text a change replaces: that text too; a ranged change keeps a string', () => {
        const text = csvText(30_000);
        const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        const message = decodeMessage(bytesOf({ jsonrpc: '2.0', method: 'textDocument/didChange', params: {
            textDocument: { uri: 'file:///w/kpi.csv', version: 2 }, contentChanges: [{ text }, { range, text }]
        } })) as unknown as { params: { contentChanges: Array<{ text: unknown }> } };
        expect(message.params.contentChanges[0].text).toBeInstanceOf(ChunkedText);
        expect(String(message.params.contentChanges[0].text)).toBe(text);
        expect(message.params.contentChanges[1].text).toBe(text);
    });

    test('a spec opened, and any other message: the same as JSON.parse, long strings as strings', () => {
        const text = csvText(30_000);
        for (const message of [
            didOpen('file:///w/big.svc', text),
            { jsonrpc: '2.0', id: 7, method: 'workspace/executeCommand', params: { command: 'x', arguments: [text, { deep: [text, 1, null, true] }] } },
            didOpen('file:///w/small.csv', 'kpi,period,value\n')
        ]) {
            const decoded = decodeMessage(bytesOf(message));
            expect(decoded).toEqual(message);
            expect(JSON.stringify(decoded)).toBe(JSON.stringify(message));
        }
    });

    test('random long strings of escapes and characters decode as JSON.parse decodes them', () => {
        const random = randomFrom(4242);
        const alphabet = ['a', '"', '\\', '\n', '\r\n', '\r', '\t', '\u0001', '值', '😀', '\uD83D', '\\n', '\\"', ' ', ','];
        for (let round = 0; round < 6; round++) {
            const text = Array.from({ length: 200_000 + random(100_000) }, () => alphabet[random(alphabet.length)]).join('');
            const message = didOpen('file:///w/data/kpi.csv', text);
            const received = (decodeMessage(bytesOf(message)) as unknown as ReturnType<typeof didOpen>).params.textDocument.text;
            expect(String(received) === text, `round ${round}`).toBe(true);
            expect((received as unknown as ChunkedText).length).toBe(text.length);
        }
    });

    test('what is not JSON fails as JSON.parse fails', () => {
        const broken = new TextEncoder().encode(`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"text":"${'x'.repeat(2_000_000)}`);
        expect(() => decodeMessage(broken)).toThrow(SyntaxError);
    });
});

import { describe, expect, test } from 'vitest';
import { maxQuotedCharacters, quoteCell } from './quote-cell.js';

describe('quoteCell', () => {
    test('quotes a cell in English and in Chinese quotes', () => {
        expect(quoteCell('AvgWait')).toEqual({ en: "'AvgWait'", zh: '“AvgWait”' });
        expect(quoteCell('')).toEqual({ en: "''", zh: '“”' });
    });

    test('keeps quotes, markup and Chinese as written: the message is plain text', () => {
        const text = `<script>alert("x")</script> it's \`a\` ]] %%{init}%% 平均等候`;
        expect(quoteCell(text).en).toBe(`'${text}'`);
    });

    test(`keeps ${maxQuotedCharacters} characters and marks the cut with …`, () => {
        expect(quoteCell('x'.repeat(maxQuotedCharacters)).en).toBe(`'${'x'.repeat(maxQuotedCharacters)}'`);
        expect(quoteCell('x'.repeat(maxQuotedCharacters + 1)).en).toBe(`'${'x'.repeat(maxQuotedCharacters)}…'`);
    });

    test('quotes the start of a 5 MB cell, not the cell', () => {
        const quoted = quoteCell('9'.repeat(5 * 1024 * 1024));
        expect(quoted.zh).toBe(`“${'9'.repeat(maxQuotedCharacters)}…”`);
    });

    test('counts characters, not UTF-16 code units, so no emoji is cut in half', () => {
        expect(quoteCell('😀'.repeat(maxQuotedCharacters + 5)).en).toBe(`'${'😀'.repeat(maxQuotedCharacters)}…'`);
    });

    test('writes line breaks and tabs as escapes: a message stays one line', () => {
        expect(quoteCell('a\nb\r\nc\td').en).toBe(String.raw`'a\nb\r\nc\td'`);
        expect(quoteCell('a\u2028b\u2029c\u0085d').en).toBe(String.raw`'a\u2028b\u2029c\u0085d'`);
    });

    test('writes bidi controls and other control characters as escapes: a message reads on screen as it is', () => {
        expect(quoteCell('abc\u202Eevil').en).toBe(String.raw`'abc\u202Eevil'`);
        expect(quoteCell('\u2066\u2067\u2068\u2069\u200E\u200F\u061C').en).toBe(String.raw`'\u2066\u2067\u2068\u2069\u200E\u200F\u061C'`);
        expect(quoteCell('a\u0000b\u001Bc\u007F').en).toBe(String.raw`'a\u0000b\u001Bc\u007F'`);
    });

    test('cuts before it escapes: a long cell of controls gives a short message', () => {
        const quoted = quoteCell('\u202E'.repeat(1000)).en;
        expect(quoted).toBe(`'${String.raw`\u202E`.repeat(maxQuotedCharacters)}…'`);
    });
});

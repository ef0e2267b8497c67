import { describe, expect, test } from 'vitest';
import { TextPiece } from './text-piece.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** The inside of the JSON string literal of `text`, as a message carries it. */
const jsonEscaped = (text: string) => utf8(JSON.stringify(text).slice(1, -1));

describe('TextPiece: a piece of a large text, stored as UTF-8', () => {
    test.each([
        ['ASCII', 'kpi,period,value\nWait,2026-09,9\n'],
        ['CJK, a character outside the BMP, every line break', '指标,期间\r\n平均等候,2026-09,😀\r值\n'],
        ['a U+FEFF inside the text (no byte order mark: a character)', 'a\uFEFFb\n\uFEFF'],
        ['empty', '']
    ])('%s: the same text, length and line starts however it came', (_, text) => {
        const lineStarts = (text.match(/\r\n|\r|\n/g) ?? []).length;
        for (const piece of [TextPiece.of(text), TextPiece.ofUtf8(utf8(text), true), TextPiece.ofJsonEscaped(jsonEscaped(text))]) {
            expect(piece.text()).toBe(text);
            expect(piece.length).toBe(text.length);
            expect(piece.lineStarts).toBe(lineStarts);
            expect(piece.hasReplacementCharacter).toBe(false);
        }
    });

    test('a lone surrogate, which UTF-8 cannot carry, is kept as it is', () => {
        const text = 'a\uD83Db\n';
        expect(TextPiece.of(text).text()).toBe(text);
        // From a message: JSON escapes it.
        expect(TextPiece.ofJsonEscaped(jsonEscaped(text)).text()).toBe(text);
    });

    test('bytes that are not UTF-8 throw in fatal mode, else read as U+FFFD, which the piece reports', () => {
        const bytes = new Uint8Array([0x61, 0xff, 0x0a]);
        expect(() => TextPiece.ofUtf8(bytes, true)).toThrow();
        const lenient = TextPiece.ofUtf8(bytes, false);
        expect(lenient.text()).toBe('a\uFFFD\n');
        expect(lenient.hasReplacementCharacter).toBe(true);
        expect(TextPiece.of('x\uFFFD').hasReplacementCharacter).toBe(true);
    });

    test('JSON escapes of every kind', () => {
        const bytes = utf8('\\"q\\" \\\\ \\/ \\b\\f\\n\\r\\t \\u00e9\\u6307\\ud83d\\ude00');
        expect(TextPiece.ofJsonEscaped(bytes).text()).toBe('"q" \\ / \b\f\n\r\t é指😀');
    });
});

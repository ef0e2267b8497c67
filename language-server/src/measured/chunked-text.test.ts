import { describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { editedText, plainDocument, randomFrom } from '../../../test/helpers/text-edit-kit.js';
import type { TextPosition } from './cell-locator.js';
import { ChunkedText } from './chunked-text.js';

// Line breaks of every kind, text over several lines, characters outside the BMP (two UTF-16 units) and CJK.
const pieces = ['\n', '\r\n', '\r', 'a', 'kpi,period', '"x,\ny"', '\n\n', '\r\r\n', '😀', '𠮷野家', '值', ',', '', 'line one\r\nline two\nline three\r'];

/** Everything the reader and the editor ask of a text, from the chunked text and from the plain string document. */
function expectSame(chunked: ChunkedText, plain: TextDocument, random: (below: number) => number, step: string): void {
    const text = plain.getText();
    expect(chunked.toString(), step).toBe(text);
    expect(chunked.length, step).toBe(text.length);
    expect(chunked.lineCount, step).toBe(plain.lineCount);
    for (let line = 0; line < plain.lineCount; line++) {
        const { start, end } = plain.getText({ start: { line, character: 0 }, end: { line, character: Number.MAX_SAFE_INTEGER } }) === ''
            ? { start: 0, end: 0 } : { start: plain.offsetAt({ line, character: 0 }), end: plain.offsetAt({ line, character: Number.MAX_SAFE_INTEGER }) };
        expect(chunked.lineAt(line), `${step}, line ${line}`).toBe(text.slice(start, end));
    }
    for (let probe = 0; probe < 20; probe++) {
        const position = { line: random(plain.lineCount + 2) - 1, character: random(12) - 1 };
        expect(chunked.offsetAt(position), `${step}, ${JSON.stringify(position)}`).toBe(plain.offsetAt(position));
        const from = random(text.length + 2), to = from + random(40);
        expect(chunked.slice(from, to), `${step}, slice ${from}-${to}`).toBe(text.slice(from, to));
        expect(chunked.charCodeAt(from), `${step}, at ${from}`).toBe(text.charCodeAt(from));
        for (const character of ['\n', '\r', ',', '"', '值']) expect(chunked.indexOf(character, from), `${step}, ${character} from ${from}`).toBe(text.indexOf(character, from));
    }
}

/** A random position of `document`: mostly inside it, now and then past a line's end or the last line. */
function randomPosition(document: TextDocument, random: (below: number) => number): TextPosition {
    if (random(8) === 0) return { line: random(document.lineCount + 2), character: random(20) };
    return document.positionAt(random(document.getText().length + 1));
}

describe('ChunkedText: the text of an edited data file, in pieces', () => {
    test('an edit makes new pieces only where it is; the others are shared with the text before', () => {
        const text = ChunkedText.of('a'.repeat(10) + '\n' + 'b'.repeat(10), 4);
        const edited = text.edited([{ range: { start: { line: 1, character: 2 }, end: { line: 1, character: 3 } }, text: 'X' }]);
        expect(edited.toString()).toBe('a'.repeat(10) + '\nbbXbbbbbbb');
        expect(text.toString()).toBe('a'.repeat(10) + '\n' + 'b'.repeat(10));
        expect(ChunkedText.sharedEnds(text, edited)).toEqual({ start: 12, end: 5 });
    });

    test('a CRLF is never split between pieces, so that lines count as the editor counts them', () => {
        const text = ChunkedText.of('ab\r\ncd', 3);
        expect(text.lineCount).toBe(2);
        // Deleting the `d` then the `c` leaves a piece ending in CR before one starting with LF, unless they are joined.
        const edited = ChunkedText.of('a\r', 2).edited([{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '\nb' }]);
        expect(edited.lineCount).toBe(2);
        expect(edited.lineAt(1)).toBe('b');
    });

    test.each([1, 2, 3, 7, 64])('random edit sequences equal the plain string document (pieces of %i)', chunkSize => {
        const random = randomFrom(chunkSize * 7919);
        const initial = 'kpi,period,value\r\nWait,2026-01,9\n值,2026-02,😀\r\rlast';
        let chunked = ChunkedText.of(initial, chunkSize);
        let plain = plainDocument(initial);
        // What the server used before: Langium's document, updated change by change.
        const incremental = TextDocument.create('file:///x.csv', 'csv', 0, initial);
        let longest = 0;
        for (let step = 0; step < 300; step++) {
            // One to three changes in one notification, each against the text the one before left.
            const changes = Array.from({ length: 1 + random(3) }, () => {
                const start = randomPosition(plain, random);
                // Mostly a few characters on, now and then anywhere (before the start too: the range is turned round).
                const end = random(30) === 0 ? randomPosition(plain, random) : plain.positionAt(plain.offsetAt(start) + random(5));
                const range = { start, end };
                const text = Array.from({ length: random(5) }, () => pieces[random(pieces.length)]).join('');
                plain = plainDocument(editedText(plain.getText(), [{ range, text }]));
                return { range, text };
            });
            chunked = chunked.edited(changes);
            TextDocument.update(incremental, changes, step + 1);
            expect(incremental.getText(), `step ${step}`).toBe(plain.getText());
            expectSame(chunked, plain, random, `step ${step}`);
            longest = Math.max(longest, plain.getText().length);
        }
        // The edits grew the text past several pieces, not only cut it down.
        expect(longest).toBeGreaterThan(300);
    });
});

describe('ChunkedText from bytes: a data file read from disk, a text a message brought', () => {
    const utf8 = (text: string) => new TextEncoder().encode(text);
    const jsonEscaped = (text: string) => utf8(JSON.stringify(text).slice(1, -1));

    test.each([4, 16, 64])('random texts read from UTF-8 and from a JSON string equal the string (pieces of %i bytes)', size => {
        const random = randomFrom(size * 104729);
        for (let round = 0; round < 40; round++) {
            // Backslashes and quotes too: escaped in JSON, a piece must not end inside an escape.
            const text = Array.from({ length: random(120) }, () => [...pieces, '\\', '"', '\\n', '\t'][random(pieces.length + 4)]).join('');
            for (const [how, chunked] of [['UTF-8', ChunkedText.ofUtf8(utf8(text), true, size)], ['JSON', ChunkedText.ofJsonEscaped(jsonEscaped(text), size)]] as const) {
                expectSame(chunked, plainDocument(text), random, `${how}, round ${round}: ${JSON.stringify(text)}`);
            }
        }
    });

    test('a text from bytes edits as one from a string', () => {
        const text = 'kpi,period,value\r\nWait,2026-09,9\r\n值,2026-10,😀\n'.repeat(20);
        const edit = { range: { start: { line: 5, character: 2 }, end: { line: 7, character: 1 } }, text: 'X\r\nY' };
        const expected = ChunkedText.of(text, 16).edited([edit]).toString();
        expect(ChunkedText.ofUtf8(utf8(text), true, 16).edited([edit]).toString()).toBe(expected);
        expect(ChunkedText.ofJsonEscaped(jsonEscaped(text), 16).edited([edit]).toString()).toBe(expected);
    });

    test('the pieces of bytes are cut after line breaks only: a text of one long line is one piece', () => {
        const line = 'a'.repeat(100);
        const text = ChunkedText.ofUtf8(utf8(`${line}\r\n${line}\r${line}\n${line}`), true, 10);
        expect(text.lineCount).toBe(4);
        expect([0, 1, 2, 3].map(index => text.lineAt(index))).toEqual([line, line, line, line]);
    });

    test('knows whether the text holds U+FFFD without reading it again', () => {
        expect(ChunkedText.of('a\n'.repeat(50) + '\uFFFD', 8).hasReplacementCharacter).toBe(true);
        expect(ChunkedText.ofUtf8(utf8('a\n'.repeat(50)), true, 8).hasReplacementCharacter).toBe(false);
    });
});

import { describe, expect, test } from 'vitest';
import { encodeLabel, label } from './encode-label.js';
import { hostileTexts, shownText } from '../../../../test/helpers/mermaid-kit.js';

/** What may appear in an encoded label: harmless ASCII, our entity codes, other scripts. */
const safeLabel = /^(?:[A-Za-z0-9 .,:!?\-_/'+=*@~^]|#\d+;|[^\x00-\x7F])*$/;


describe('encodeLabel', () => {
    test.each(hostileTexts)('leaves nothing of %j that Mermaid could read as syntax', text => {
        const encoded = encodeLabel(text);
        expect(encoded).toMatch(safeLabel);
        expect(encoded.replace(/#\d+;/g, '')).not.toMatch(/["<>`\r\n\u2028\u2029\u0085%#{}[\]()|;&$\\]/);
    });

    test.each(hostileTexts)('keeps %j readable: the entity codes show the same text, line breaks as spaces', text => {
        expect(shownText(encodeLabel(text))).toBe(text.replace(/[\s\u0085]+/gu, ' ').trim());
    });

    test('keeps Chinese text, full-width punctuation and common symbols as they are', () => {
        expect(encodeLabel('取号排队，等候区（叫号单）“一次性告知”')).toBe('取号排队，等候区（叫号单）“一次性告知”');
        expect(encodeLabel('≤ 15 min · ★')).toBe('≤ 15 min · ★');
    });

    test('uses Mermaid entity codes for ASCII syntax characters', () => {
        expect(encodeLabel('"a" <b> #1 100% a|b')).toBe('#34;a#34; #60;b#62; #35;1 100#37; a#124;b');
    });

    test('drops control characters and collapses blanks', () => {
        expect(encodeLabel('  a\u0000\u0007b \t\n c  ')).toBe('ab c');
    });

    test('encodes invisible format characters', () => {
        expect(encodeLabel('a\u202Eb')).toBe('a#8238;b');
    });
});

describe('label', () => {
    test('joins encoded lines with its own <br/> and leaves empty lines out', () => {
        expect(label('<a>', undefined, '', 'b\nc')).toBe('#60;a#62;<br/>b c');
    });

    test('is never empty', () => {
        expect(label('', '  ')).toBe(' ');
    });
});

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

    test('encodes : so that Mermaid\'s clean-up of style lines cannot drop the ; of a code', () => {
        expect(label('style X fill:#f00;')).toBe('style X fill#58;#35;f00#59;');
    });

    test('keeps apart with <wbr> the pairs Mermaid\'s HTML labels read as syntax once decoded, and cuts long words', () => {
        expect(label('a\\nb \\N $$x$$ fa:fa-car')).toBe('a#92;<wbr>nb #92;<wbr>N #36;<wbr>#36;x#36;<wbr>#36; fa#58;<wbr>fa-car');
        expect(label('ﬂ°°60¶ß')).toBe('#64258;<wbr>°°60#182;<wbr>ß');
        expect(label('x'.repeat(40))).toBe(`${'x'.repeat(18)}<wbr>${'x'.repeat(18)}<wbr>xxxx`);
        // Charts are no HTML: their strings have no <wbr>.
        expect(encodeLabel('a\\nb')).toBe('a#92;nb');
    });

    test('is never empty', () => {
        expect(label('', '  ')).toBe(' ');
    });
});

import { describe, expect, test } from 'vitest';
import { decodeDataFile as decodeInPieces } from './data-file-text.js';

/** The text as one string, to compare. */
function decodeDataFile(bytes: Uint8Array): { text: string; encoding: string } {
    const { text, encoding } = decodeInPieces(bytes);
    return { text: text.toString(), encoding };
}

const header = '指标,期间,数值';
/** `指标,期间,数值` as Excel on Chinese Windows saves it (GB18030, two bytes a character). */
const gb18030Header = Buffer.from('d6b8b1ea2cc6dabce42ccafdd6b5', 'hex');

describe('decodeDataFile', () => {
    test('plain UTF-8', () => {
        expect(decodeDataFile(Buffer.from(`${header}\n`, 'utf8'))).toEqual({ text: `${header}\n`, encoding: 'utf-8' });
    });

    test('UTF-8 with a byte order mark drops the mark', () => {
        const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(header, 'utf8')]);
        expect(decodeDataFile(bytes)).toEqual({ text: header, encoding: 'utf-8' });
    });

    test('bytes that are not UTF-8 are read as GB18030', () => {
        expect(decodeDataFile(gb18030Header)).toEqual({ text: header, encoding: 'gb18030' });
    });

    test('GB18030 four-byte sequences and ASCII around them', () => {
        const bytes = Buffer.concat([gb18030Header, Buffer.from('\nAvgWait,2026-09,9.5,'), Buffer.from('9439fc36', 'hex'), Buffer.from('\n')]);
        expect(decodeDataFile(bytes)).toEqual({ text: `${header}\nAvgWait,2026-09,9.5,😀\n`, encoding: 'gb18030' });
    });

    test('an ASCII file is UTF-8', () => {
        expect(decodeDataFile(Buffer.from('kpi,period,value\n')).encoding).toBe('utf-8');
    });

    test('an empty file', () => {
        expect(decodeDataFile(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
    });
});

import type { Random } from '../helpers/generate-specs.js';

/** How a data file's text is turned into the bytes on disk. */
export type DataEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le-bom' | 'utf-16be-bom' | 'utf-16le';

export const dataEncodings: readonly DataEncoding[] = ['utf-8', 'utf-8-bom', 'gb18030', 'utf-16le-bom', 'utf-16be-bom', 'utf-16le'];

export function encodeText(text: string, encoding: DataEncoding): Uint8Array {
    switch (encoding) {
        case 'utf-8': return new TextEncoder().encode(text);
        case 'utf-8-bom': return new TextEncoder().encode('\uFEFF' + text);
        case 'gb18030': return encodeGb18030(text);
        case 'utf-16le-bom': return utf16('\uFEFF' + text, true);
        case 'utf-16be-bom': return utf16('\uFEFF' + text, false);
        case 'utf-16le': return utf16(text, true);
    }
}

function utf16(text: string, littleEndian: boolean): Uint8Array {
    const bytes = new Uint8Array(text.length * 2);
    const view = new DataView(bytes.buffer);
    for (let index = 0; index < text.length; index++) view.setUint16(index * 2, text.charCodeAt(index), littleEndian);
    return bytes;
}

let twoByteCodes: Map<string, number> | undefined;

/**
 * GB18030 as Excel on Chinese Windows saves it: ASCII as it is, every character of
 * the two-byte range as its two bytes; others (rare here) as `?`. The table comes
 * from the platform's own GB18030 decoder, so no encoding library is needed.
 */
function encodeGb18030(text: string): Uint8Array {
    if (!twoByteCodes) {
        twoByteCodes = new Map();
        const decoder = new TextDecoder('gb18030');
        for (let lead = 0x81; lead <= 0xfe; lead++) {
            for (let trail = 0x40; trail <= 0xfe; trail++) {
                if (trail === 0x7f) continue;
                const character = decoder.decode(Uint8Array.of(lead, trail));
                if (character.length === 1 && character !== '\uFFFD' && !twoByteCodes.has(character)) twoByteCodes.set(character, lead << 8 | trail);
            }
        }
    }
    const bytes = new Uint8Array(text.length * 2);
    let length = 0;
    for (const character of text) {
        const code = character.codePointAt(0)!;
        const pair = twoByteCodes.get(character);
        if (code < 0x80) bytes[length++] = code;
        else if (pair !== undefined) {
            bytes[length++] = pair >> 8;
            bytes[length++] = pair & 0xff;
        } else bytes[length++] = 0x3f;
    }
    return bytes.slice(0, length);
}

/** Byte sequences that are not UTF-8: a lone continuation byte, an overlong `/`, an encoded surrogate, a cut sequence, bytes no UTF-8 has. */
const invalidUtf8 = [[0x80], [0xbf], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe6, 0x8c], [0xf0, 0x9f, 0x98], [0xff], [0xfe], [0xf8, 0x88, 0x80, 0x80, 0x80]];

/** Damage on the bytes themselves: invalid UTF-8 somewhere, a cut anywhere (also inside a character), or a flipped byte. */
export function damageBytes(bytes: Uint8Array, random: Random): { kind: string; bytes: Uint8Array } {
    const at = random.int(0, bytes.length);
    switch (random.int(0, 2)) {
        case 0: {
            const insertion = random.pick(invalidUtf8);
            const damaged = new Uint8Array(bytes.length + insertion.length);
            damaged.set(bytes.subarray(0, at));
            damaged.set(insertion, at);
            damaged.set(bytes.subarray(at), at + insertion.length);
            return { kind: 'invalid-utf8', bytes: damaged };
        }
        case 1: return { kind: 'cut-bytes', bytes: bytes.slice(0, at) };
        default: {
            const flipped = bytes.slice();
            if (flipped.length > 0) flipped[Math.min(at, flipped.length - 1)] ^= 1 << random.int(0, 7);
            return { kind: 'flip-bit', bytes: flipped };
        }
    }
}

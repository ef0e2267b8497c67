import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from './base64.js';

describe('base64 of the web build', () => {
    it('agrees with Node, across chunk boundaries and for every byte value', () => {
        for (const length of [0, 1, 2, 3, 255, 0x8000 - 1, 0x8000, 0x8000 + 1, 3 * 0x8000 + 7]) {
            const bytes = Uint8Array.from({ length }, (_, index) => (index * 131 + 7) % 256);
            const text = toBase64(bytes);
            expect(text).toBe(Buffer.from(bytes).toString('base64'));
            expect(fromBase64(text)).toEqual(bytes);
        }
    });

    it('refuses text that is not base64', () => {
        expect(() => fromBase64('not base64!')).toThrow();
    });
});

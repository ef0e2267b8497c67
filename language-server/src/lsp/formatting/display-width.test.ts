import { describe, expect, test } from 'vitest';
import { displayWidth } from './display-width.js';

describe('display width', () => {
    test('ASCII, Latin and Greek take one column a character', () => {
        expect(displayWidth('step A "Café" ≥ λ')).toBe(17);
    });

    test('CJK ideographs, kana, Hangul, full-width forms and emoji take two', () => {
        expect(displayWidth('取号')).toBe(4);
        expect(displayWidth('カナ한글')).toBe(8);
        expect(displayWidth('（Ａ）')).toBe(6);
        expect(displayWidth('😀')).toBe(2);
    });

    test('a supplementary-plane ideograph is one character of two columns, not two of one', () => {
        expect('𠮷'.length).toBe(2);
        expect(displayWidth('𠮷野家')).toBe(6);
    });
});

import { describe, expect, test } from 'vitest';
import { valueRange } from './chart-range.js';
import { chartLine, chartNumber, chartString, unitCoordinate } from './chart-text.js';
import { shorten, textWidth, widthFor } from './chart-width.js';

describe('chart numbers', () => {
    test('digits and a decimal point only: no exponent, no grouping, no negative zero', () => {
        expect([1e21, 1.5e-7, -0, -3.25, 12.4, 0.1 + 0.2].map(chartNumber)).toEqual(['1000000000000000000000', '0', '0', '-3.25', '12.4', '0.3']);
    });

    test('quadrant coordinates clamped to 0..1 as the grammar reads them (1, or 0 with decimals)', () => {
        expect([-0.2, 0, 0.5, 0.9996, 1, 7, Number.NaN].map(unitCoordinate)).toEqual(['0.000', '0.000', '0.500', '1', '1', '1', '0.500']);
    });
});

describe('chart strings', () => {
    test('encoded like labels, and the colon too', () => {
        expect(chartString('a "b" [c]: 100%')).toBe('"a #34;b#34; #91;c#93;#58; 100#37;"');
        expect(chartLine('x\ny %%{init}%%')).toBe('x y #37;#37;#123;init#125;#37;#37;');
    });
});

describe('value axis', () => {
    test('round ends with room around the values, from 0 when 0 is near', () => {
        expect(valueRange([8.7, 10, 15], 'min')).toEqual({ min: 6, max: 18 });
        expect(valueRange([12.4, 16.8, 15, 25], 's')).toEqual({ min: 0, max: 30 });
        expect(valueRange([-3, 2], undefined)).toEqual({ min: -4, max: 4 });
    });

    test('a percentage stops at 100 unless a value is above it; a single value gets room too', () => {
        expect(valueRange([98, 99.9], '%')).toEqual({ min: 97.5, max: 100 });
        expect(valueRange([98, 99.9], 'count')).toEqual({ min: 97, max: 101 });
        expect(valueRange([120, 90], '%').max).toBeGreaterThan(120);
        expect(valueRange([4.79], 'score')).toEqual({ min: 0, max: 6 });
    });
});

describe('title widths', () => {
    test('CJK characters count one em, others a little over half', () => {
        expect(textWidth('装机', 20)).toBe(40);
        expect(textWidth('ab', 10)).toBeCloseTo(11.6);
    });

    test('a chart grows with its title between its bounds; a title past the widest is cut with …', () => {
        expect(widthFor('short', 20, 720, 1200)).toBe(720);
        expect(widthFor('装'.repeat(40), 20, 720, 1200)).toBe(840);
        expect(widthFor('装'.repeat(100), 20, 720, 1200)).toBe(1200);
        expect(shorten('装机满意度', 200, 20)).toBe('装机满意度');
        expect(shorten('装机满意度', 70, 20)).toBe('装机…');
    });
});

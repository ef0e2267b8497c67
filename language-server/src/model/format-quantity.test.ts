import { describe, expect, test } from 'vitest';
import type { Unit } from '../generated/ast.js';
import { formatMinutes, formatNumber, formatPercent, formatRate } from './format-quantity.js';

describe('formatNumber: three significant digits, two decimals at most, the whole part kept', () => {
    test.each([
        [7.8375525103272, '7.84'],
        [2.35, '2.35'],
        [2.3499999999999996, '2.35'],
        [26.8333, '26.8'],
        [88.88888888888889, '88.9'],
        [119, '119'],
        [2985, '2985'],
        [1.5, '1.5'],
        [2, '2'],
        [9.996, '9.996'],
        [0.30000000000000004, '0.3'],
        [50.00000000000001, '50'],
        [2.0000000000000004, '2'],
        [0.8219178082191781, '0.82'],
        [0.0571, '0.057'],
        [0.000123, '0.00012'],
        [-12.345, '-12.3'],
        [0, '0'],
        [-0, '0']
    ])('%d → %s', (value, text) => {
        expect(formatNumber(value)).toBe(text);
    });

    test('a fraction never reads as a whole number: the first decimals that show it are kept', () => {
        expect(formatNumber(24.008333333333333)).toBe('24.01');
        expect(formatNumber(99.96)).toBe('99.96');
        expect(formatNumber(26.97)).toBe('26.97');
        expect(formatNumber(119.4)).toBe('119.4');
        expect(formatNumber(118.7)).toBe('118.7');
        expect(formatNumber(123456.7)).toBe('123456.7');
        expect(formatNumber(99.99999)).toBe('99.99999');
    });

    test('never exponent notation or thousands separators', () => {
        expect(formatNumber(1e21)).toBe('1000000000000000000000');
        expect(formatNumber(1.5e-7)).toBe('0.00000015');
        expect(formatNumber(12345)).toBe('12345');
    });

    test('infinity is ∞', () => {
        expect(formatNumber(Infinity)).toBe('∞');
        expect(formatNumber(-Infinity)).toBe('-∞');
    });
});

describe('formatMinutes: the longest unit that holds the time at least twice', () => {
    test.each([
        [7.8375525103272 / 60, '7.84 s', 'an Erlang C wait of seconds'],
        [0.5 / 60, '0.5 s', 'under a second'],
        [0.75, '45 s', 'under a minute'],
        [80 / 60, '80 s', 'not 1.3 min'],
        [1.5, '90 s', 'not 1.5 min'],
        [119 / 60, '119 s', 'just under two minutes'],
        [2, '2 min', 'two minutes'],
        [8.562, '8.56 min', ''],
        [12.3456, '12.3 min', ''],
        [102, '102 min', 'not 1.7 h'],
        [119, '119 min', ''],
        [120, '2 h', 'two hours'],
        [141, '2.35 h', 'a lead time of hours'],
        [150, '2.5 h', ''],
        [1316.33, '21.9 h', ''],
        [1440, '24 h', 'one day is 24 h'],
        [2879, '47.98 h', 'not 48 h, which it is not'],
        [1440.5, '24.01 h', 'a day and 30 s is not 24 h'],
        [2880, '2 d', 'two days'],
        [2985, '2.07 d', ''],
        [3449.5, '2.4 d', ''],
        [400 * 1440, '400 d', 'the whole part is never rounded']
    ])('%d min → %s (%s)', (minutes, text) => {
        expect(formatMinutes(minutes)).toBe(text);
    });

    test('nothing is 0 min; an unbounded time is ∞', () => {
        expect(formatMinutes(0)).toBe('0 min');
        expect(formatMinutes(Infinity)).toBe('∞');
    });

    test('sums with floating-point noise read clean', () => {
        expect(formatMinutes(0.1 + 0.2)).toBe('18 s');
        expect(formatMinutes(3 * (20 / 60))).toBe('60 s');
        expect(formatMinutes(60 * 2.35)).toBe('2.35 h');
    });
});

describe('formatRate: the author\'s unit, a longer one while the number is below 1', () => {
    test.each([
        [40, 'h', '40 per h', '40 / h'],
        [120, 'h', '120 per h', '120 / h'],
        [0.5, 'min', '30 per h', '30 / h'],
        [0.01, 'h', '0.24 per d', '0.24 / d'],
        [0.001, 's', '3.6 per h', '3.6 / h'],
        [0.8219178082191781, 'd', '0.82 per d', '0.82 / d'],
        [2.333333, 'min', '2.33 per min', '2.33 / min'],
        [0, 'h', '0 per h', '0 / h']
    ] as Array<[number, Unit, string, string]>)('%d per %s → %s / %s', (amount, per, en, zh) => {
        expect(formatRate(amount, per, 'en')).toBe(en);
        expect(formatRate(amount, per, 'zh-CN')).toBe(zh);
    });

    test('a rate per a unit that is no time stays in it (unit-mismatch reports it)', () => {
        expect(formatRate(0.5, 'count', 'en')).toBe('0.5 per count');
    });
});

describe('formatPercent: a ratio as a percentage with the same digits', () => {
    test.each([
        [8 / 9, '88.9 %'],
        [0.75, '75 %'],
        [0.5000000000000001, '50 %'],
        [50 / 45, '111.1 %'],
        [16 / 3, '533.3 %'],
        [1.17, '117 %'],
        [0.0523, '5.23 %'],
        [1, '100 %'],
        [0, '0 %']
    ])('%d → %s', (ratio, text) => {
        expect(formatPercent(ratio)).toBe(text);
    });

    test('only a ratio of 1, within the comparators\' tolerance, reads 100 %', () => {
        expect(formatPercent(0.9996)).toBe('99.96 %');
        expect(formatPercent(0.99999)).toBe('99.999 %');
        expect(formatPercent(0.999999)).toBe('99.9999 %');
        // 9 per h at 20 min on 3 servers: ρ = 1, computed 0.9999999999999998.
        expect(formatPercent(0.9999999999999998)).toBe('100 %');
        expect(formatPercent(1.0004)).toBe('100.04 %');
    });

    test('an unbounded ratio (no servers) is ∞', () => {
        expect(formatPercent(Infinity)).toBe('∞');
    });
});

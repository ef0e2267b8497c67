import { describe, expect, test } from 'vitest';
import type { Comparator, Quantity, Unit } from '../generated/ast.js';
import { formatQuantity, isTimeUnit, perMinute, round, satisfies, toMinutes, unitDimension } from './units.js';

const quantity = (value: number, unit?: Unit): Quantity => ({ $type: 'Quantity', value, unit }) as Quantity;

describe('toMinutes', () => {
    test.each([
        [30, 's', 0.5],
        [90, 's', 1.5],
        [1, 'min', 1],
        [2.5, 'min', 2.5],
        [1, 'h', 60],
        [1.5, 'h', 90],
        [1, 'd', 1440],
        [0.5, 'd', 720],
        [0, 'h', 0]
    ] as Array<[number, Unit, number]>)('%d %s = %d min', (value, unit, minutes) => {
        expect(toMinutes(quantity(value, unit))).toBeCloseTo(minutes, 12);
    });

    test('1 h = 60 min and 1 d = 24 h', () => {
        expect(toMinutes(quantity(1, 'd'))).toBe(24 * toMinutes(quantity(1, 'h'))!);
        expect(toMinutes(quantity(1, 'h'))).toBe(60 * toMinutes(quantity(1, 'min'))!);
        expect(toMinutes(quantity(60, 's'))).toBeCloseTo(1, 12);
    });

    test.each(['%', 'count', 'score', 'CNY'] as Unit[])('%s is not a time: undefined', unit => {
        expect(toMinutes(quantity(5, unit))).toBeUndefined();
    });

    test('no unit or no quantity: undefined', () => {
        expect(toMinutes(quantity(5))).toBeUndefined();
        expect(toMinutes(undefined)).toBeUndefined();
    });
});

describe('perMinute', () => {
    test('converts a rate to arrivals per minute', () => {
        expect(perMinute(40, 'h')).toBeCloseTo(40 / 60, 12);
        expect(perMinute(3, 'min')).toBe(3);
        expect(perMinute(1, 's')).toBeCloseTo(60, 12);
        expect(perMinute(1440, 'd')).toBeCloseTo(1, 12);
    });

    test.each(['%', 'count', 'score', 'CNY'] as Unit[])('per %s is not a rate: undefined', unit => {
        expect(perMinute(10, unit)).toBeUndefined();
    });
});

describe('dimensions', () => {
    test('each unit has its dimension', () => {
        expect(unitDimension).toEqual({
            s: 'time', min: 'time', h: 'time', d: 'time', '%': 'ratio', count: 'count', score: 'score', CNY: 'currency'
        });
    });

    test('isTimeUnit', () => {
        expect((['s', 'min', 'h', 'd'] as Unit[]).every(isTimeUnit)).toBe(true);
        expect((['%', 'count', 'score', 'CNY'] as Unit[]).some(isTimeUnit)).toBe(false);
        expect(isTimeUnit(undefined)).toBe(false);
    });
});

describe('satisfies', () => {
    // value below, equal to and above the target 5
    const table: Array<[Comparator, boolean, boolean, boolean]> = [
        ['<', true, false, false],
        ['<=', true, true, false],
        ['=', false, true, false],
        ['>=', false, true, true],
        ['>', false, false, true]
    ];

    test.each(table)('%s 5: below %s, equal %s, above %s', (comparator, below, equal, above) => {
        expect(satisfies(4, comparator, 5)).toBe(below);
        expect(satisfies(5, comparator, 5)).toBe(equal);
        expect(satisfies(6, comparator, 5)).toBe(above);
    });

    test.each(table)('%s with values just off the target and decimals', (comparator, below, equal, above) => {
        expect(satisfies(99.8, comparator, 99.9)).toBe(below);
        expect(satisfies(99.9, comparator, 99.9)).toBe(equal);
        expect(satisfies(99.91, comparator, 99.9)).toBe(above);
    });

    test('equal satisfies <= and >= after unit conversion (0.5 h against 30 min, 20 s × 3 against 1 min)', () => {
        const halfHour = toMinutes(quantity(0.5, 'h'))!;
        expect(satisfies(halfHour, '<=', 30)).toBe(true);
        expect(satisfies(halfHour, '>=', 30)).toBe(true);
        expect(satisfies(halfHour, '=', 30)).toBe(true);
        expect(satisfies(halfHour, '<', 30)).toBe(false);
        expect(satisfies(halfHour, '>', 30)).toBe(false);
        const threeTimesTwentySeconds = 3 * toMinutes(quantity(20, 's'))!;
        expect(satisfies(threeTimesTwentySeconds, '<=', 1)).toBe(true);
        expect(satisfies(threeTimesTwentySeconds, '>=', 1)).toBe(true);
        expect(satisfies(threeTimesTwentySeconds, '=', 1)).toBe(true);
        expect(satisfies(threeTimesTwentySeconds, '>', 1)).toBe(false);
        expect(satisfies(threeTimesTwentySeconds, '<', 1)).toBe(false);
    });

    test('floating-point sums that are mathematically equal count as equal', () => {
        expect(satisfies(0.1 + 0.2, '=', 0.3)).toBe(true);
        expect(satisfies(0.1 + 0.2, '<=', 0.3)).toBe(true);
        expect(satisfies(0.1 + 0.2, '>', 0.3)).toBe(false);
    });

    test('target 0', () => {
        expect(satisfies(0, '<=', 0)).toBe(true);
        expect(satisfies(0, '<', 0)).toBe(false);
        expect(satisfies(0.001, '>', 0)).toBe(true);
        expect(satisfies(0.001, '<=', 0)).toBe(false);
    });

    test('large values (minutes of several days)', () => {
        expect(satisfies(2 * 1440, '<=', 2880)).toBe(true);
        expect(satisfies(2881, '<=', 2880)).toBe(false);
        expect(satisfies(2879, '<', 2880)).toBe(true);
    });
});

describe('formatQuantity and round', () => {
    test('formatQuantity', () => {
        expect(formatQuantity(quantity(30, 's'))).toBe('30 s');
        expect(formatQuantity(quantity(99.9, '%'))).toBe('99.9 %');
        expect(formatQuantity(quantity(4.5))).toBe('4.5');
    });

    test('round', () => {
        expect(round(2.345678)).toBe(2.35);
        expect(round(2.345678, 3)).toBe(2.346);
        expect(round(7)).toBe(7);
    });
});

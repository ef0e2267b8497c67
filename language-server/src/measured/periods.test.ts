import { describe, expect, test } from 'vitest';
import { areConsecutive, comparePeriods, formatPeriod, nextPeriod, parsePeriod, type Period } from './periods.js';

/** The period of a text that must parse. */
function period(text: string): Period {
    const result = parsePeriod(text);
    if (!result.ok) throw new Error(`${text}: ${result.problem.en}`);
    return result.value;
}

function problemOf(text: string) {
    const result = parsePeriod(text);
    if (result.ok) throw new Error(`${text} parsed as ${formatPeriod(result.value)}`);
    return result.problem;
}

describe('parsePeriod', () => {
    test('each granularity, named like the KPI period values', () => {
        expect(period('2026')).toEqual({ granularity: 'yearly', year: 2026 });
        expect(period('2026-Q3')).toEqual({ granularity: 'quarterly', year: 2026, quarter: 3 });
        expect(period('2026-09')).toEqual({ granularity: 'monthly', year: 2026, month: 9 });
        expect(period('2026-W37')).toEqual({ granularity: 'weekly', year: 2026, week: 37 });
        expect(period('2026-09-14')).toEqual({ granularity: 'daily', year: 2026, month: 9, day: 14 });
    });

    test('q and w in lower case', () => {
        expect(period('2026-q4')).toEqual({ granularity: 'quarterly', year: 2026, quarter: 4 });
        expect(period('2026-w01')).toEqual({ granularity: 'weekly', year: 2026, week: 1 });
    });

    test('week 53 exists only in long ISO years', () => {
        expect(period('2026-W53')).toEqual({ granularity: 'weekly', year: 2026, week: 53 });
        expect(period('2020-W53').granularity).toBe('weekly');
        expect(problemOf('2025-W53').en).toBe("'2025-W53': 2025 has the ISO weeks W01 to W52.");
        expect(problemOf('2025-W53')['zh-CN']).toBe('“2025-W53”：2025 年的 ISO 周为 W01 到 W52。');
    });

    test('29 February only in leap years', () => {
        expect(period('2024-02-29')).toEqual({ granularity: 'daily', year: 2024, month: 2, day: 29 });
        expect(problemOf('2026-02-29').en).toBe("'2026-02-29' is not a date: 2026-02 has 28 days.");
        expect(problemOf('2026-02-30')['zh-CN']).toBe('“2026-02-30”不是有效日期：2026-02 只有 28 天。');
    });

    test('numbers out of range name the range', () => {
        expect(problemOf('2026-13').en).toBe("'2026-13': there is no month 13; months are 01 to 12.");
        expect(problemOf('2026-00').en).toContain('no month 00');
        expect(problemOf('2026-13-01').en).toContain('no month 13');
        expect(problemOf('2026-W54').en).toBe("'2026-W54': 2026 has the ISO weeks W01 to W53.");
        expect(problemOf('2026-W00').en).toContain('W01 to W53');
        expect(problemOf('2026-Q5').en).toBe("'2026-Q5': a year has the quarters Q1 to Q4.");
        expect(problemOf('2026-Q0')['zh-CN']).toBe('“2026-Q0”：一年只有 Q1 到 Q4 四个季度。');
        expect(problemOf('2026-04-31').en).toContain('2026-04 has 30 days');
        expect(problemOf('2026-09-00').en).toContain('is not a date');
    });

    test.each(['', '26', '2026-9', '2026-W7', '2026-Q03', '2026/09', '2026-09-1', ' 2026-09', '2026-09 ', '2026-09x', 'x2026', '2026-09-14T00', 'Sep 2026', '２０２６'])(
        'malformed: %j', text => {
            expect(problemOf(text).en).toBe(`'${text}' is not a period: write 2026 (year), 2026-Q3 (quarter), 2026-09 (month), 2026-W37 (ISO week) or 2026-09-14 (day).`);
            expect(problemOf(text)['zh-CN']).toContain('不是有效的期间');
        });
});

describe('formatPeriod', () => {
    test.each(['2026', '2026-Q3', '2026-09', '2026-W07', '2026-09-04'])('%s as written', text => {
        expect(formatPeriod(period(text))).toBe(text);
    });

    test('normalises the case of q and w', () => {
        expect(formatPeriod(period('2026-w07'))).toBe('2026-W07');
        expect(formatPeriod(period('2026-q2'))).toBe('2026-Q2');
    });
});

describe('nextPeriod', () => {
    test.each([
        ['2026', '2027'],
        ['2026-Q3', '2026-Q4'],
        ['2026-Q4', '2027-Q1'],
        ['2026-09', '2026-10'],
        ['2026-12', '2027-01'],
        ['2026-W37', '2026-W38'],
        ['2026-W52', '2026-W53'],
        ['2026-W53', '2027-W01'],
        ['2025-W52', '2026-W01'],
        ['2020-W53', '2021-W01'],
        ['2026-09-14', '2026-09-15'],
        ['2026-09-30', '2026-10-01'],
        ['2026-12-31', '2027-01-01'],
        ['2024-02-28', '2024-02-29'],
        ['2024-02-29', '2024-03-01'],
        ['2026-02-28', '2026-03-01']
    ])('after %s comes %s', (before, after) => {
        expect(formatPeriod(nextPeriod(period(before)))).toBe(after);
    });
});

describe('comparePeriods', () => {
    test('orders periods of one granularity', () => {
        const sorted = ['2021-W02', '2020-W53', '2021-W01', '2020-W52'].map(period).sort(comparePeriods).map(formatPeriod);
        expect(sorted).toEqual(['2020-W52', '2020-W53', '2021-W01', '2021-W02']);
        expect(comparePeriods(period('2026-09-14'), period('2026-10-01'))).toBeLessThan(0);
        expect(comparePeriods(period('2027-Q1'), period('2026-Q4'))).toBeGreaterThan(0);
        expect(comparePeriods(period('2026-09'), period('2026-09'))).toBe(0);
    });

    test('refuses periods of different granularities', () => {
        expect(() => comparePeriods(period('2026-09'), period('2026-Q3'))).toThrow(RangeError);
    });
});

describe('areConsecutive', () => {
    test.each([
        ['2026-12', '2027-01', true],
        ['2026-W53', '2027-W01', true],
        ['2025-W52', '2026-W01', true],
        ['2026-Q4', '2027-Q1', true],
        ['2026-12-31', '2027-01-01', true],
        ['2025', '2026', true],
        ['2026-07', '2026-09', false],
        ['2026-09', '2026-09', false],
        ['2026-10', '2026-09', false],
        ['2026-W52', '2027-W01', false],
        ['2026', '2027-01', false]
    ])('%s then %s: %s', (a, b, consecutive) => {
        expect(areConsecutive(period(a), period(b))).toBe(consecutive);
    });
});

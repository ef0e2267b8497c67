import { describe, expect, test } from 'vitest';
import type { Comparator, Unit } from '../generated/ast.js';
import { kpiStatus, standardVerdict, type KpiExpectation, type SeriesPoint } from './kpi-status.js';
import { parsePeriod } from './periods.js';

/** `['2026-09', 9.5]` pairs as checked data rows. */
function series(...rows: Array<[string, number]>): SeriesPoint[] {
    return rows.map(([text, value]) => {
        const period = parsePeriod(text);
        if (!period.ok) throw new Error(period.problem.en);
        return { period: period.value, value };
    });
}

/** Consecutive months from 2026-06 on. */
const months = (...values: number[]) => series(...values.map((value, index): [string, number] => [`2026-${String(index + 6).padStart(2, '0')}`, value]));

const waitTime: KpiExpectation = { direction: 'lower', target: 10, warning: 15 };
const onTimeRate: KpiExpectation = { direction: 'higher', target: 95, warning: 90 };

const latestOf = (kpi: KpiExpectation, value: number) => kpiStatus(kpi, months(value));

describe('kpiStatus: the series and its latest value', () => {
    test('orders the values by period; the latest is that of the latest period', () => {
        const status = kpiStatus(waitTime, series(['2026-10', 11], ['2025-12', 7], ['2026-09', 9.5]));
        expect(status.series.map(point => point.value)).toEqual([7, 9.5, 11]);
        expect(status.latest).toEqual(series(['2026-10', 11])[0]);
    });

    test('no data: no latest value, nothing to report', () => {
        expect(kpiStatus(waitTime, [])).toEqual({ series: [], latest: undefined, atWarning: false, offTarget: false });
    });
});

describe('kpiStatus: warning and target', () => {
    const byDirection = { lower: waitTime, higher: onTimeRate };

    test.each([
        ['lower', 16, true, false],
        ['lower', 15, true, false],
        ['lower', 14.9, false, true],
        ['lower', 10.1, false, true],
        ['lower', 10, false, false],
        ['lower', 3, false, false],
        ['higher', 85, true, false],
        ['higher', 90, true, false],
        ['higher', 92, false, true],
        ['higher', 95, false, false],
        ['higher', 99, false, false]
    ] as const)('direction %s, latest %d: at warning %s, off target %s', (direction, latest, atWarning, offTarget) => {
        expect(latestOf(byDirection[direction], latest)).toMatchObject({ atWarning, offTarget });
    });

    test('without a warning, worse than the target is off target however far', () => {
        expect(latestOf({ direction: 'lower', target: 10 }, 100)).toMatchObject({ atWarning: false, offTarget: true });
    });

    test('without a target, never off target; the warning still applies', () => {
        const kpi: KpiExpectation = { direction: 'lower', warning: 15 };
        expect(latestOf(kpi, 12)).toMatchObject({ atWarning: false, offTarget: false });
        expect(latestOf(kpi, 15)).toMatchObject({ atWarning: true, offTarget: false });
    });

    test('without direction, nothing is worse than anything', () => {
        expect(latestOf({ target: 10, warning: 15 }, 100)).toMatchObject({ atWarning: false, offTarget: false });
    });

    test('equality within floating-point noise: 0.1 + 0.2 reaches a warning of 0.3 and is not off a target of 0.3', () => {
        expect(latestOf({ direction: 'higher', target: 0.5, warning: 0.3 }, 0.1 + 0.2)).toMatchObject({ atWarning: true });
        expect(latestOf({ direction: 'lower', target: 0.3, warning: 0.5 }, 0.1 + 0.2)).toMatchObject({ atWarning: false, offTarget: false });
    });
});

describe('kpiStatus: worsening', () => {
    test('four consecutive months, each worse than the one before (lower is better)', () => {
        const values = months(8, 9, 10, 11);
        expect(kpiStatus(waitTime, values).worsening).toEqual(values);
    });

    test('falling values worsen a KPI where higher is better', () => {
        const values = months(98, 97, 96, 95);
        expect(kpiStatus(onTimeRate, values).worsening).toEqual(values);
    });

    test('rising values do not worsen a KPI where higher is better', () => {
        expect(kpiStatus(onTimeRate, months(95, 96, 97, 98)).worsening).toBeUndefined();
    });

    test('the last four values count, however long the series', () => {
        const values = months(20, 3, 8, 9, 10, 11);
        expect(kpiStatus(waitTime, values).worsening).toEqual(values.slice(-4));
    });

    test('a recovery in the last value ends it', () => {
        expect(kpiStatus(waitTime, months(8, 9, 10, 11, 10)).worsening).toBeUndefined();
    });

    test('three values are not enough', () => {
        expect(kpiStatus(waitTime, months(9, 10, 11)).worsening).toBeUndefined();
    });

    test('a missing month breaks the trend', () => {
        const values = series(['2026-06', 8], ['2026-07', 9], ['2026-09', 10], ['2026-10', 11]);
        expect(kpiStatus(waitTime, values).worsening).toBeUndefined();
    });

    test('strictly worse: a value equal to the one before breaks it, within floating-point noise', () => {
        expect(kpiStatus(waitTime, months(8, 9, 9, 10)).worsening).toBeUndefined();
        expect(kpiStatus(waitTime, months(0.1, 0.2, 0.3, 0.1 + 0.2)).worsening).toBeUndefined();
    });

    test('across a year: December to January, and ISO week 53 to week 01', () => {
        const monthly = series(['2025-11', 8], ['2025-12', 9], ['2026-01', 10], ['2026-02', 11]);
        expect(kpiStatus(waitTime, monthly).worsening).toEqual(monthly);
        const weekly = series(['2026-W52', 8], ['2026-W53', 9], ['2027-W01', 10], ['2027-W02', 11]);
        expect(kpiStatus(waitTime, weekly).worsening).toEqual(weekly);
    });

    test('in the order of the periods, not of the rows', () => {
        const values = months(8, 9, 10, 11);
        expect(kpiStatus(waitTime, [values[2], values[0], values[3], values[1]]).worsening).toEqual(values);
    });

    test('a KPI without direction never worsens', () => {
        expect(kpiStatus({ target: 10 }, months(8, 9, 10, 11)).worsening).toBeUndefined();
    });
});

describe('standardVerdict', () => {
    const target = (comparator: Comparator, value: number, unit?: Unit) => ({ comparator, quantity: { value, unit } });

    test.each([
        ['a KPI in s against a standard in min', target('<=', 2, 'min'), 90, 's', 'met'],
        ['equal after conversion', target('<=', 2, 'min'), 120, 's', 'met'],
        ['worse after conversion', target('<=', 2, 'min'), 150, 's', 'not-met'],
        ['a KPI in min against a standard in h', target('<=', 1, 'h'), 61, 'min', 'not-met'],
        ['a KPI in h against a standard in min, within floating-point noise', target('<=', 18, 'min'), 0.1 + 0.2, 'h', 'met'],
        ['a KPI in d against a standard in h', target('<', 48, 'h'), 2, 'd', 'not-met'],
        ['% with %', target('>=', 95, '%'), 94, '%', 'not-met'],
        ['% with %, equal', target('>=', 95, '%'), 95, '%', 'met'],
        ['count with count', target('<=', 3, 'count'), 4, 'count', 'not-met'],
        ['score with score', target('>=', 4.5, 'score'), 4.6, 'score', 'met'],
        ['CNY with CNY', target('<', 100, 'CNY'), 100, 'CNY', 'not-met'],
        ['=, equal', target('=', 0, 'count'), 0, 'count', 'met'],
        ['>, equal', target('>', 0, 'count'), 0, 'count', 'not-met']
    ] as const)('%s: %s', (_case, standardTarget, latest, kpiUnit, verdict) => {
        expect(standardVerdict(standardTarget, latest, kpiUnit)).toBe(verdict);
    });

    test.each([
        ['a compliance rate in % of a time standard', target('<=', 5, 'min'), 80, '%'],
        ['a count against a time standard (a unit mismatch)', target('<=', 5, 'min'), 80, 'count'],
        ['a time against a % standard', target('>=', 95, '%'), 3, 'min'],
        ['score against count', target('>=', 4, 'count'), 3, 'score'],
        ['a standard target without unit', target('<=', 5), 80, 'min'],
        ['a KPI without unit', target('<=', 5, 'min'), 80, undefined],
        ['neither with a unit', target('<=', 5), 80, undefined]
    ] as const)('%s is not compared', (_case, standardTarget, latest, kpiUnit) => {
        expect(standardVerdict(standardTarget, latest, kpiUnit)).toBe('not-compared');
    });
});

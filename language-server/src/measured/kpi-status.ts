import type { Comparator, Direction, Quantity, Unit } from '../generated/ast.js';
import { satisfies } from '../model/units.js';
import { toKpiUnit } from './measured-value.js';
import { areConsecutive, comparePeriods, type Period } from './periods.js';

/** One valid value of a KPI, in the KPI's unit. */
export interface SeriesPoint {
    period: Period;
    value: number;
}

/** What a KPI expects of its values; `target` and `warning` in the KPI's unit. */
export interface KpiExpectation {
    direction?: Direction;
    target?: number;
    warning?: number;
}

/** What a KPI's data means (LANGUAGE.md, "What the data means"). */
export interface KpiStatus {
    /** The values ordered by period. */
    series: SeriesPoint[];
    /** The value of the latest period; undefined without data. */
    latest?: SeriesPoint;
    /** The latest value equals the warning or is worse (`kpi-breach`). */
    atWarning: boolean;
    /** The latest value is worse than the target but does not reach the warning (`kpi-off-target`). */
    offTarget: boolean;
    /** The last four values, when they lie in consecutive periods and each of the last three is worse (`kpi-worsening`). */
    worsening?: SeriesPoint[];
}

/** The comparator that `value` satisfies against `other` when it is worse, and when it is as bad or worse. */
const worse: Record<Direction, Comparator> = { lower: '>', higher: '<' };
const asBadOrWorse: Record<Direction, Comparator> = { lower: '>=', higher: '<=' };

/**
 * The status of a KPI from its series: values of one granularity, each
 * period once, in the KPI's unit. Comparisons take the project's tolerance
 * (`satisfies`), so 0.1 + 0.2 reaches a warning of 0.3.
 */
export function kpiStatus(kpi: KpiExpectation, values: Iterable<SeriesPoint>): KpiStatus {
    const series = [...values].sort((a, b) => comparePeriods(a.period, b.period));
    return latestStatus(kpi, series.slice(-4), () => series);
}

/**
 * The status from the last (up to) four values in period order, which is all
 * the rules read; `series` gives the whole series when someone asks for it.
 */
export function latestStatus(kpi: KpiExpectation, lastFour: SeriesPoint[], series: () => SeriesPoint[]): KpiStatus {
    let whole: SeriesPoint[] | undefined;
    const status = {
        get series() {
            whole ??= series();
            return whole;
        },
        latest: lastFour.at(-1), atWarning: false, offTarget: false
    };
    const { direction, target, warning } = kpi;
    const { latest } = status;
    if (latest === undefined || direction === undefined) return status;
    const atWarning = warning !== undefined && satisfies(latest.value, asBadOrWorse[direction], warning);
    const offTarget = !atWarning && target !== undefined && satisfies(latest.value, worse[direction], target);
    return Object.assign(status, { atWarning, offTarget, worsening: worseningPoints(lastFour, direction) });
}

function worseningPoints(lastFour: SeriesPoint[], direction: Direction): SeriesPoint[] | undefined {
    if (lastFour.length < 4) return undefined;
    const everyStepWorse = lastFour.slice(1).every((point, index) => {
        const before = lastFour[index];
        return areConsecutive(before.period, point.period) && satisfies(point.value, worse[direction], before.value);
    });
    return everyStepWorse ? lastFour : undefined;
}

export type StandardVerdict = 'met' | 'not-met' | 'not-compared';

/**
 * Whether a KPI's latest value meets a standard's target. Compared only when
 * both have a unit of one dimension, times after conversion; a KPI in `%` of
 * a time standard is a compliance rate and is not compared, nor is a unit
 * mismatch (`unit-mismatch` reports that).
 */
export function standardVerdict(
    target: { comparator: Comparator; quantity: Pick<Quantity, 'value' | 'unit'> },
    latest: number, kpiUnit: Unit | undefined): StandardVerdict {
    const { quantity } = target;
    // A bare target number has no dimension to compare with.
    if (kpiUnit === undefined || quantity.unit === undefined) return 'not-compared';
    const targetInKpiUnit = toKpiUnit(quantity, kpiUnit);
    if (!targetInKpiUnit.ok) return 'not-compared';
    return satisfies(latest, target.comparator, targetInKpiUnit.value) ? 'met' : 'not-met';
}

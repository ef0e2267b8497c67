import type { MeasuredKpiExport } from '#protocol/measured-schema.js';
import { formatNumber } from '../model/format-quantity.js';
import { satisfies } from '../model/units.js';

/*
 * A measured KPI of the blueprint model as the report reads it: where its
 * latest value stands and which way it moved, in the words of LANGUAGE.md
 * ("What the data means") and of the editor's KPI hover.
 */

export type KpiStanding = 'onTarget' | 'offTarget' | 'atWarning';

export interface KpiTrend {
    arrow: '↑' | '↓' | '→';
    /** Absent when the KPI has no `direction`: a move is then neither better nor worse. */
    judgement?: 'better' | 'worse' | 'unchanged';
}

/** Undefined when the KPI cannot be judged: no `direction`, or no target it could miss and no warning it reaches. */
export function kpiStanding(kpi: MeasuredKpiExport): KpiStanding | undefined {
    if (kpi.status.atWarning) return 'atWarning';
    if (kpi.status.offTarget) return 'offTarget';
    // "On target" only when there is a target the status could have found broken.
    return kpi.direction !== undefined && kpi.target !== undefined ? 'onTarget' : undefined;
}

/** The latest value against the one before it in the series; undefined for a single value. */
export function kpiTrend(kpi: MeasuredKpiExport): KpiTrend | undefined {
    const [previous, latest] = kpi.series.slice(-2);
    if (latest === undefined) return undefined;
    // With the comparators' tolerance, as the rules compare.
    if (satisfies(latest.value, '=', previous.value)) return { arrow: '→', judgement: 'unchanged' };
    const arrow = latest.value > previous.value ? '↑' : '↓';
    if (kpi.direction === undefined) return { arrow };
    const better = (arrow === '↓') === (kpi.direction === 'lower');
    return { arrow, judgement: better ? 'better' : 'worse' };
}

/** `12.4 s`, `96.4 %`, `4.79 score`; a KPI without unit gives a plain number. */
export function valueWithUnit(value: number, unit: string | undefined): string {
    return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}

/** `+0.31`, `-0.43`; means of the same answers can differ by rounding noise only, which is no gap. */
export function signedGap(gap: number): string {
    return satisfies(gap, '=', 0) ? '0' : `${gap > 0 ? '+' : ''}${formatNumber(gap)}`;
}

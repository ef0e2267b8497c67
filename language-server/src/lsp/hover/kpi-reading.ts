import type { Kpi, Unit } from '../../generated/ast.js';
import type { Localized } from '#protocol/locale.js';
import type { SeriesPoint } from '../../measured/kpi-status.js';
import type { KpiData } from '../../measured/measured-analysis.js';
import type { MeasuredPoint } from '../../measured/measurement-rows.js';
import { toKpiUnit } from '../../measured/measured-value.js';
import { formatPeriod } from '../../measured/periods.js';
import { formatNumber } from '../../model/format-quantity.js';
import { satisfies } from '../../model/units.js';

/*
 * A KPI's measured data as the editor shows it (hover, inlay hint): the
 * latest value with where it came from, how it stands against the KPI's
 * target and warning, and which way it moved since the value before.
 */

/** Where the latest value stands (LANGUAGE.md, "What the data means"). */
export type KpiStanding = 'on-target' | 'off-target' | 'at-warning';

export type TrendArrow = '↑' | '↓' | '→';

/** The latest value against the one before; `judgement` only when the KPI has a `direction`. */
export interface KpiTrend {
    arrow: TrendArrow;
    previous: MeasuredPoint;
    judgement?: 'better' | 'worse' | 'unchanged';
}

export interface KpiReading {
    latest: MeasuredPoint;
    /** Undefined when the KPI cannot be judged: no `direction`, or no target or warning it reaches. */
    standing?: KpiStanding;
    /** Undefined for a single value. */
    trend?: KpiTrend;
}

export const standingWords: Localized<Record<KpiStanding, string>> = {
    en: { 'on-target': 'on target', 'off-target': 'off target', 'at-warning': 'at warning' },
    'zh-CN': { 'on-target': '达标', 'off-target': '未达目标', 'at-warning': '达到预警' }
};

/** What the KPI's data says, in the KPI's unit; undefined when it has no valid value. */
export function readKpi(kpi: Kpi, data: KpiData | undefined): KpiReading | undefined {
    if (!data) return undefined;
    const [latest, previous] = [-1, -2].map(index => pointOf(data, data.status.series.at(index)));
    if (!latest) return undefined;
    return { latest, standing: standingOf(kpi, data), trend: previous && trendOf(kpi, latest, previous) };
}

/** `8.7 min`, `78 %`, `4.5 score`; a KPI without unit gives a plain number. */
export function measuredValue(value: number, unit: Unit | undefined): string {
    return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}

/** The file name of a data file's real path, without its folders. */
export function fileName(path: string): string {
    return path.split(/[\\/]/).at(-1) ?? path;
}

/** The point of one period: the series holds values, the points where they came from. */
function pointOf(data: KpiData, value: SeriesPoint | undefined): MeasuredPoint | undefined {
    if (!value) return undefined;
    const key = formatPeriod(value.period);
    return data.points.find(point => formatPeriod(point.period) === key);
}

function standingOf(kpi: Kpi, { status }: KpiData): KpiStanding | undefined {
    if (status.atWarning) return 'at-warning';
    if (status.offTarget) return 'off-target';
    // "On target" only when there is a target the status could have found broken.
    const target = kpi.target && toKpiUnit({ value: kpi.target.value, unit: kpi.target.unit as Unit | undefined }, kpi.unit as Unit | undefined);
    return kpi.direction && target?.ok ? 'on-target' : undefined;
}

function trendOf(kpi: Kpi, latest: MeasuredPoint, previous: MeasuredPoint): KpiTrend {
    // With the comparators' tolerance, as the rules compare.
    const arrow: TrendArrow = satisfies(latest.value, '=', previous.value) ? '→' : latest.value > previous.value ? '↑' : '↓';
    if (arrow === '→') return { arrow, previous, judgement: 'unchanged' };
    if (!kpi.direction) return { arrow, previous };
    const better = (arrow === '↓') === (kpi.direction === 'lower');
    return { arrow, previous, judgement: better ? 'better' : 'worse' };
}

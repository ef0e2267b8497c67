import type { Kpi, Quantity } from '../generated/ast.js';
import { formatNumber } from '../model/format-quantity.js';
import { formatQuantity } from '../model/units.js';
import type { SeriesPoint } from '../measured/kpi-status.js';
import { formatPeriod } from '../measured/periods.js';

/** A measured value, which is in the KPI's unit: `20 s`, `78 %`, `4.1` for a KPI without unit. */
export function kpiValue(value: number, kpi: Kpi): string {
    return kpi.unit ? `${formatNumber(value)} ${kpi.unit}` : formatNumber(value);
}

/** A KPI's `target` or `warning` as written; a bare number is in the KPI's unit, so it is shown with it. */
export function kpiBound(bound: Quantity, kpi: Kpi): string {
    return bound.unit === undefined && kpi.unit ? `${bound.value} ${kpi.unit}` : formatQuantity(bound);
}

/** A point of a KPI's series for a message. */
export interface PointText {
    value: string;
    period: string;
}

export function pointText(point: SeriesPoint, kpi: Kpi): PointText {
    return { value: kpiValue(point.value, kpi), period: formatPeriod(point.period) };
}

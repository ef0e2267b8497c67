import type { MeasuredKpiExport } from '#protocol/measured-schema.js';

/** The columns of `svc export --format csv --table measurements` (docs/export-format.md). */
export const measurementColumns = [
    'file', 'service', 'kpi', 'title', 'period', 'value', 'unit', 'target', 'warning',
    'latest', 'status', 'worsening', 'standards_not_met', 'data_file', 'line'
];

/**
 * One row per valid value of each KPI, ordered by period. The KPI's status
 * (judged on its latest value) repeats on every row, so that a spreadsheet
 * filter on it keeps whole series; `latest` marks the row it was judged on.
 */
export function measurementRows(file: string, kpi: MeasuredKpiExport): string[][] {
    const { status } = kpi;
    const notMet = status.standards.filter(standard => standard.verdict === 'not-met').map(standard => standard.standard);
    return kpi.series.map(point => [
        file, kpi.service ?? '', kpi.name, kpi.title ?? '', point.period, String(point.value), kpi.unit ?? '',
        numberCell(kpi.target), numberCell(kpi.warning),
        point.period === status.latest.period ? 'yes' : '', statusOf(kpi), status.worsening ? 'yes' : '',
        notMet.join(' '), point.dataFile, String(point.line)
    ]);
}

/** at-warning, off-target, on-target; empty when the KPI cannot be judged (no direction, or no target nor warning reached). */
function statusOf({ direction, target, status }: MeasuredKpiExport): string {
    if (status.atWarning) return 'at-warning';
    if (status.offTarget) return 'off-target';
    return direction !== undefined && target !== undefined ? 'on-target' : '';
}

function numberCell(value: number | undefined): string {
    return value === undefined ? '' : String(value);
}

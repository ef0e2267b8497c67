import { dirname, relative, sep } from 'node:path';
import type { Kpi, Service } from '../generated/ast.js';
import type { Localized } from '#protocol/locale.js';
import type { DataRow } from './csv-table.js';
import type { MeasurementColumns } from './data-columns.js';
import type { SeriesPoint } from './kpi-status.js';
import type { KpiNames } from './kpi-names.js';
import { parseMeasuredValue, toKpiUnit } from './measured-value.js';
import { formatPeriod, parsePeriod, type Granularity } from './periods.js';
import { quoteCell } from './quote-cell.js';
import type { KpiCell, RowProblem } from './row-problem.js';

export type MeasurementRow = DataRow<keyof MeasurementColumns['required'], keyof MeasurementColumns['optional']>;

/** A valid value and the row it came from. */
export interface MeasuredPoint extends SeriesPoint {
    /** Real path of the data file. */
    file: string;
    /** 0-based line of the row. */
    line: number;
}

/** What one file's rows gave. */
export interface MeasurementFileResult {
    problems: RowProblem[];
    kpiCells: KpiCell[];
}

const granularityNames: Record<Granularity, Localized> = {
    yearly: { en: 'yearly', 'zh-CN': '按年' },
    quarterly: { en: 'quarterly', 'zh-CN': '按季度' },
    monthly: { en: 'monthly', 'zh-CN': '按月' },
    weekly: { en: 'weekly', 'zh-CN': '按周' },
    daily: { en: 'daily', 'zh-CN': '按日' }
};

/**
 * Checks measurement rows file by file, in the order of the files' paths, and
 * collects each KPI's valid values (LANGUAGE.md, "Data files"). The checks of
 * a row follow the catalog's order — KPI, period, granularity, value and unit,
 * duplicate — and stop at the first problem; an invalid row contributes nothing.
 */
export class MeasurementCollector {
    /** Each KPI's valid values, in the order read. */
    readonly points = new Map<Kpi, MeasuredPoint[]>();
    /** The granularity of a KPI without `period`: that of its first valid row. */
    private readonly firstGranularity = new Map<Kpi, Granularity>();
    private readonly given = new Map<Kpi, Map<string, MeasuredPoint>>();

    constructor(private readonly names: KpiNames) {}

    addFile(file: string, rows: Iterable<MeasurementRow>, service: Service | undefined): MeasurementFileResult {
        const result: MeasurementFileResult = { problems: [], kpiCells: [] };
        for (const row of rows) {
            const problem = this.addRow(file, row, service, result.kpiCells);
            if (problem) result.problems.push(problem);
        }
        return result;
    }

    private addRow(file: string, row: MeasurementRow, service: Service | undefined, kpiCells: KpiCell[]): RowProblem | undefined {
        const kpiCell = row.cell('kpi');
        const lookup = this.names.resolve(kpiCell.text, service);
        if (!lookup.ok) {
            return { range: kpiCell.range, problem: lookup.problem, unknownKpi: { name: kpiCell.text, suggestions: lookup.suggestions } };
        }
        const { kpi } = lookup;
        kpiCells.push({ range: kpiCell.range, kpi });
        const periodCell = row.cell('period');
        const period = parsePeriod(periodCell.text);
        if (!period.ok) return { range: periodCell.range, problem: period.problem };
        const expected = kpi.period ?? this.firstGranularity.get(kpi);
        const { granularity } = period.value;
        if (expected !== undefined && expected !== granularity) {
            return { range: periodCell.range, problem: wrongGranularity(kpi, periodCell.text, granularity, expected) };
        }
        const valueCell = row.cell('value');
        const measured = parseMeasuredValue(valueCell.text);
        if (!measured.ok) return { range: valueCell.range, problem: measured.problem };
        const value = toKpiUnit(measured.value, kpi.unit);
        if (!value.ok) return { range: valueCell.range, problem: value.problem };
        const key = formatPeriod(period.value);
        const given = this.given.get(kpi) ?? new Map<string, MeasuredPoint>();
        const earlier = given.get(key);
        if (earlier) return { range: periodCell.range, problem: duplicate(kpi, key, earlier, file) };
        const point = { period: period.value, value: value.value, file, line: row.line };
        // Only a valid row fixes the granularity: an invalid one contributes nothing.
        this.firstGranularity.set(kpi, granularity);
        given.set(key, point);
        this.given.set(kpi, given);
        const points = this.points.get(kpi);
        if (points) points.push(point); else this.points.set(kpi, [point]);
        return undefined;
    }
}

function wrongGranularity(kpi: Kpi, text: string, granularity: Granularity, expected: Granularity): Localized {
    const because = kpi.period
        ? { en: `its period is ${kpi.period}`, zh: `其 period 为 ${kpi.period}` }
        : { en: 'its first valid row is', zh: '其第一条有效数据为' };
    const cell = quoteCell(text);
    return {
        en: `${cell.en} is a ${granularityNames[granularity].en} period, but KPI '${kpi.name}' is measured ${expected} (${because.en}${kpi.period ? '' : ` ${expected}`}).`,
        'zh-CN': `${cell.zh}是${granularityNames[granularity]['zh-CN']}的期间，但 KPI“${kpi.name}”${granularityNames[expected]['zh-CN']}统计（${because.zh}${kpi.period ? '' : granularityNames[expected]['zh-CN']}）。`
    };
}

function duplicate(kpi: Kpi, period: string, earlier: MeasuredPoint, file: string): Localized {
    const where = earlier.file === file
        ? { en: `line ${earlier.line + 1}`, zh: `第 ${earlier.line + 1} 行` }
        : { en: `${fromHere(file, earlier.file)}, line ${earlier.line + 1}`, zh: `${fromHere(file, earlier.file)} 第 ${earlier.line + 1} 行` };
    return {
        en: `KPI '${kpi.name}' already has a value for ${period} (${where.en}): one value per KPI and period.`,
        'zh-CN': `KPI“${kpi.name}”在 ${period} 已有数值（${where.zh}）：每个 KPI 每个期间只能有一个数值。`
    };
}

/** The earlier file, relative to the folder of the file the diagnostic stands in: two folders may hold a `kpi.csv`. */
const fromHere = (file: string, earlier: string) => relative(dirname(file), earlier).split(sep).join('/');

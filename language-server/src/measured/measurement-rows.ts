import { dirname, relative, sep } from 'node:path';
import type { Kpi, Service } from '../generated/ast.js';
import type { Localized } from '#protocol/locale.js';
import type { TextPosition } from './cell-locator.js';
import type { DataRow, DataRows } from './csv-table.js';
import type { MeasurementColumns } from './data-columns.js';
import type { SeriesPoint } from './kpi-status.js';
import type { KpiNames } from './kpi-names.js';
import { parseMeasuredValue, toKpiUnit } from './measured-value.js';
import { parsed, type Parsed } from './parse-result.js';
import { KpiValues } from './kpi-values.js';
import { MeasurementFacts, type RowChanges } from './measurement-facts.js';
import { formatPeriod, type Granularity, type Period } from './periods.js';
import { quoteCell } from './quote-cell.js';
import type { KpiCell, RowProblem } from './row-problem.js';

export type MeasurementRow = DataRow<keyof MeasurementColumns['required'], keyof MeasurementColumns['optional']>;
export type MeasurementRows = DataRows<keyof MeasurementColumns['required'], keyof MeasurementColumns['optional']>;

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
    /** The `kpi` cell at `position` when it names a KPI, valid row or not (go to definition). */
    kpiCellAt(position: TextPosition): KpiCell | undefined;
}


const granularityNames: Record<Granularity, Localized> = {
    yearly: { en: 'yearly', 'zh-CN': '按年' },
    quarterly: { en: 'quarterly', 'zh-CN': '按季度' },
    monthly: { en: 'monthly', 'zh-CN': '按月' },
    weekly: { en: 'weekly', 'zh-CN': '按周' },
    daily: { en: 'daily', 'zh-CN': '按日' }
};

/** A row's problem and the row's index: the problems of a file are reported in row order. */
interface NumberedProblem {
    row: number;
    problem: RowProblem;
}

/** What an analysis keeps so that the next one, after cells are edited, checks again only the KPIs the edits touched. */
export interface CollectedKpis {
    /** The facts each file was read with, by path, and which of their changes were the last taken. */
    facts: ReadonlyMap<string, { facts: MeasurementFacts; take: number }>;
    values: ReadonlyMap<Kpi, KpiValues>;
    /** Each KPI's row problems, by file. */
    problems: ReadonlyMap<Kpi, ReadonlyMap<string, readonly NumberedProblem[]>>;
}

/** A file's rows, with what each says on its own, waiting to be checked. */
interface ReadFile {
    file: string;
    rows: MeasurementRows;
    facts: MeasurementFacts;
    changes: RowChanges;
}

/**
 * Checks measurement rows file by file, in the order of the files' paths, and
 * collects each KPI's valid values (LANGUAGE.md, "Data files"). The checks of
 * a row follow the catalog's order — KPI, period, granularity, value and unit,
 * duplicate — and stop at the first problem; an invalid row contributes nothing.
 * What a KPI's rows give depends on those rows alone: after cells are edited in
 * place, the KPIs no edited row names (before or after) keep what the previous
 * analysis found, and only the others are checked again.
 */
export class MeasurementCollector {
    /** Each KPI's valid values, in the order read. */
    readonly values = new Map<Kpi, KpiValues>();
    private readonly kpiProblems = new Map<Kpi, Map<string, NumberedProblem[]>>();
    private readonly files: ReadFile[] = [];
    /** How many rows of the file being checked name each KPI without values yet: room for its first values. */
    private readonly rowsInFile = new Map<Kpi, number>();

    constructor(private readonly names: KpiNames) {}

    /** Reads what each row of the file says on its own; `check` checks them, after every file is read. */
    read(file: string, rows: MeasurementRows, service: Service | undefined): void {
        // Kept with the table: after an edit only the rows it touched are read again.
        const facts = MeasurementFacts.of(rows, this.names, service);
        const { values } = facts;
        for (let index = 0; index < rows.length; index++) {
            if (facts.lookup(index)) continue;
            const lookup = this.names.resolve(rows.textOf(index, 'kpi'), service);
            facts.setLookup(index, lookup);
            if (lookup.ok) {
                const value = valueInUnit(rows.textOf(index, 'value'), lookup.kpi);
                values[index] = value.ok ? value.value : NaN;
            }
        }
        this.files.push({ file, rows, facts, changes: facts.takeChanges() });
    }

    /**
     * Checks the rows read, file by file; `previous`: what the analysis before kept, whose KPIs the
     * changes since did not touch are taken as they are (when it read the same files, with the same facts).
     */
    check(previous: CollectedKpis | undefined): MeasurementFileResult[] {
        // Reused only when no change went unseen: the same facts, whose changes were taken last by the previous analysis.
        const reused = previous && this.files.length === previous.facts.size && this.files.every(({ file, facts, changes }) =>
            previous.facts.get(file)?.facts === facts && previous.facts.get(file)?.take === changes.take - 1);
        if (!reused) return this.files.map(read => this.checkFile(read, () => true));
        const touched = new Set<Kpi>();
        for (const { facts, changes } of this.files) {
            changes.kpisBefore.forEach(kpi => touched.add(kpi));
            for (const [from, to] of changes.rows) {
                for (let row = from; row < to; row++) {
                    const lookup = facts.lookup(row);
                    if (lookup?.ok) touched.add(lookup.kpi);
                }
            }
        }
        previous.values.forEach((values, kpi) => touched.has(kpi) || this.values.set(kpi, values));
        previous.problems.forEach((byFile, kpi) => touched.has(kpi) || this.kpiProblems.set(kpi, new Map(byFile as Map<string, NumberedProblem[]>)));
        return this.files.map(read => this.checkFile(read, kpi => touched.has(kpi)));
    }

    /** What the next analysis may reuse. */
    get collected(): CollectedKpis {
        return { facts: new Map(this.files.map(({ file, facts, changes }) => [file, { facts, take: changes.take }])), values: this.values, problems: this.kpiProblems };
    }

    private checkFile({ file, rows, facts }: ReadFile, checked: (kpi: Kpi) => boolean): MeasurementFileResult {
        const unknownKpis: NumberedProblem[] = [];
        const { values } = facts;
        // Each KPI's columns are sized once for the file: growing them row by row made twice the garbage of the result.
        for (const [kpi, count] of facts.rowsPerKpi()) {
            if (!checked(kpi)) continue;
            const known = this.values.get(kpi);
            if (known) known.reserve(count);
            else this.rowsInFile.set(kpi, count);
        }
        for (let index = 0; index < rows.length; index++) {
            const lookup = facts.lookup(index)!;
            if (!lookup.ok) {
                const unknownKpi = { name: rows.textOf(index, 'kpi'), suggestions: lookup.suggestions };
                unknownKpis.push({ row: index, problem: { range: rows.at(index).cell('kpi').range, problem: lookup.problem, unknownKpi } });
                continue;
            }
            if (!checked(lookup.kpi)) continue;
            const problem = this.addRow(file, rows, index, lookup.kpi, facts.period(index, rows), values[index]);
            if (problem) this.problemsOf(lookup.kpi, file).push({ row: index, problem: { range: rows.at(index).cell(problem.column).range, problem: problem.problem } });
        }
        const numbered = [...unknownKpis];
        for (const byFile of this.kpiProblems.values()) numbered.push(...byFile.get(file) ?? []);
        return { problems: numbered.sort((a, b) => a.row - b.row).map(({ problem }) => problem), kpiCellAt: position => kpiCellAt(rows, facts, position) };
    }

    private problemsOf(kpi: Kpi, file: string): NumberedProblem[] {
        let byFile = this.kpiProblems.get(kpi);
        if (!byFile) this.kpiProblems.set(kpi, byFile = new Map());
        let problems = byFile.get(file);
        if (!problems) byFile.set(file, problems = []);
        return problems;
    }

    /** Adds the row's value (`value`, NaN when its cell has a problem) to the KPI's, or says which cell is wrong and why. */
    private addRow(file: string, rows: MeasurementRows, index: number, kpi: Kpi, period: Parsed<Period>, value: number):
        { column: 'period' | 'value'; problem: Localized } | undefined {
        if (!period.ok) return { column: 'period', problem: period.problem };
        const values = this.values.get(kpi);
        const expected = kpi.period ?? values?.granularity;
        const { granularity } = period.value;
        if (expected !== undefined && expected !== granularity) {
            return { column: 'period', problem: wrongGranularity(kpi, rows.textOf(index, 'period'), granularity, expected) };
        }
        if (Number.isNaN(value)) {
            const checked = valueInUnit(rows.textOf(index, 'value'), kpi);
            if (!checked.ok) return { column: 'value', problem: checked.problem };
            value = checked.value;
        }
        const earlier = values?.earlier(period.value);
        if (earlier) return { column: 'period', problem: duplicate(kpi, formatPeriod(period.value), earlier, file) };
        if (values) values.add(period.value, value, file, rows.lineOf(index));
        else {
            // Only a valid row fixes the granularity: an invalid one contributes nothing.
            const first = new KpiValues(granularity, this.rowsInFile.get(kpi));
            first.add(period.value, value, file, rows.lineOf(index));
            this.values.set(kpi, first);
        }
        return undefined;
    }
}

/** A value without a unit, as `parseMeasuredValue` reads one: most cells of an export. */
const plainNumber = /^-?\d+(?:\.\d+)?$/;

/** A value cell in the KPI's unit, or why it has none. */
function valueInUnit(text: string, kpi: Kpi): Parsed<number> {
    // A plain number is in the KPI's unit as it is; anything else goes through the whole check.
    const plain = plainNumber.test(text) ? Number(text) : NaN;
    if (Number.isFinite(plain)) return parsed(plain);
    const measured = parseMeasuredValue(text);
    return measured.ok ? toKpiUnit(measured.value, kpi.unit) : measured;
}

/** The `kpi` cell at `position`, when its row names a KPI. */
function kpiCellAt(rows: MeasurementRows, facts: MeasurementFacts, position: TextPosition): KpiCell | undefined {
    const index = rows.indexAt(position);
    const lookup = index === undefined ? undefined : facts.lookup(index);
    const kpi = lookup?.ok ? lookup.kpi : undefined;
    if (!kpi) return undefined;
    const { range } = rows.at(index!).cell('kpi');
    const before = (a: TextPosition, b: TextPosition) => a.line < b.line || (a.line === b.line && a.character <= b.character);
    return before(range.start, position) && before(position, range.end) ? { range, kpi } : undefined;
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

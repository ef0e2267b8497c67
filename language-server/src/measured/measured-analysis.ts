import { isModel, isSurvey, type Kpi, type Quantity, type Survey, type Unit } from '../generated/ast.js';
import type { Localized } from '#protocol/locale.js';
import { measurementColumns, surveyColumns } from './data-columns.js';
import { dataElementProblems } from './data-element-problems.js';
import type { TextPosition } from './cell-locator.js';
import { firstBindings, type DataElement } from './data-elements.js';
import type { DataFileSource } from './data-file-source.js';
import type { DataFileEncoding } from './data-file-text.js';
import { enclosingService, type KpiNames } from './kpi-names.js';
import { latestStatus, type KpiExpectation, type KpiStatus } from './kpi-status.js';
import type { KpiValues } from './kpi-values.js';
import { MeasurementCollector, type CollectedKpis, type MeasuredPoint } from './measurement-rows.js';
import { toKpiUnit } from './measured-value.js';
import type { Parsed } from './parse-result.js';
import type { KpiCell, RowProblem } from './row-problem.js';
import { servqualGaps, type DimensionGap } from './servqual-gap.js';
import { checkSurveyRows, defaultSurveyScale } from './survey-rows.js';

/** What the checks made of one data file. */
export interface DataFileReport {
    /** Real path. */
    path: string;
    /** The element that binds the file (the first to name it). */
    owner: DataElement;
    encoding: DataFileEncoding;
    /** Data rows read (valid or not). */
    rows: number;
    /** `measurement-invalid`, in row order. */
    problems: RowProblem[];
    /** The `kpi` cell at a position, when it names a KPI (measurements only). */
    kpiCellAt(position: TextPosition): KpiCell | undefined;
}

/** A data file's report before its rows are checked. */
type ReadReport = Omit<DataFileReport, 'problems' | 'kpiCellAt'>;

/** A KPI's data: its status and where each value came from. */
export interface KpiData {
    status: KpiStatus;
    points: MeasuredPoint[];
}

/** A survey's SERVQUAL result. */
export interface SurveyData {
    scale: number;
    /** Answered rows. */
    answers: number;
    gaps: DimensionGap[];
}

export interface AnalysisInputs {
    /** Every data element, in the order that decides which one keeps a file. */
    elements: readonly DataElement[];
    /** The real path an element names, or why none; undefined for a spec that is no file. */
    resolve(element: DataElement): Parsed<string> | undefined;
    source: DataFileSource;
    names: KpiNames;
    /** What the analysis before this one kept, to reuse what edits since did not touch. */
    previous?: CollectedKpis;
}

/**
 * The measured data of a workspace at one moment (LANGUAGE.md, "Measured
 * data"): which data element cannot use its file, every file's invalid rows,
 * each KPI's series and status, each survey's gaps.
 */
export class MeasuredAnalysis {
    /** `data-file-invalid`, by element. */
    private readonly elementProblems = new Map<DataElement, Localized>();
    private readonly reports = new Map<DataElement, DataFileReport>();
    private readonly surveys = new Map<Survey, SurveyData>();
    private readonly values: Map<Kpi, KpiValues>;
    private readonly statuses = new Map<Kpi, KpiData>();

    /** The workspace has no `measurements` or `survey`: nothing to analyse. */
    readonly isEmpty: boolean;
    /** What the next analysis may reuse. */
    readonly collected: CollectedKpis;

    constructor({ elements, resolve, source, names, previous }: AnalysisInputs) {
        this.isEmpty = elements.length === 0;
        const files = new Map(elements.map(element => [element, resolve(element)]));
        const owners = firstBindings(elements, element => files.get(element));
        for (const [element, file] of files) {
            if (file && !file.ok) this.elementProblems.set(element, file.problem);
            else if (file && owners.get(file.value) !== element) {
                this.elementProblems.set(element, dataElementProblems.alreadyBound(element.path, owners.get(file.value)!));
            }
        }
        const measurements = new MeasurementCollector(names);
        const measured: ReadReport[] = [];
        // Files in the order of their paths (code units), rows in file order.
        for (const [path, owner] of [...owners].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
            const report = this.readFile(path, owner, source, measurements);
            if (report) measured.push(report);
        }
        measurements.check(previous).forEach((result, index) => this.reports.set(measured[index].owner, { ...measured[index], ...result }));
        this.values = measurements.values;
        this.collected = measurements.collected;
    }

    /** Why the element's file cannot be used (`data-file-invalid`); undefined when it can, or when the spec is no file. */
    problemOf(element: DataElement): Localized | undefined {
        return this.elementProblems.get(element);
    }

    /** The files read, each with its invalid rows. */
    get dataFiles(): DataFileReport[] {
        return [...this.reports.values()];
    }

    /** The report of the file an element binds, when it binds one. */
    dataFileOf(element: DataElement): DataFileReport | undefined {
        return this.reports.get(element);
    }

    /** The KPI's data; undefined when no valid row gives it a value. */
    kpi(kpi: Kpi): KpiData | undefined {
        let data = this.statuses.get(kpi);
        if (!data) {
            const values = this.values.get(kpi);
            if (!values) return undefined;
            data = {
                status: latestStatus(expectationOf(kpi), values.latestFour(), () => values.series()),
                // Made when asked for: the rules read the status only.
                get points() {
                    return values.points;
                }
            };
            this.statuses.set(kpi, data);
        }
        return data;
    }

    /** How many top-level KPIs have data (`kpi-no-data` of a top-level KPI looks at the others). */
    get topLevelKpisWithData(): number {
        return [...this.values.keys()].filter(kpi => isModel(kpi.$container)).length;
    }

    survey(survey: Survey): SurveyData | undefined {
        return this.surveys.get(survey);
    }

    /** Reads the file an element binds; a file of measurements is given to `measurements`, and its report returned, to be completed once it is checked. */
    private readFile(path: string, owner: DataElement, source: DataFileSource, measurements: MeasurementCollector): ReadReport | undefined {
        const survey = isSurvey(owner);
        const columns = survey ? surveyColumns : measurementColumns;
        const read = source.table(path, columns, owner.path);
        if (!read.ok) {
            this.elementProblems.set(owner, read.problem);
            return undefined;
        }
        const { version, table } = read.value;
        if (table.missingColumns.length > 0) {
            this.elementProblems.set(owner, dataElementProblems.missingColumns(owner.path, table.missingColumns, columns));
            return undefined;
        }
        if (table.syntaxProblem) this.elementProblems.set(owner, dataElementProblems.notCsv(owner.path, table.syntaxProblem));
        const report = { path, owner, encoding: version.encoding, rows: table.rows.length };
        if (isSurvey(owner)) {
            const scale = owner.scale ?? defaultSurveyScale;
            const { answers, problems } = checkSurveyRows(table.rows as Parameters<typeof checkSurveyRows>[0], scale);
            const gaps = servqualGaps(answers);
            this.surveys.set(owner, { scale, answers: gaps.reduce((sum, gap) => sum + gap.answered, 0), gaps });
            this.reports.set(owner, { ...report, problems, kpiCellAt: () => undefined });
            return undefined;
        }
        measurements.read(path, table.rows as Parameters<MeasurementCollector['read']>[1], enclosingService(owner));
        return report;
    }
}

/** A KPI's target and warning in its own unit; a bound of another dimension is no bound (`invalid-threshold` says why). */
function expectationOf(kpi: Kpi): KpiExpectation {
    const inKpiUnit = (quantity: Quantity | undefined) => {
        if (!quantity) return undefined;
        const converted = toKpiUnit({ value: quantity.value, unit: quantity.unit as Unit | undefined }, kpi.unit as Unit | undefined);
        return converted.ok ? converted.value : undefined;
    };
    return { direction: kpi.direction, target: inKpiUnit(kpi.target), warning: inKpiUnit(kpi.warning) };
}

import { AstUtils, type LangiumDocument } from 'langium';
import { z } from 'zod';
import { isKpi, isService, isSurvey, type Kpi, type Quantity, type Survey, type Unit } from '../generated/ast.js';
import { enumValues } from '../i18n/domain-glossary.js';
import { comparePeriods, formatPeriod } from '../measured/periods.js';
import { standardVerdict } from '../measured/kpi-status.js';
import type { MeasuredAnalysis } from '../measured/measured-analysis.js';
import { toKpiUnit } from '../measured/measured-value.js';

/** One valid value of a KPI, in the KPI's unit, and the row it came from. */
const measuredPointSchema = z.object({
    /** As a data file writes it: `2026-09`, `2026-W41`, `2026-Q3`. */
    period: z.string(),
    value: z.number(),
    dataFile: z.string(),
    /** 1-based line of the row in the data file. */
    line: z.number().int().min(1)
});

export const standardVerdicts = ['met', 'not-met', 'not-compared'] as const;

/** A KPI with at least one valid value (LANGUAGE.md, "What the data means"). */
export const measuredKpiSchema = z.object({
    /** Absent for a top-level KPI. */
    service: z.string().optional(),
    name: z.string(),
    title: z.string().optional(),
    unit: z.string().optional(),
    direction: z.enum(['lower', 'higher']).optional(),
    /** In the KPI's unit; absent when not given or not convertible to it. */
    target: z.number().optional(),
    warning: z.number().optional(),
    /** Ordered by period. */
    series: z.array(measuredPointSchema).min(1),
    status: z.object({
        latest: z.object({ period: z.string(), value: z.number() }),
        atWarning: z.boolean(),
        offTarget: z.boolean(),
        worsening: z.boolean(),
        /** Each standard the KPI measures, as the spec names it, against the latest value. */
        standards: z.array(z.object({ standard: z.string(), verdict: z.enum(standardVerdicts) }))
    })
});

/** A survey whose data file was read: SERVQUAL gap 5 per dimension. */
export const measuredSurveySchema = z.object({
    service: z.string(),
    name: z.string(),
    title: z.string().optional(),
    dataFile: z.string(),
    scale: z.number().int().min(1),
    /** Rows with both an expectation and a perception. */
    answers: z.number().int().min(0),
    /** Dimensions with answered rows, in the order reliability, responsiveness, assurance, empathy, tangibles. */
    dimensions: z.array(z.object({
        dimension: z.enum(enumValues('Dimension')),
        answered: z.number().int().min(1),
        meanExpectation: z.number(),
        meanPerception: z.number(),
        /** mean(perception) − mean(expectation). */
        gap: z.number(),
        meanImportance: z.number().optional()
    }))
});

/** The measured data about the KPIs and surveys of one spec file. */
export const measuredExportSchema = z.object({
    kpis: z.array(measuredKpiSchema),
    surveys: z.array(measuredSurveySchema)
});

export type MeasuredKpiExport = z.infer<typeof measuredKpiSchema>;
export type MeasuredSurveyExport = z.infer<typeof measuredSurveySchema>;
export type MeasuredExport = z.infer<typeof measuredExportSchema>;

/** The KPIs (with data) and surveys (with a read file) of a document, in text order. */
export function measuredExport(document: LangiumDocument, analysis: MeasuredAnalysis, displayPath: (file: string) => string): MeasuredExport {
    const nodes = AstUtils.streamAllContents(document.parseResult.value).toArray();
    return {
        kpis: nodes.filter(isKpi).flatMap(kpi => measuredKpi(kpi, analysis, displayPath) ?? []),
        surveys: nodes.filter(isSurvey).flatMap(survey => measuredSurvey(survey, analysis, displayPath) ?? [])
    };
}

function measuredKpi(kpi: Kpi, analysis: MeasuredAnalysis, displayPath: (file: string) => string): MeasuredKpiExport | undefined {
    const data = analysis.kpi(kpi);
    const latest = data?.status.latest;
    if (!kpi.name || !data || !latest) return undefined;
    const { status } = data;
    const unit = kpi.unit as Unit | undefined;
    return {
        ...(isService(kpi.$container) ? { service: kpi.$container.name } : {}),
        name: kpi.name,
        title: kpi.title,
        unit,
        direction: kpi.direction,
        target: inKpiUnit(kpi.target, unit),
        warning: inKpiUnit(kpi.warning, unit),
        series: [...data.points].sort((a, b) => comparePeriods(a.period, b.period)).map(point => ({
            period: formatPeriod(point.period), value: exact(point.value), dataFile: displayPath(point.file), line: point.line + 1
        })),
        status: {
            latest: { period: formatPeriod(latest.period), value: exact(latest.value) },
            atWarning: status.atWarning,
            offTarget: status.offTarget,
            worsening: status.worsening !== undefined,
            standards: kpi.measures.flatMap(reference => {
                const standard = reference.ref;
                if (!standard) return [];
                // A target cut short by a syntax error has nothing to compare with.
                const verdict = standard.target?.quantity ? standardVerdict(standard.target, latest.value, unit) : 'not-compared';
                return [{ standard: reference.$refText, verdict }];
            })
        }
    };
}

function measuredSurvey(survey: Survey, analysis: MeasuredAnalysis, displayPath: (file: string) => string): MeasuredSurveyExport | undefined {
    const data = analysis.survey(survey);
    const file = analysis.dataFileOf(survey);
    if (!survey.name || !data || !file) return undefined;
    return {
        service: survey.$container.name,
        name: survey.name,
        title: survey.title,
        dataFile: displayPath(file.path),
        scale: data.scale,
        answers: data.answers,
        dimensions: data.gaps.map(gap => ({
            dimension: gap.dimension,
            answered: gap.answered,
            meanExpectation: exact(gap.meanExpectation),
            meanPerception: exact(gap.meanPerception),
            gap: exact(gap.gap),
            ...(gap.meanImportance !== undefined ? { meanImportance: exact(gap.meanImportance) } : {})
        }))
    };
}

/** A KPI's `target` or `warning` in its unit, as the status judged it; none when of another dimension (`invalid-threshold`). */
function inKpiUnit(quantity: Quantity | undefined, unit: Unit | undefined): number | undefined {
    if (!quantity) return undefined;
    const converted = toKpiUnit({ value: quantity.value, unit: quantity.unit as Unit | undefined }, unit);
    return converted.ok ? exact(converted.value) : undefined;
}

/** Without the noise of binary fractions (`5.1 - 6` is -0.9000000000000004): what a spreadsheet would show. */
function exact(value: number): number {
    return Number(value.toPrecision(15));
}

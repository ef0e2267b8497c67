import { AstUtils, type LangiumDocument } from 'langium';
import { isKpi, isService, isSurvey, type Kpi, type Quantity, type Survey, type Unit } from '../generated/ast.js';
import { comparePeriods, formatPeriod } from '../measured/periods.js';
import { standardVerdict } from '../measured/kpi-status.js';
import type { MeasuredAnalysis } from '../measured/measured-analysis.js';
import { toKpiUnit } from '../measured/measured-value.js';
import type { MeasuredExport, MeasuredKpiExport, MeasuredSurveyExport } from '#protocol/measured-schema.js';

/** The KPIs (with data) and surveys (with a read file) of a document, in text order. */
export function measuredExport(document: LangiumDocument, analysis: MeasuredAnalysis, displayPath: (file: string) => string): MeasuredExport {
    const nodes = AstUtils.streamAllContents(document.parseResult.value).toArray();
    return {
        kpis: nodes.filter(isKpi).flatMap(kpi => measuredKpi(kpi, analysis, displayPath) ?? []),
        surveys: nodes.filter(isSurvey).flatMap(survey => measuredSurvey(survey, analysis, displayPath) ?? [])
    };
}

export function measuredKpi(kpi: Kpi, analysis: MeasuredAnalysis, displayPath: (file: string) => string): MeasuredKpiExport | undefined {
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

export function measuredSurvey(survey: Survey, analysis: MeasuredAnalysis, displayPath: (file: string) => string): MeasuredSurveyExport | undefined {
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

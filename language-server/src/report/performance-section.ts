import type { MeasuredServiceModel, ServiceModel, StandardModel } from '#protocol/blueprint-schema.js';
import type { MeasuredKpiExport, MeasuredSurveyExport } from '#protocol/measured-schema.js';
import { isGapBelowThreshold } from '../measured/servqual-gap.js';
import { formatNumber } from '../model/format-quantity.js';
import { kpiStanding, kpiTrend, signedGap, valueWithUnit } from './measured-kpi-reading.js';
import type { Block, Cell, Section } from './report-content.js';
import type { SectionContext } from './section-context.js';

/**
 * The service as delivered, from the data files the workspace binds: the
 * KPIs' latest values, the standards they show broken, the SERVQUAL gaps,
 * and the charts of the performance view. Undefined for a service without
 * data of its own and without a measured standard (docs/decisions.md): a
 * client report does not tell the client how to write the spec.
 */
export function performanceSection(context: SectionContext): Section | undefined {
    const { service, labels } = context;
    const dataElements = service.measured?.dataElements ?? 0;
    const compared = service.standards.filter(standard => standard.measured !== undefined);
    if (dataElements === 0 && compared.length === 0) return undefined;
    const measured = service.measured;
    const blocks: Block[] = measured && hasMeasuredValues(service)
        ? [...kpiBlocks(measured, context), ...standardBlocks(compared, context), ...surveyBlocks(measured.surveys, context), chartsBlock(context)]
        : [...dataElements > 0 ? [{ kind: 'paragraph', text: labels.performance.noValidData } as const] : [], ...standardBlocks(compared, context)];
    return { id: 'performance', heading: labels.headings.performance, pageBreak: true, blocks };
}

/** Whether the service has a KPI value or a survey answer of its own: the report draws its performance charts only then. */
export function hasMeasuredValues(service: ServiceModel): boolean {
    const measured = service.measured;
    return measured !== undefined && (measured.kpis.length > 0 || measured.surveys.some(survey => survey.dimensions.length > 0));
}

/** The performance view's charts the caller drew or generated. */
function chartsBlock(context: SectionContext): Block {
    const { input, labels } = context;
    return {
        kind: 'diagrams',
        sources: {
            svgs: input.performanceSvgs ?? [],
            mermaid: input.performanceMermaid ?? [],
            images: input.performanceImages ?? [],
            pictures: input.performancePictures ?? [],
            missing: labels.performance.chartsMissing
        }
    };
}

function kpiBlocks(measured: MeasuredServiceModel, context: SectionContext): Block[] {
    const { labels } = context;
    const words = labels.performance;
    const blocks: Block[] = [];
    if (measured.kpis.length > 0) {
        blocks.push({ kind: 'table', caption: words.kpiCaption, columns: words.kpiColumns, rows: measured.kpis.map(kpi => kpiRow(kpi, context)) });
    }
    const withData = new Set(measured.kpis.map(kpi => kpi.name));
    const withoutData = context.service.kpis.filter(kpi => !withData.has(kpi.name));
    // Beside values of its own only: a service measured through library KPIs has not bound its own.
    if (measured.kpis.length > 0 && withoutData.length > 0) {
        blocks.push({ kind: 'paragraph', text: words.kpisWithoutData(withoutData.map(kpi => context.titled(kpi)).join(labels.listSeparator)) });
    }
    return blocks;
}

function kpiRow(kpi: MeasuredKpiExport, context: SectionContext): Cell[] {
    const { labels } = context;
    const words = labels.performance;
    const threshold = (value: number | undefined) => value === undefined ? labels.none : valueWithUnit(value, kpi.unit);
    const standing = kpiStanding(kpi);
    const trend = kpiTrend(kpi);
    return [
        context.titled(kpi),
        valueWithUnit(kpi.status.latest.value, kpi.unit),
        kpi.status.latest.period,
        threshold(kpi.target),
        threshold(kpi.warning),
        standing === undefined ? labels.none : { text: words.standing[standing], tone: standing === 'onTarget' ? 'good' : 'bad' },
        trend === undefined ? labels.none : {
            text: words.trend(trend.arrow, trend.judgement && words.judgement[trend.judgement], kpi.status.worsening),
            ...(kpi.status.worsening ? { tone: 'bad' as const } : {})
        }
    ];
}

/** Each standard that a KPI's latest value breaks, with every such KPI; one sentence naming them when all compared standards are met. */
function standardBlocks(compared: readonly StandardModel[], context: SectionContext): Block[] {
    const words = context.labels.performance;
    const notMet = compared.filter(standard => standard.measured!.some(entry => !entry.met));
    if (notMet.length > 0) {
        const rows = notMet.map((standard): Cell[] => [context.titled(standard), { text: evidence(standard, context), tone: 'bad' }]);
        return [{ kind: 'table', caption: words.standardsCaption, columns: words.standardColumns, rows }];
    }
    if (compared.length === 0) return [];
    return [{ kind: 'paragraph', text: words.allStandardsMet(compared.map(standard => context.titled(standard)).join(context.labels.listSeparator)) }];
}

function evidence(standard: StandardModel, context: SectionContext): string {
    const target = context.text(standard.target?.text);
    return standard.measured!
        .filter(entry => !entry.met)
        .map(entry => context.labels.performance.notSatisfied(kpiLabel(entry.kpi, context), valueWithUnit(entry.value, entry.unit), entry.period, target))
        .join('\n');
}

/** A KPI of this service by title and name (also when written `Service.Kpi`); one of another service as the standard's reader writes it. */
function kpiLabel(reference: string, context: SectionContext): string {
    const { service } = context;
    const kpi = service.kpis.find(candidate => candidate.name === reference || `${service.name}.${candidate.name}` === reference);
    return kpi ? context.titled(kpi) : reference;
}

/** How to read a gap, once, then each survey's gap table. */
function surveyBlocks(surveys: readonly MeasuredSurveyExport[], context: SectionContext): Block[] {
    const answered = surveys.some(survey => survey.dimensions.length > 0);
    return [
        ...answered ? [{ kind: 'paragraph', text: context.labels.performance.gapMethod } as const] : [],
        ...surveys.map(survey => gapTable(survey, context))
    ];
}

/** A survey's SERVQUAL gaps ranked by gap (the largest shortfall first), with importance when the survey gives it. */
function gapTable(survey: MeasuredSurveyExport, context: SectionContext): Block {
    const words = context.labels.performance;
    if (survey.dimensions.length === 0) return { kind: 'paragraph', text: words.surveyUnanswered(context.titled(survey)) };
    const withImportance = survey.dimensions.some(dimension => dimension.meanImportance !== undefined);
    const ranked = [...survey.dimensions].sort((a, b) => a.gap - b.gap);
    const rows = ranked.map((dimension): Cell[] => [
        context.term('dimension', dimension.dimension),
        formatNumber(dimension.meanExpectation),
        formatNumber(dimension.meanPerception),
        isGapBelowThreshold(dimension.gap) ? { text: signedGap(dimension.gap), tone: 'bad' } : signedGap(dimension.gap),
        ...withImportance ? [dimension.meanImportance === undefined ? context.labels.none : formatNumber(dimension.meanImportance)] : []
    ]);
    return {
        kind: 'table',
        caption: words.gapCaption(context.titled(survey), survey.answers, survey.scale),
        columns: withImportance ? [...words.gapColumns, words.importanceColumn] : words.gapColumns,
        rows
    };
}

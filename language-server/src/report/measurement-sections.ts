import type { Section } from './report-content.js';
import { tableOrNote } from './report-content.js';
import type { SectionContext } from './section-context.js';

/** The service standards: what is promised, on which SERVQUAL dimension, and how it is measured. */
export function standardsSection(context: SectionContext): Section {
    const { labels } = context;
    const rows = context.service.standards.map(standard => [
        standard.name,
        context.text(standard.title),
        context.term('dimension', standard.dimension),
        context.term('kind', standard.kind),
        context.text(standard.target?.text),
        context.text(standard.tolerance),
        context.term('method', standard.method),
        context.term('frequency', standard.frequency),
        context.performer(standard.owner),
        context.list(standard.measuredBy)
    ]);
    return { id: 'standards', heading: labels.headings.standards, pageBreak: true, blocks: [tableOrNote(labels.standardColumns, rows, labels.empty.standards)] };
}

export function kpisSection(context: SectionContext): Section {
    const { labels } = context;
    const rows = context.service.kpis.map(kpi => [
        kpi.name,
        context.text(kpi.title),
        context.text(kpi.formula),
        context.text(kpi.unit),
        context.term('direction', kpi.direction),
        context.text(kpi.baseline),
        context.text(kpi.target),
        context.text(kpi.warning),
        context.term('frequency', kpi.period),
        context.text(kpi.source),
        context.performer(kpi.owner),
        context.list(kpi.measures)
    ]);
    return { id: 'kpis', heading: labels.headings.kpis, pageBreak: true, blocks: [tableOrNote(labels.kpiColumns, rows, labels.empty.kpis)] };
}

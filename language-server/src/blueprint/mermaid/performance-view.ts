import type { ServiceModel } from '#protocol/blueprint-schema.js';
import type { MermaidDiagram } from '#protocol/diagram.js';
import { label } from './encode-label.js';
import { kpiDiagrams } from './kpi-charts.js';
import { MermaidWriter } from './mermaid-writer.js';
import { displayName } from './step-text.js';
import { defineClasses } from './styles.js';
import { surveyDiagrams } from './survey-charts.js';
import type { DiagramTexts } from './texts.js';

/**
 * The measured service: a line chart per KPI with data (grouped by the
 * standards it measures, the most urgent first), then per survey its SERVQUAL
 * chart and importance–performance matrix. A service without data gets one
 * note: what to add when it has no data element, where to look when its data
 * elements gave nothing yet.
 */
export function performanceDiagrams(service: ServiceModel, texts: DiagramTexts): MermaidDiagram[] {
    const measured = service.measured;
    // A top-level `measurements` may hold values of the service's KPIs: charts whenever there is data.
    const diagrams = measured ? [
        ...kpiDiagrams(service, measured.kpis, texts),
        ...measured.surveys.flatMap(survey => surveyDiagrams(survey, texts))
    ] : [];
    if (diagrams.length > 0) return diagrams;
    return [noteDiagram(service, measured && measured.dataElements > 0 ? texts.noValidData : texts.noDataElements)];
}

/** One node holding the lines of a note: encoded like every label, so the quotes of a `measurements` line show as written. */
function noteDiagram(service: ServiceModel, lines: readonly string[]): MermaidDiagram {
    const writer = new MermaidWriter('flowchart TB');
    writer.node('note0', label(...lines), 'rounded');
    writer.addClass('note0', 'note');
    defineClasses(writer, ['note']);
    // Front matter (fixed): a label wraps at 120 px by default (Mermaid 12), which breaks the `measurements` line into pieces.
    const text = ['---', 'config:', '  flowchart:', '    wrappingWidth: 640', '---', writer.text()].join('\n');
    return { title: displayName(service), text, view: 'performance', nodes: {}, lanes: [] };
}

import { label } from './encode-label.js';
import type { MermaidWriter } from './mermaid-writer.js';
import type { DiagramLegend } from '#protocol/diagram.js';
import type { StyleClass } from './styles.js';
import type { DiagramTexts } from './texts.js';

/**
 * A small last subgraph with one sample node per highlight the diagram
 * actually uses (nothing when it uses none): flow and standards views. A
 * blueprint's legend is drawn by the renderer below the lanes (`usedLegend`),
 * where no edge runs: as a subgraph it is one more band that edges cross.
 */
export function drawLegend(writer: MermaidWriter, entries: Array<{ className: StyleClass; text: string }>, texts: DiagramTexts): void {
    const legend = usedLegend(writer, entries, texts);
    if (!legend) return;
    writer.subgraph('legend', label(legend.title), () => {
        legend.entries.forEach((entry, index) => {
            writer.node(`legend${index}`, label(entry.text), 'rounded');
            writer.addClass(`legend${index}`, entry.className);
        });
    });
}

/** The legend entries of the step highlights. */
export function stepLegend(texts: DiagramTexts): Array<{ className: StyleClass; text: string }> {
    return [
        { className: 'moment', text: texts.legendMoment },
        { className: 'fail', text: texts.legendFail },
        { className: 'wait', text: texts.legendWait }
    ];
}

/** The entries of the highlights the diagram uses, for the renderer to draw (blueprints); none when it uses none. */
export function usedLegend(writer: MermaidWriter, entries: Array<{ className: StyleClass; text: string }>, texts: DiagramTexts): DiagramLegend | undefined {
    const used = entries.filter(entry => writer.usesClass(entry.className));
    return used.length > 0 ? { title: texts.legend, entries: used } : undefined;
}

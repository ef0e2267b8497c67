import { label } from './encode-label.js';
import type { MermaidWriter } from './mermaid-writer.js';
import type { StyleClass } from './styles.js';
import type { DiagramTexts } from './texts.js';

/**
 * A small last subgraph with one sample node per highlight the diagram
 * actually uses (nothing when it uses none). In a swimlane diagram it is
 * drawn as a thin band below the lanes, clearly apart from them.
 */
export function drawLegend(writer: MermaidWriter, entries: Array<{ className: StyleClass; text: string }>, texts: DiagramTexts): void {
    const used = entries.filter(entry => writer.usesClass(entry.className));
    if (used.length === 0) return;
    writer.subgraph('legend', label(texts.legend), () => {
        used.forEach((entry, index) => {
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

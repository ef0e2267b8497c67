/// <reference lib="dom" />
import type { MermaidDiagram } from '#server/blueprint/mermaid/index.js';
import { findNode } from './diagram-view.js';

/*
 * While a consultant types a title or a figure, only node labels change: the
 * drawing can show the new text at once, and Mermaid's layout (hundreds of
 * milliseconds for a blueprint) can wait until typing pauses.
 */

/** A node line as the writer makes it: id, its shape's opening bracket(s), then the quoted label. */
const nodeLine = /^\s*([A-Za-z][A-Za-z0-9_]*)(?:\(\[|\[\[|\(\(|\[|\()"([^"]*)"/;
/** Labels are encoded, so a double quote only ever opens or closes one. */
const quotedLabel = /"[^"]*"/g;
/** The views written in the flowchart grammar, whose node lines are read above; charts are always laid out anew. */
const flowchartViews: ReadonlyArray<MermaidDiagram['view']> = ['blueprint', 'flow', 'standards'];

/**
 * The node labels that differ between two versions of one diagram, by Mermaid
 * node id; undefined when anything else differs (an edge, its label, a class,
 * a node added or moved, the title) or in a chart, which needs a new layout.
 */
export function labelChanges(before: MermaidDiagram, after: MermaidDiagram): Map<string, string[]> | undefined {
    if (before.view !== after.view || !flowchartViews.includes(after.view) || before.title !== after.title || before.lanes.join() !== after.lanes.join()) return undefined;
    const oldLines = before.text.split('\n');
    const newLines = after.text.split('\n');
    if (oldLines.length !== newLines.length) return undefined;
    const changes = new Map<string, string[]>();
    for (const [index, newLine] of newLines.entries()) {
        const oldLine = oldLines[index];
        if (oldLine === newLine) continue;
        const oldNode = nodeLine.exec(oldLine);
        const newNode = nodeLine.exec(newLine);
        if (!oldNode || !newNode || oldNode[1] !== newNode[1]) return undefined;
        if (oldLine.replace(quotedLabel, '""') !== newLine.replace(quotedLabel, '""')) return undefined;
        changes.set(newNode[1], decodeLabel(newNode[2]));
    }
    return changes;
}

/** The text a label shows: `<br/>` separates lines, `#code;` stands for one character, `<wbr>` for nothing (see encode-label.ts). */
export function decodeLabel(label: string): string[] {
    return label.split('<br/>').map(line => line.replaceAll('<wbr>', '').replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code))));
}

/**
 * Writes new lines into a drawn node's HTML label; false when the node or its
 * label is not where Mermaid puts it (then the caller draws anew). The label
 * may now be longer than its box: it shows in full until the next layout.
 */
export function patchNodeLabel(svg: Element, nodeId: string, lines: readonly string[]): boolean {
    const node = findNode(svg, nodeId);
    const label = node?.querySelector('.nodeLabel p') ?? node?.querySelector('.nodeLabel');
    if (!label) return false;
    const content: Node[] = [];
    for (const [index, line] of lines.entries()) {
        if (index > 0) content.push(document.createElement('br'));
        content.push(document.createTextNode(line));
    }
    label.replaceChildren(...content);
    const frame = label.closest('foreignObject');
    if (frame instanceof SVGElement) frame.style.overflow = 'visible';
    return true;
}

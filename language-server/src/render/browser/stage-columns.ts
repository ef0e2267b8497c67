/// <reference lib="dom" />
import type { StageColumn } from '#protocol/diagram.js';
import type { DiagramTheme } from '#protocol/diagram-theme.js';
import { diagramFontFamily } from './diagram-fonts.js';
import { growViewBox, nodeBox, nodeElement, svgElement, wrapText, type Box } from './svg-geometry.js';

/** Class names of the stage columns, for a host page's styles and for the rendering tests. */
export const stageColumnClasses = { group: 'svc-stage-columns', separator: 'svc-stage-separator', header: 'svc-stage-header' } as const;

/** The lanes as one area: from the left of the lane titles, the left of the lane bodies, to the right, top and bottom. */
export interface LanesArea extends Box {
    bodyLeft: number;
}

const headerFontSize = 14;
const headerLineHeight = 18;
const headerPadding = 8;
const headerFont = `600 ${headerFontSize}px ${diagramFontFamily}`;

/**
 * Draws the stages as columns across all lanes: a dashed separator between
 * two stages, halfway between the last node of one and the first of the
 * next, and each stage's title as a header above the lanes (wrapped to its
 * column, SVG text). A column of steps outside any stage has no header. The
 * drawing grows upwards by the headers' height.
 */
export function drawStageColumns(svg: Element, stages: readonly StageColumn[], lanes: LanesArea, theme: DiagramTheme): Element | undefined {
    const columns = stages.flatMap(stage => {
        const boxes = stage.nodes.flatMap(id => {
            const node = nodeElement(svg, id);
            const box = node && nodeBox(node);
            return box ? [box] : [];
        });
        return boxes.length > 0 ? [{ title: stage.title, left: Math.min(...boxes.map(box => box.left)), right: Math.max(...boxes.map(box => box.right)) }] : [];
    });
    if (columns.length === 0 || columns.every(column => column.title === undefined)) return undefined;
    const boundaries = columns.slice(1).map((column, index) => (columns[index].right + column.left) / 2);
    const spans = columns.map((column, index) => ({
        title: column.title,
        left: index === 0 ? lanes.bodyLeft : boundaries[index - 1],
        right: index === columns.length - 1 ? lanes.right : boundaries[index]
    }));
    const wrapped = spans.map(span => span.title === undefined ? [] : wrapText(span.title, Math.max(40, span.right - span.left - 2 * headerPadding), headerFont));
    const headerHeight = Math.max(...wrapped.map(lines => lines.length)) * headerLineHeight + 2 * headerPadding;
    growViewBox(svg, headerHeight, 0);
    const top = lanes.top - headerHeight;
    const colours = columnColours[theme];

    const document = svg.ownerDocument;
    const group = svgElement(document, 'g', { class: stageColumnClasses.group });
    group.append(svgElement(document, 'rect', {
        x: lanes.bodyLeft, y: top, width: lanes.right - lanes.bodyLeft, height: headerHeight, fill: colours.header, stroke: colours.line, 'stroke-width': 1
    }));
    for (const x of boundaries) {
        group.append(svgElement(document, 'line', {
            class: stageColumnClasses.separator, x1: x, x2: x, y1: top, y2: lanes.bottom, stroke: colours.line, 'stroke-width': 1.5, 'stroke-dasharray': '6 4', fill: 'none'
        }));
    }
    spans.forEach((span, index) => {
        if (span.title === undefined) return;
        const text = svgElement(document, 'text', {
            class: stageColumnClasses.header, 'data-column': index, x: (span.left + span.right) / 2, y: top + headerPadding,
            'text-anchor': 'middle', 'dominant-baseline': 'hanging', fill: colours.text, 'font-size': headerFontSize, 'font-weight': 600, 'font-family': diagramFontFamily
        });
        wrapped[index].forEach((line, lineIndex) => {
            const row = svgElement(document, 'tspan', { x: (span.left + span.right) / 2, y: top + headerPadding + lineIndex * headerLineHeight });
            row.textContent = line;
            text.append(row);
        });
        group.append(text);
    });
    return group;
}

const columnColours: Record<DiagramTheme, { line: string; text: string; header: string }> = {
    light: { line: '#6b7280', text: '#1f2937', header: '#f3f4f6' },
    dark: { line: '#9ca3af', text: '#f3f4f6', header: '#2a2d33' },
    'high-contrast': { line: '#ffffff', text: '#ffffff', header: '#000000' },
    'high-contrast-light': { line: '#000000', text: '#000000', header: '#ffffff' }
};

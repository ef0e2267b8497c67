/// <reference lib="dom" />
import type { MermaidDiagram } from '#protocol/diagram.js';
import type { Locale } from '#protocol/locale.js';
import { drawBlueprintLegend } from './blueprint-legend.js';
import { blueprintLines, laneSubgraphId, type BlueprintLine } from './blueprint-lines.js';
import type { DiagramTheme } from '#protocol/diagram-theme.js';
import { drawStageColumns, type LanesArea } from './stage-columns.js';
import { svgElement, svgNamespace } from './svg-geometry.js';

/** A lane band as Mermaid's swimlane layout drew it, in the coordinates of the clusters group. */
interface Band {
    left: number;
    /** Where the lane's body starts, right of its title column. */
    bodyLeft: number;
    right: number;
    top: number;
    bottom: number;
}

/** Class names of the decoration, for a host page's styles and for the rendering tests. */
export const decorationClasses = { group: 'svc-blueprint-lines', line: 'svc-blueprint-line', label: 'svc-blueprint-line-label' } as const;

/**
 * Decorates a rendered `swimlane-beta` blueprint: the stages as labelled
 * columns across the lanes, the lines of interaction, visibility and internal
 * interaction (dashed, full width, labelled at the left, each only when both
 * of its lanes are drawn) and the legend below the lanes. Geometry is read
 * from the attributes of Mermaid's lane rectangles and nodes, so this works
 * on a detached SVG (no layout needed) as well as on one in the page.
 */
export function decorateBlueprint(svg: Element, diagram: Pick<MermaidDiagram, 'lanes' | 'stages' | 'legend'>, locale: Locale, theme: DiagramTheme = 'light'): void {
    const clusters = svg.querySelector('g.clusters');
    if (!clusters?.parentNode) return;
    const { lanes } = diagram;
    const drawn = blueprintLines.flatMap(line => {
        const above = lanes.includes(line.above) ? bandOf(clusters, line.above) : undefined;
        const below = lanes.includes(line.below) ? bandOf(clusters, line.below) : undefined;
        return above && below ? [drawLine(svg.ownerDocument, line, above, below, locale, theme)] : [];
    });
    const area = lanesArea(lanes.flatMap(lane => bandOf(clusters, lane) ?? []));
    const columns = area && diagram.stages ? drawStageColumns(svg, diagram.stages, area, theme) : undefined;
    const legend = area && diagram.legend ? drawBlueprintLegend(svg, diagram.legend, area, theme) : undefined;
    // Columns under the lines, so the lines' labels stay readable.
    const parts = [...columns ? [columns] : [], ...drawn, ...legend ? [legend] : []];
    if (parts.length === 0) return;
    const group = svg.ownerDocument.createElementNS(svgNamespace, 'g');
    group.setAttribute('class', decorationClasses.group);
    // Same coordinate system as the lane rectangles; drawn last, so above edges and lane fills.
    const transform = clusters.getAttribute('transform');
    if (transform) group.setAttribute('transform', transform);
    group.append(...parts);
    clusters.parentNode.append(group);
}

/** The union of the lane bands. */
function lanesArea(bands: Band[]): LanesArea | undefined {
    if (bands.length === 0) return undefined;
    return {
        left: Math.min(...bands.map(band => band.left)),
        bodyLeft: Math.max(...bands.map(band => band.bodyLeft)),
        right: Math.max(...bands.map(band => band.right)),
        top: Math.min(...bands.map(band => band.top)),
        bottom: Math.max(...bands.map(band => band.bottom))
    };
}

/** The union of the rectangles of a top-level lane (its title column and its body). */
function bandOf(clusters: Element, lane: string): Band | undefined {
    const cluster = [...clusters.children].find(child => child.getAttribute('data-id') === laneSubgraphId(lane));
    const rectangles = cluster ? [...cluster.children].filter(child => child.localName === 'rect') : [];
    if (rectangles.length === 0) return undefined;
    const number = (rect: Element, name: string) => Number.parseFloat(rect.getAttribute(name) ?? '0');
    const left = Math.min(...rectangles.map(rect => number(rect, 'x')));
    const body = rectangles.find(rect => rect.classList.contains('swimlane-body'));
    return {
        left,
        bodyLeft: body ? number(body, 'x') : left,
        right: Math.max(...rectangles.map(rect => number(rect, 'x') + number(rect, 'width'))),
        top: Math.min(...rectangles.map(rect => number(rect, 'y'))),
        bottom: Math.max(...rectangles.map(rect => number(rect, 'y') + number(rect, 'height')))
    };
}

function drawLine(document: Document, line: BlueprintLine, above: Band, below: Band, locale: Locale, theme: DiagramTheme): Element {
    const colours = lineColours[theme];
    const y = (above.bottom + below.top) / 2;
    const left = Math.min(above.left, below.left);
    const right = Math.max(above.right, below.right);
    const element = (name: string, attributes: Record<string, string | number>) => svgElement(document, name, attributes);

    const group = element('g', { class: decorationClasses.line, 'data-line': line.kind, 'data-above': line.above, 'data-below': line.below });
    group.append(element('line', {
        x1: left, x2: right, y1: y, y2: y,
        stroke: colours.line, 'stroke-width': colours.width, 'stroke-dasharray': line.dash, fill: 'none'
    }));
    // Right of the lane titles, just above the line; the halo keeps it readable where an edge crosses.
    const label = element('text', {
        class: decorationClasses.label, x: Math.max(above.bodyLeft, below.bodyLeft) + 6, y: y - 5,
        fill: colours.line, stroke: colours.halo, 'stroke-width': 3, 'paint-order': 'stroke',
        'font-size': 13, 'font-weight': 600
    });
    label.textContent = line.label[locale];
    group.append(label);
    return group;
}

/** Orange reads on Mermaid's light and dark lanes alike; high contrast gets black or white, thicker. */
const lineColours: Record<DiagramTheme, { line: string; halo: string; width: number }> = {
    light: { line: '#c2410c', halo: '#ffffff', width: 1.75 },
    dark: { line: '#ff9e5e', halo: '#1e1e1e', width: 1.75 },
    'high-contrast': { line: '#ffffff', halo: '#000000', width: 2.5 },
    'high-contrast-light': { line: '#000000', halo: '#ffffff', width: 2.5 }
};

/// <reference lib="dom" />
import type { DiagramLegend } from '#protocol/diagram.js';
import type { DiagramTheme } from '#protocol/diagram-theme.js';
import { classStyle } from '../../blueprint/mermaid/styles.js';
import { diagramFontFamily } from './diagram-fonts.js';
import { growViewBox, svgElement, textWidth } from './svg-geometry.js';
import type { LanesArea } from './stage-columns.js';

/** Class name of the legend group, for the rendering tests. */
export const legendClass = 'svc-blueprint-legend';

const fontSize = 13;
const rowHeight = 36;
const swatch = { width: 34, height: 20 };

/**
 * The blueprint's legend, one row below the lanes, out of the way of every
 * edge (the drawing grows downwards by it): a sample of each highlight drawn
 * with its class's style, and what it means, in SVG text.
 */
export function drawBlueprintLegend(svg: Element, legend: DiagramLegend, lanes: LanesArea, theme: DiagramTheme): Element | undefined {
    const grown = growViewBox(svg, 0, rowHeight + 8);
    if (!grown) return undefined;
    const document = svg.ownerDocument;
    const colours = legendColours[theme];
    const group = svgElement(document, 'g', { class: legendClass });
    const middle = grown.bottom - rowHeight / 2 - 4;
    const font = (weight: number) => `${weight} ${fontSize}px ${diagramFontFamily}`;
    const text = (content: string, x: number, weight: number) => {
        const element = svgElement(document, 'text', {
            x, y: middle, 'dominant-baseline': 'central', fill: colours.text, 'font-size': fontSize, 'font-weight': weight, 'font-family': diagramFontFamily
        });
        element.textContent = content;
        return element;
    };
    let x = lanes.left;
    group.append(text(legend.title, x, 700));
    x += textWidth(legend.title, font(700)) + 20;
    for (const entry of legend.entries) {
        const style = classStyle(entry.className);
        group.append(svgElement(document, 'rect', {
            x, y: middle - swatch.height / 2, width: swatch.width, height: swatch.height, rx: 4,
            fill: style.fill ?? colours.fill, stroke: style.stroke ?? colours.stroke,
            'stroke-width': Number.parseFloat(style['stroke-width'] ?? '1.5'), 'stroke-dasharray': style['stroke-dasharray'] ?? 'none'
        }));
        x += swatch.width + 8;
        const weight = style['font-weight'] === 'bold' ? 700 : 400;
        group.append(text(entry.text, x, weight));
        x += textWidth(entry.text, font(weight)) + 24;
    }
    return group;
}

/** Mermaid's node colours in each theme, for the samples without a fill or stroke of their own. */
const legendColours: Record<DiagramTheme, { text: string; fill: string; stroke: string }> = {
    light: { text: '#1f2937', fill: '#ECECFF', stroke: '#9370DB' },
    dark: { text: '#f3f4f6', fill: '#1f2020', stroke: '#cccccc' },
    'high-contrast': { text: '#ffffff', fill: '#000000', stroke: '#ffffff' },
    'high-contrast-light': { text: '#000000', fill: '#ffffff', stroke: '#000000' }
};

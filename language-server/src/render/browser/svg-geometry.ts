/// <reference lib="dom" />
/*
 * Geometry of a drawn Mermaid diagram read from its attributes, so that it
 * works on a detached SVG (no layout) as on one in the page.
 */

export const svgNamespace = 'http://www.w3.org/2000/svg';

export interface Box {
    left: number;
    right: number;
    top: number;
    bottom: number;
}

/** Mermaid's node `nodeId`: `data-id` on some renderers, an id ending in `-flowchart-<id>-<n>` on others. */
export function nodeElement(svg: Element, nodeId: string): Element | undefined {
    const pattern = new RegExp(`-flowchart-${nodeId}-\\d+$`);
    return [...svg.querySelectorAll('g.node')].find(node => node.getAttribute('data-id') === nodeId || pattern.test(node.id));
}

/** A node's box: its `translate(x, y)` and the size of its shape (a rectangle's width and height, a circle's radius). */
export function nodeBox(node: Element): Box | undefined {
    const match = /translate\(\s*([-\d.e]+)[\s,]+([-\d.e]+)\s*\)/.exec(node.getAttribute('transform') ?? '');
    if (!match) return undefined;
    const [x, y] = [Number(match[1]), Number(match[2])];
    const number = (element: Element | null | undefined, name: string) => Number.parseFloat(element?.getAttribute(name) ?? '');
    const shape = node.querySelector('rect.label-container, rect.basic, :scope > rect, :scope > path + rect');
    const radius = number(node.querySelector('circle'), 'r');
    const halfWidth = shape ? number(shape, 'width') / 2 : Number.isFinite(radius) ? radius : 8;
    const halfHeight = shape ? number(shape, 'height') / 2 : Number.isFinite(radius) ? radius : 8;
    return { left: x - halfWidth, right: x + halfWidth, top: y - halfHeight, bottom: y + halfHeight };
}

/** An SVG element with attributes. */
export function svgElement(document: Document, name: string, attributes: Record<string, string | number>): Element {
    const created = document.createElementNS(svgNamespace, name);
    for (const [attribute, value] of Object.entries(attributes)) created.setAttribute(attribute, String(value));
    return created;
}

/** Grows the drawing's viewBox (and its natural size) by `above` and `below` pixels. */
export function growViewBox(svg: Element, above: number, below: number): { top: number; bottom: number } | undefined {
    const box = (svg.getAttribute('viewBox') ?? '').trim().split(/[\s,]+/).map(Number);
    if (box.length !== 4 || !box.every(Number.isFinite)) return undefined;
    const [x, y, width, height] = box;
    svg.setAttribute('viewBox', `${x} ${y - above} ${width} ${height + above + below}`);
    const naturalHeight = Number.parseFloat(svg.getAttribute('height') ?? '');
    if (Number.isFinite(naturalHeight)) svg.setAttribute('height', String(Math.ceil(naturalHeight + above + below)));
    return { top: y - above, bottom: y + height + below };
}

/** Width of `text` in the diagram's font, measured on a canvas of the page; a rough estimate without one. */
export function textWidth(text: string, font: string): number {
    const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    if (!context) return [...text].length * 9;
    context.font = font;
    return context.measureText(text).width;
}

/** Lines of `text` no wider than `width` (a word wider than that cut between characters), broken at blanks or between CJK characters. */
export function wrapText(text: string, width: number, font: string): string[] {
    const lines: string[] = [];
    let line = '';
    // Words, or single characters of scripts written without spaces.
    for (const piece of text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+|\s+/gu) ?? []) {
        const candidate = line + piece;
        if (line.trim() && textWidth(candidate.trimEnd(), font) > width) {
            // One blank kept at the end: the text of the lines together still reads as the title.
            lines.push(line.trimStart().replace(/\s+$/, ' '));
            line = piece.trimStart();
        } else {
            line = candidate;
        }
        while (textWidth(line, font) > width && [...line].length > 1) {
            const characters = [...line];
            let fit = characters.length - 1;
            while (fit > 1 && textWidth(characters.slice(0, fit).join(''), font) > width) fit--;
            lines.push(characters.slice(0, fit).join(''));
            line = characters.slice(fit).join('');
        }
    }
    if (line.trim()) lines.push(line.trim());
    return lines;
}

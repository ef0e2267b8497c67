/// <reference lib="dom" />
import { diagramFontFamily } from './diagram-fonts.js';

/*
 * Mermaid writes its labels as HTML in <foreignObject>: only browsers draw
 * that. librsvg, resvg, Inkscape and Office show empty boxes. So an SVG meant
 * for a file gets its labels rewritten as SVG <text>, one <tspan> per line,
 * where the browser laid each line out — the wrapping stays the browser's.
 */

const svgNamespace = 'http://www.w3.org/2000/svg';
const xmlNamespace = 'http://www.w3.org/XML/1998/namespace';

interface Box {
    left: number;
    top: number;
    right: number;
    bottom: number;
}

/** The look of a run of characters, as SVG style declarations. */
interface RunStyle {
    declarations: string;
    /** The font's ascent share of its content box: where the baseline sits in a character's box. */
    ascentShare: number;
}

interface Glyph {
    text: string;
    box: Box;
    style: RunStyle;
    /** Index of the written line (split at `<br>`) the glyph belongs to. */
    line: number;
}

/**
 * Replaces every `<foreignObject>` of `svg` by SVG text in the same place, with
 * the font size, weight, style and colour it had, and each coloured label
 * background by a rectangle. `svg` must be in the live page and laid out:
 * positions are read from the browser's layout of each line.
 */
export function convertHtmlLabels(svg: SVGSVGElement): void {
    const styles = new StyleReader(svg.ownerDocument);
    for (const frame of [...svg.querySelectorAll('foreignObject')]) {
        const parent = frame.parentNode;
        const screen = parent instanceof SVGGraphicsElement ? parent.getScreenCTM() : null;
        // Chromium's SVGMatrix has no transformPoint: copied into a DOMMatrix.
        const toLocal = screen ? DOMMatrix.fromMatrix(screen).inverse() : undefined;
        if (toLocal) frame.replaceWith(...backgrounds(frame, toLocal), ...labelText(frame, toLocal, styles));
        else frame.remove();
    }
}

/** A screen rectangle in the frame's parent coordinates (which may be rotated: lane titles are). */
function localBox(rect: DOMRect, toLocal: DOMMatrix): Box {
    const corners = [[rect.left, rect.top], [rect.right, rect.top], [rect.left, rect.bottom], [rect.right, rect.bottom]]
        .map(([x, y]) => toLocal.transformPoint(new DOMPoint(x, y)));
    return {
        left: Math.min(...corners.map(point => point.x)), right: Math.max(...corners.map(point => point.x)),
        top: Math.min(...corners.map(point => point.y)), bottom: Math.max(...corners.map(point => point.y))
    };
}

function svgElement(document: Document, name: string, attributes: Record<string, string | number>): SVGElement {
    const element = document.createElementNS(svgNamespace, name) as SVGElement;
    for (const [attribute, value] of Object.entries(attributes)) element.setAttribute(attribute, String(value));
    return element;
}

const round = (value: number) => String(Math.round(value * 100) / 100);

/** Edge labels sit on a translucent plate so that lines do not run through their text: kept as rectangles. */
function backgrounds(frame: SVGForeignObjectElement, toLocal: DOMMatrix): SVGElement[] {
    return [...frame.querySelectorAll('*')].flatMap(element => {
        const colour = cssColour(getComputedStyle(element).backgroundColor);
        const rect = element.getBoundingClientRect();
        if (!colour || rect.width === 0 || rect.height === 0) return [];
        const box = localBox(rect, toLocal);
        return [svgElement(frame.ownerDocument, 'rect', {
            x: round(box.left), y: round(box.top), width: round(box.right - box.left), height: round(box.bottom - box.top),
            fill: colour.hex, ...colour.opacity < 1 ? { 'fill-opacity': round(colour.opacity) } : {}
        })];
    });
}

/**
 * The label as one <text>: a <tspan> per line of its text (split at `<br>`),
 * which holds its first line as laid out and a nested <tspan> for each line
 * the browser wrapped it into; so each line's text content is the line as
 * written, blanks at wraps included. Nothing when the label is empty.
 */
function labelText(frame: SVGForeignObjectElement, toLocal: DOMMatrix, styles: StyleReader): SVGElement[] {
    const lines = linesOf(glyphsOf(frame, toLocal, styles));
    if (lines.length === 0) return [];
    const document = frame.ownerDocument;
    const anchor = textAnchor(frame);
    // As a style attribute, like the runs' looks: Mermaid's style sheet (`.node .label text {text-anchor: middle}`) cannot
    // override it, and no stroke: a class's `stroke` on the node (the fail point's red border) is inherited by SVG text, not by HTML.
    const text = svgElement(document, 'text', { style: `font-family:${diagramFontFamily.replaceAll('"', "'")};text-anchor:${anchor};stroke:none` });
    // Each line's characters are written as laid out: blanks inside a line are kept, not collapsed by SVG.
    text.setAttributeNS(xmlNamespace, 'xml:space', 'preserve');
    for (const line of lines) {
        const [first, ...wrapped] = line.map(row => positionedRow(document, row, anchor));
        first.append(...wrapped);
        text.append(first);
    }
    return [text];
}

/** One laid-out row of glyphs at its place: anchored at its left, centre or right, on the baseline of its first glyph. */
function positionedRow(document: Document, row: readonly Glyph[], anchor: 'start' | 'middle' | 'end'): SVGElement {
    const box = union(row.map(glyph => glyph.box));
    const first = row.find(glyph => !/^\s+$/u.test(glyph.text)) ?? row[0];
    const x = anchor === 'middle' ? (box.left + box.right) / 2 : anchor === 'end' ? box.right : box.left;
    const y = first.box.top + (first.box.bottom - first.box.top) * first.style.ascentShare;
    const span = svgElement(document, 'tspan', { x: round(x), y: round(y) });
    for (const run of runsOf(row)) {
        const runSpan = svgElement(document, 'tspan', { style: run.style.declarations });
        runSpan.textContent = run.text;
        span.append(runSpan);
    }
    return span;
}

/** Every drawn character (grapheme) of the frame's text, in document order, with its box, look and written line. */
function glyphsOf(frame: SVGForeignObjectElement, toLocal: DOMMatrix, styles: StyleReader): Glyph[] {
    const glyphs: Glyph[] = [];
    const range = frame.ownerDocument.createRange();
    const walker = frame.ownerDocument.createTreeWalker(frame, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    let line = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node instanceof Element) {
            // A <br> or a new paragraph starts a written line.
            if (glyphs.length > 0 && (node.localName === 'br' || !getComputedStyle(node).display.startsWith('inline'))) line = glyphs.at(-1)!.line + 1;
            continue;
        }
        const parent = node.parentElement;
        if (!parent) continue;
        const style = styles.of(parent);
        for (const { segment, index } of segmenter.segment(node.textContent ?? '')) {
            range.setStart(node, index);
            range.setEnd(node, index + segment.length);
            // A collapsed blank has no box: it is not drawn, so not written.
            const rect = [...range.getClientRects()].find(candidate => candidate.width > 0 || candidate.height > 0);
            if (rect) glyphs.push({ text: segment, box: localBox(rect, toLocal), style, line });
        }
    }
    return glyphs;
}

/** Written lines, each as its laid-out rows: a row ends where the next glyph starts below it. */
function linesOf(glyphs: readonly Glyph[]): Glyph[][][] {
    const lines: Glyph[][][] = [];
    for (const glyph of glyphs) {
        const line = lines.at(-1);
        const row = line?.at(-1);
        const previous = row?.at(-1);
        if (!line || !row || !previous || previous.line !== glyph.line) lines.push([[glyph]]);
        else if ((glyph.box.top + glyph.box.bottom) / 2 > previous.box.bottom) line.push([glyph]);
        else row.push(glyph);
    }
    // A line of blanks only draws nothing.
    return lines.filter(line => line.some(row => row.some(glyph => !/^\s+$/u.test(glyph.text))));
}

/** Consecutive glyphs of one look, joined. */
function runsOf(line: readonly Glyph[]): Array<{ text: string; style: RunStyle }> {
    const runs: Array<{ text: string; style: RunStyle }> = [];
    for (const glyph of line) {
        const last = runs.at(-1);
        if (last?.style === glyph.style) last.text += glyph.text;
        else runs.push({ text: glyph.text, style: glyph.style });
    }
    return runs;
}

function union(boxes: readonly Box[]): Box {
    return {
        left: Math.min(...boxes.map(box => box.left)), right: Math.max(...boxes.map(box => box.right)),
        top: Math.min(...boxes.map(box => box.top)), bottom: Math.max(...boxes.map(box => box.bottom))
    };
}

/** Mermaid centres its labels; a viewer with another font then keeps each line centred where it was. */
function textAnchor(frame: SVGForeignObjectElement): 'start' | 'middle' | 'end' {
    const block = frame.firstElementChild;
    const align = block ? getComputedStyle(block).textAlign : 'start';
    return align === 'center' ? 'middle' : align === 'right' || align === 'end' ? 'end' : 'start';
}

/**
 * Reads the look of the elements that hold text: one `RunStyle` object per
 * distinct look, so that runs compare by identity. Written as a style
 * attribute, which Mermaid's style sheet (`.label text {fill: …}`) cannot override.
 */
class StyleReader {
    private readonly byDeclarations = new Map<string, RunStyle>();
    private readonly canvas: CanvasRenderingContext2D | null;

    constructor(document: Document) {
        this.canvas = document.createElement('canvas').getContext('2d');
    }

    of(element: Element): RunStyle {
        const computed = getComputedStyle(element);
        const colour = cssColour(computed.color) ?? { hex: '#000000', opacity: 1 };
        const declarations = [
            `font-size:${computed.fontSize}`,
            `font-weight:${computed.fontWeight}`,
            ...computed.fontStyle === 'normal' ? [] : [`font-style:${computed.fontStyle}`],
            `fill:${colour.hex}`,
            ...colour.opacity < 1 ? [`fill-opacity:${round(colour.opacity)}`] : []
        ].join(';');
        let style = this.byDeclarations.get(declarations);
        if (!style) {
            style = { declarations, ascentShare: this.ascentShare(computed) };
            this.byDeclarations.set(declarations, style);
        }
        return style;
    }

    /** A character's box spans the font's ascent and descent (the content area): the baseline divides it in this ratio. */
    private ascentShare(computed: CSSStyleDeclaration): number {
        if (!this.canvas) return 0.8;
        this.canvas.font = `${computed.fontStyle} ${computed.fontWeight} ${computed.fontSize} ${computed.fontFamily}`;
        const metrics = this.canvas.measureText('Hg');
        const height = metrics.fontBoundingBoxAscent + metrics.fontBoundingBoxDescent;
        return height > 0 ? metrics.fontBoundingBoxAscent / height : 0.8;
    }
}

/** `rgb(…)`/`rgba(…)` as computed styles give them, as hex and opacity; undefined when fully transparent. */
function cssColour(value: string): { hex: string; opacity: number } | undefined {
    const parts = /^rgba?\(([^)]*)\)$/.exec(value.trim())?.[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    if (!parts || parts.length < 3 || parts.some(part => !Number.isFinite(part))) return undefined;
    const opacity = parts[3] ?? 1;
    if (opacity === 0) return undefined;
    const hex = `#${parts.slice(0, 3).map(channel => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
    return { hex, opacity };
}

/// <reference lib="dom" />
/**
 * Checks of exported SVG as programs other than browsers read it: labels as
 * SVG text (no <foreignObject>, no page nonce), every step title in the text
 * of its node, and every label drawn by resvg — a Rust renderer like the ones
 * of Inkscape's and Office's kind, with none of a browser's HTML.
 */
import { Resvg } from '@resvg/resvg-js';
import type { Page } from 'playwright-core';
import { resvgFontFiles } from './resvg-fonts.js';

export interface Box {
    left: number;
    top: number;
    right: number;
    bottom: number;
}

/** What the SVG holds, read in a browser page from the markup as a file holds it. */
export interface SvgLabels {
    parseError: string | null;
    foreignObjects: number;
    nonces: number;
    /** Every <text> with something to show: its text content and its box in the drawing's pixels. */
    texts: Array<{ text: string; box: Box }>;
    /** Mermaid node id → the text content of the node's labels, joined. */
    nodeTexts: Record<string, string>;
}

/** Reads the SVG's labels and where they are, in `page` (any page: the SVG is parsed as XML and laid out there). */
export async function svgLabels(page: Page, svg: string, nodeIds: readonly string[] = []): Promise<SvgLabels> {
    return page.evaluate(({ markup, nodeIds }) => {
        const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml');
        const parseError = parsed.querySelector('parsererror')?.textContent ?? null;
        const host = document.createElement('div');
        host.style.cssText = 'position:absolute;left:0;top:0;margin:0';
        document.body.replaceChildren(host);
        const root = host.appendChild(document.importNode(parsed.documentElement, true));
        const origin = root.getBoundingClientRect();
        const texts = [...root.querySelectorAll('text')].flatMap(text => {
            const rect = text.getBoundingClientRect();
            const content = text.textContent ?? '';
            if (!content.trim() || rect.width === 0 || rect.height === 0) return [];
            return [{ text: content, box: { left: rect.left - origin.left, top: rect.top - origin.top, right: rect.right - origin.left, bottom: rect.bottom - origin.top } }];
        });
        const nodes = [...root.querySelectorAll('g.node')];
        const nodeTexts = Object.fromEntries(nodeIds.map(id => {
            const node = nodes.find(candidate => candidate.getAttribute('data-id') === id || new RegExp(`-flowchart-${id}-\\d+$`).test(candidate.id));
            return [id, node ? [...node.querySelectorAll('text')].map(text => text.textContent ?? '').join('\n') : ''];
        }));
        return { parseError, foreignObjects: root.querySelectorAll('foreignObject').length, nonces: root.querySelectorAll('[nonce]').length, texts, nodeTexts };
    }, { markup: svg, nodeIds });
}

/** The text without any blank or line break: a label's lines wrap where the layout chose, at a blank or inside a word. */
export const unbroken = (text: string) => text.replace(/[\s\u0085]+/gu, '');

/** RGBA pixels of the SVG drawn by resvg at its own size, on white, with the bundled fonts only. */
function rasterise(svg: string): { width: number; height: number; pixels: Buffer } {
    const image = new Resvg(svg, {
        background: 'white',
        font: { loadSystemFonts: false, fontFiles: resvgFontFiles(), defaultFontFamily: 'Noto Sans SC', sansSerifFamily: 'Noto Sans SC' }
    }).render();
    return { width: image.width, height: image.height, pixels: image.pixels };
}

/** A label resvg draws has ink on at least this share of its box (the least inked labels of the examples, one narrow character, have over 6 %). */
const minimumInkShare = 0.02;

export interface LabelInk {
    text: string;
    /** Pixels of the label's box that resvg paints differently once the text is drawn. */
    inked: number;
    area: number;
}

/**
 * How much of each label resvg draws: the SVG is drawn with and without its
 * <text> elements, and the pixels inside each label's box that differ clearly
 * (a channel by more than 64 of 255) are its ink. A label resvg cannot draw
 * (HTML, a missing font, a text outside its box) has none.
 */
export function labelInk(svg: string, texts: SvgLabels['texts']): { labels: LabelInk[]; width: number; height: number } {
    const drawn = rasterise(svg);
    const blank = rasterise(svg.replace(/<text\b[\s\S]*?<\/text>/g, ''));
    const labels = texts.map(({ text, box }) => {
        let inked = 0;
        let area = 0;
        for (let y = Math.max(0, Math.floor(box.top)); y < Math.min(drawn.height, Math.ceil(box.bottom)); y++) {
            for (let x = Math.max(0, Math.floor(box.left)); x < Math.min(drawn.width, Math.ceil(box.right)); x++) {
                const at = (y * drawn.width + x) * 4;
                area++;
                if ([0, 1, 2].some(channel => Math.abs(drawn.pixels[at + channel] - blank.pixels[at + channel]) > 64)) inked++;
            }
        }
        return { text, inked, area };
    });
    return { labels, width: drawn.width, height: drawn.height };
}

/** The labels resvg left blank, by their text. */
export function blankLabels(labels: readonly LabelInk[]): string[] {
    return labels.filter(label => label.inked < Math.max(3, label.area * minimumInkShare)).map(label => label.text);
}

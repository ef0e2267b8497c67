/// <reference lib="dom" />
import mermaid from 'mermaid';
import type { MermaidDiagram } from '../../blueprint/mermaid/index.js';
import { decorateBlueprint } from './decorate-blueprint.js';
import { diagramFontFamily } from './diagram-fonts.js';
import { isDarkTheme, type DiagramTheme } from '#protocol/diagram-theme.js';
import type { RenderOptions } from './render-types.js';
import { convertHtmlLabels } from './text-labels.js';

let initializedTheme: DiagramTheme | undefined;

/**
 * Configures Mermaid for spec-derived diagrams: strict security (labels are
 * sanitised, no click handlers), no scanning of the page, and limits raised
 * for large processes (the defaults, 500 edges and 50 000 characters, refuse
 * them; only the host can raise them, never the diagram text).
 */
export function initializeMermaid({ theme }: { theme: DiagramTheme }): void {
    mermaid.initialize({
        startOnLoad: false,
        securityLevel: 'strict',
        theme: isDarkTheme(theme) ? 'dark' : 'default',
        fontFamily: diagramFontFamily,
        maxEdges: 5000,
        maxTextSize: 500_000,
        // A diagram that fails throws (the host says why) and leaves nothing behind in the page, not Mermaid's error picture.
        suppressErrorRendering: true
    });
    initializedTheme = theme;
}

/**
 * Renders one diagram to standalone SVG markup: well-formed XML with its
 * natural size as width and height, and for a blueprint the lines of
 * interaction, visibility and internal interaction; its labels are SVG text
 * unless `options.htmlLabels`. `id` must be unique in the page that shows the
 * SVG: Mermaid scopes the diagram's styles by it.
 */
export async function renderDiagram(diagram: MermaidDiagram, id: string, options: RenderOptions): Promise<string> {
    if (initializedTheme !== options.theme) initializeMermaid({ theme: options.theme });
    const { svg } = await mermaid.render(id, diagram.text);
    const element = parseSvg(svg);
    setNaturalSize(element);
    if (diagram.view === 'blueprint') decorateBlueprint(element, diagram, options.locale, options.theme);
    // Mermaid's markup is HTML (`<br>` in labels); serialised as XML it also opens in SVG tools.
    return new XMLSerializer().serializeToString(options.htmlLabels ? element : withTextLabels(element));
}

/**
 * Lays the SVG out in this page, out of sight, to rewrite its HTML labels as
 * SVG text where the browser put each line (see text-labels.ts).
 */
function withTextLabels(svg: SVGSVGElement): SVGSVGElement {
    // A style element from a parsed document has no nonce, and the webview's CSP would refuse it (labels would then be
    // laid out without Mermaid's fonts and sizes); one this script creates is let in (extension/src/webview/csp-shims.ts).
    for (const style of svg.querySelectorAll('style')) {
        const created = document.createElementNS('http://www.w3.org/2000/svg', 'style');
        created.textContent = style.textContent;
        style.replaceWith(created);
    }
    const host = document.createElement('div');
    Object.assign(host.style, { position: 'fixed', left: '0', top: '0', visibility: 'hidden', pointerEvents: 'none' });
    const adopted = document.adoptNode(svg);
    host.append(adopted);
    document.body.append(host);
    try {
        convertHtmlLabels(adopted);
    } finally {
        host.remove();
    }
    // The page's nonce (the webview's CSP) means nothing in a file and must not leak into one.
    for (const nonced of adopted.querySelectorAll('[nonce]')) nonced.removeAttribute('nonce');
    return adopted;
}

/** Parses Mermaid's markup in an inert document: nothing in it runs or loads. */
function parseSvg(markup: string): SVGSVGElement {
    const element = new DOMParser().parseFromString(markup, 'text/html').body.firstElementChild;
    if (!(element instanceof SVGSVGElement)) throw new Error('Mermaid did not return an SVG element');
    return element;
}

/**
 * Mermaid sizes its SVG as `width="100%"` with a max-width; a file or a PNG
 * needs the drawing's own size (whole pixels, so a 2× PNG is exactly twice
 * it). A page can still scale it with CSS.
 */
function setNaturalSize(svg: SVGSVGElement): void {
    const [, , width, height] = (svg.getAttribute('viewBox') ?? '').trim().split(/[\s,]+/).map(Number);
    if (!(width > 0 && height > 0)) return;
    svg.setAttribute('width', String(Math.ceil(width)));
    svg.setAttribute('height', String(Math.ceil(height)));
    svg.style.removeProperty('max-width');
    if (!svg.getAttribute('style')) svg.removeAttribute('style');
}

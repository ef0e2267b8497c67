/// <reference lib="dom" />
import { deferStyleAttributes, deferredStyleAttribute, type SvgSize } from './svg-text.js';

/**
 * Mermaid's SVG text as DOM, without tripping the page's CSP: `style`
 * attributes are deferred past the parser and applied through the CSSOM (see
 * csp-shims.ts). Assigning the text to innerHTML instead would drop all of its
 * styling — and report every attribute as a violation.
 */
function parseSvg(svg: string): SVGSVGElement {
    // As HTML, like innerHTML would: Mermaid serialises its labels as HTML (`<br>`, `&nbsp;`), which is not XML.
    const root = new DOMParser().parseFromString(deferStyleAttributes(svg), 'text/html').body.firstElementChild;
    if (!(root instanceof SVGSVGElement)) throw new Error('Mermaid returned no SVG');
    return root;
}

function applyDeferredStyles(root: SVGSVGElement): void {
    for (const element of [root, ...root.querySelectorAll(`[${deferredStyleAttribute}]`)]) {
        const value = element.getAttribute(deferredStyleAttribute);
        if (value === null || !(element instanceof SVGElement || element instanceof HTMLElement)) continue;
        element.removeAttribute(deferredStyleAttribute);
        element.style.cssText = value;
    }
}

/** The SVG as an element of this page; its `<style>` elements carry the page's nonce before they enter it. */
export function svgElement(svg: string, nonce: string): SVGSVGElement {
    const root = parseSvg(svg);
    for (const style of root.querySelectorAll('style')) style.setAttribute('nonce', nonce);
    const adopted = document.adoptNode(root);
    applyDeferredStyles(adopted);
    return adopted;
}

/** The SVG as standalone XML of a fixed pixel size, for drawing it as an image (images are parsed as XML). */
export function svgImageXml(svg: string, size: SvgSize): string {
    const root = parseSvg(svg);
    applyDeferredStyles(root);
    root.setAttribute('width', String(size.width));
    root.setAttribute('height', String(size.height));
    return new XMLSerializer().serializeToString(root);
}

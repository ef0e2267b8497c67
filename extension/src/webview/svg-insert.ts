/// <reference lib="dom" />

/*
 * Mermaid's SVG text as DOM. It is parsed by `DOMParser`, whose `style`
 * attributes the CSP shims pass through the CSSOM (see csp-shims.ts):
 * assigning the text to innerHTML instead would drop all of its styling and
 * report every attribute as a violation.
 */

function parseSvg(svg: string): SVGSVGElement {
    // As HTML, like innerHTML would: Mermaid serialises its labels as HTML (`<br>`, `&nbsp;`), which is not XML.
    const root = new DOMParser().parseFromString(svg, 'text/html').body.firstElementChild;
    if (!(root instanceof SVGSVGElement)) throw new Error('Mermaid returned no SVG');
    return root;
}

/** The SVG as an element of this page; its `<style>` elements carry the page's nonce before they enter it. */
export function svgElement(svg: string, nonce: string): SVGSVGElement {
    const root = parseSvg(svg);
    for (const style of root.querySelectorAll('style')) style.setAttribute('nonce', nonce);
    return document.adoptNode(root);
}

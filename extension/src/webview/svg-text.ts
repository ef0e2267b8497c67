/*
 * String surgery on Mermaid's SVG, before the browser parses it. Pure: no DOM,
 * so it is tested in Node.
 */

/** A tag runs to the first `>` outside quotes (attribute values may hold a raw `>`). */
const tagPattern = /<(?:"[^"]*"|'[^']*'|[^'">])*>/g;
const attributePattern = /(\s+)([^\s=>"'/]+)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?/g;
const rootTagPattern = /<svg\b(?:"[^"]*"|'[^']*'|[^'">])*>/;

/** The attribute that carries a `style` attribute's value past the parser; see `csp-shims.ts`. */
export const deferredStyleAttribute = 'data-svc-style';

/**
 * Renames every `style="…"` attribute to `data-svc-style="…"`. The page's CSP
 * refuses inline style attributes, and reports each one even when an inert
 * DOMParser document parses it; the deferred values are applied afterwards
 * through the CSSOM, which CSP allows. Text between tags is left alone.
 */
export function deferStyleAttributes(svg: string): string {
    return svg.replace(tagPattern, tag => {
        const name = tag.match(/^<\/?[^\s/>]*/)?.[0] ?? '';
        // Attribute by attribute, quoted values as a whole: ` style=` inside a value is not an attribute.
        return name + tag.slice(name.length).replace(attributePattern, (attribute, space: string, attributeName: string, value = '') =>
            attributeName.toLowerCase() === 'style' ? `${space}${deferredStyleAttribute}${value}` : attribute);
    });
}

export interface SvgSize {
    width: number;
    height: number;
}

/** The drawing's size from the root element's viewBox (Mermaid sets `width="100%"` and a viewBox). */
export function svgSize(svg: string): SvgSize | undefined {
    const root = svg.match(rootTagPattern)?.[0];
    const viewBox = root?.match(/\sviewBox\s*=\s*["']([^"']*)["']/i)?.[1].trim().split(/[\s,]+/).map(Number);
    if (viewBox?.length === 4 && viewBox[2] > 0 && viewBox[3] > 0 && viewBox.every(Number.isFinite)) return { width: viewBox[2], height: viewBox[3] };
    const attribute = (name: string) => Number(root?.match(new RegExp(`\\s${name}\\s*=\\s*["']([\\d.]+)(px)?["']`, 'i'))?.[1]);
    const width = attribute('width');
    const height = attribute('height');
    return width > 0 && height > 0 ? { width, height } : undefined;
}

/** Canvas sides above ~16k pixels fail in Chromium: the largest scale up to `wanted` that fits. */
export function pngScale(size: SvgSize, wanted: number, maxSide = 16_384, maxPixels = 200_000_000): number {
    const bySide = maxSide / Math.max(size.width, size.height);
    const byArea = Math.sqrt(maxPixels / (size.width * size.height));
    return Math.min(wanted, bySide, byArea);
}

/// <reference lib="dom" />
import { deferStyleAttributes, deferredStyleAttribute } from './svg-text.js';

/**
 * Lets Mermaid work under the preview's CSP without 'unsafe-inline'.
 *
 * While it draws, Mermaid measures text in the live page: it adds a `<style>`
 * element (theme fonts and sizes) and sets `style` attributes on labels. The CSP
 * refuses both, so the measurements came out in the wrong font and labels were
 * clipped (checked in headless Chromium: with these shims the drawing is pixel
 * for pixel the one made without any CSP). So:
 * - a `<style>` element created by script gets the page's nonce — markup
 *   injected as text (innerHTML) still cannot add styles;
 * - `setAttribute('style', …)` goes through the CSSOM (`style.cssText`), which
 *   CSP does not restrict; the resulting declarations are the same;
 * - markup parsed by `DOMParser` (Mermaid's DOMPurify, our SVG post-processing)
 *   gets its `style` attributes through the CSSOM too: nothing there is ever
 *   displayed, but Chromium reported every one as a violation (~200 console
 *   errors per drawing) although the parsed document came out the same.
 * Only the webview's own bundle runs here, so only its code uses these paths.
 */
export function installCspShims(nonce: string): void {
    const createElement = Document.prototype.createElement;
    Document.prototype.createElement = function (this: Document, tagName: string, options?: ElementCreationOptions): HTMLElement {
        const element = createElement.call(this, tagName, options);
        if (tagName.toLowerCase() === 'style') element.setAttribute('nonce', nonce);
        return element;
    } as typeof Document.prototype.createElement;

    const createElementNS = Document.prototype.createElementNS;
    Document.prototype.createElementNS = function (this: Document, namespace: string | null, qualifiedName: string, options?: ElementCreationOptions): Element {
        const element = createElementNS.call(this, namespace, qualifiedName, options);
        if (element.localName === 'style') element.setAttribute('nonce', nonce);
        return element;
    } as typeof Document.prototype.createElementNS;

    const parseFromString = DOMParser.prototype.parseFromString;
    DOMParser.prototype.parseFromString = function (this: DOMParser, markup: string, type: DOMParserSupportedType): Document {
        const parsed = parseFromString.call(this, deferStyleAttributes(String(markup)), type);
        for (const element of parsed.querySelectorAll(`[${deferredStyleAttribute}]`)) {
            const value = element.getAttribute(deferredStyleAttribute) ?? '';
            element.removeAttribute(deferredStyleAttribute);
            if (hasInlineStyle(element)) element.style.cssText = value;
        }
        return parsed;
    };

    const setAttribute = Element.prototype.setAttribute;
    Element.prototype.setAttribute = function (this: Element, name: string, value: string): void {
        if (name.toLowerCase() === 'style' && hasInlineStyle(this)) this.style.cssText = String(value);
        else setAttribute.call(this, name, value);
    };
}

function hasInlineStyle(element: Element): element is HTMLElement | SVGElement {
    return element instanceof HTMLElement || element instanceof SVGElement;
}

/// <reference lib="dom" />

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
 *   CSP does not restrict; the resulting declarations are the same.
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

    const setAttribute = Element.prototype.setAttribute;
    Element.prototype.setAttribute = function (this: Element, name: string, value: string): void {
        if (name.toLowerCase() === 'style' && hasInlineStyle(this)) this.style.cssText = String(value);
        else setAttribute.call(this, name, value);
    };
}

function hasInlineStyle(element: Element): element is HTMLElement | SVGElement {
    return element instanceof HTMLElement || element instanceof SVGElement;
}

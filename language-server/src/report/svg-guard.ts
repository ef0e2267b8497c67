/**
 * The blueprint SVGs come from Mermaid with `securityLevel: 'strict'`, so they
 * carry no active content; this check is the second line behind that (and
 * behind the page's Content-Security-Policy): an SVG with a script, an event
 * handler, a `javascript:` link or a remote resource is not inlined at all.
 * Only tags are inspected — label text such as `onerror=` is escaped there.
 */
export function inlineableSvg(svg: string): string | undefined {
    // An XML prolog or doctype is not allowed inside HTML.
    const body = svg.replace(/^\s*(<\?xml[^>]*\?>\s*)?(<!DOCTYPE[^>]*>\s*)?/i, '').trim();
    if (!/^<svg[\s>]/i.test(body) || !/<\/svg>$/i.test(body)) return undefined;
    // A tag runs to the first `>` outside quotes: `<a title=">" onclick=…>` is one tag.
    const tags = body.match(/<(?:"[^"]*"|'[^']*'|[^'">])*>/g) ?? [];
    const active = tags.some(tag =>
        /^<\s*\/?\s*(script|iframe|embed|object)\b/i.test(tag)
        || /\son[a-z]+\s*=/i.test(tag)
        || /\b(href|src)\s*=\s*["']?\s*(https?:|\/\/|javascript:|data:text\/html)/i.test(tag));
    const remoteStyle = /url\(\s*["']?\s*(https?:|\/\/)|@import/i.test(body);
    return active || remoteStyle ? undefined : body;
}

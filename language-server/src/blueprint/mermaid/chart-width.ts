/*
 * Chart titles are one line of SVG text in a chart of fixed width: Mermaid
 * neither wraps nor widens them, and cuts what runs past the edge. The
 * generator estimates how wide a title is drawn and sizes the chart to it.
 */

/** Characters drawn about one em wide: CJK ideographs and punctuation, kana, Hangul, full-width forms. */
const wide = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/** The drawn width of a line of text, in pixels, at `fontSize`: wide characters one em, others a little over half. */
export function textWidth(text: string, fontSize: number): number {
    let ems = 0;
    for (const char of text) ems += wide.test(char) ? 1 : 0.58;
    return ems * fontSize;
}

/** A chart width between `minimum` and `maximum` that holds the title with a margin on each side. */
export function widthFor(title: string, fontSize: number, minimum: number, maximum: number): number {
    return Math.round(Math.min(maximum, Math.max(minimum, textWidth(title, fontSize) + 2 * fontSize)));
}

/** The text cut with `…` so that it is drawn at most `width` pixels wide; unchanged when it fits. */
export function shorten(text: string, width: number, fontSize: number): string {
    if (textWidth(text, fontSize) <= width) return text;
    let kept = '';
    for (const char of text) {
        if (textWidth(`${kept}${char}…`, fontSize) > width) break;
        kept += char;
    }
    return `${kept.trimEnd()}…`;
}

/**
 * Spec text inside Mermaid labels. Every user string reaches the diagram
 * only through `label()`, as the content of a double-quoted label, so the
 * text can never end the label, start a directive, a comment, a markdown or
 * math string, an HTML tag, or a new statement.
 */

/** Label text that is already encoded: the only kind `MermaidWriter` accepts. */
export type Label = string & { readonly __encodedLabel: true };

/** ASCII kept as is: none of these ends a quoted string or means anything inside one. */
const plainAscii = /^[A-Za-z0-9 .,:!?\-_/'+=*@~^]$/;

/** Any break or blank, including U+2028/U+2029/U+0085, becomes one space: a label is one line. */
const blanks = /[\s\u0085]+/gu;

/** Control characters carry nothing readable; they are dropped. */
const control = /^\p{Cc}$/u;

/**
 * Invisible or private characters, and the two characters Mermaid uses in its
 * own entity placeholders (`ﬂ°°60¶ß`), are written as entities too.
 */
const unusual = /^[\p{Cf}\p{Co}\p{Cs}\p{Cn}\uFB02\u00B6]$/u;

/**
 * Encodes a user string for a double-quoted Mermaid label: ASCII letters,
 * digits and harmless punctuation stay, other ASCII (`"`, `#`, `%`, `<`, `>`,
 * `&`, brackets, braces, `|`, `;`, backtick, `$`, `\`) becomes a Mermaid
 * entity code (`#34;`), which Mermaid turns into an HTML character reference
 * after parsing — text, never markup. Letters of other scripts (Chinese)
 * stay readable.
 */
export function encodeLabel(text: string): string {
    let encoded = '';
    for (const char of text.replace(blanks, ' ').trim()) {
        const code = char.codePointAt(0) ?? 0;
        if (control.test(char)) continue;
        const keep = code < 0x80 ? plainAscii.test(char) : !unusual.test(char);
        encoded += keep ? char : `#${code};`;
    }
    return encoded;
}

/** An edge's condition as its label; none without a condition. */
export function conditionLabel(condition: string | undefined): Label | undefined {
    return condition === undefined ? undefined : label(condition);
}

/** A label of one or more lines: each line encoded, empty lines left out, joined by our own `<br/>`. */
export function label(...lines: Array<string | undefined>): Label {
    const encoded = lines.map(line => encodeLabel(line ?? '')).filter(line => line.length > 0);
    // An empty label would read as a missing one; a space keeps the node's shape.
    return (encoded.length > 0 ? encoded.join('<br/>') : ' ') as Label;
}

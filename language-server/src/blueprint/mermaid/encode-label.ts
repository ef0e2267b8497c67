/**
 * Spec text inside Mermaid labels. Every user string reaches the diagram
 * only through `label()`, as the content of a double-quoted label, so the
 * text can never end the label, start a directive, a comment, a markdown or
 * math string, an HTML tag, or a new statement.
 */

/** Label text that is already encoded: the only kind `MermaidWriter` accepts. */
export type Label = string & { readonly __encodedLabel: true };

/**
 * ASCII kept as is: none of these ends a quoted string or means anything inside one.
 * Not `:`: Mermaid drops the last `;` of any line matching `style…:…#…;` (and `classDef…`)
 * before it reads entity codes, so `fill:#f00` would show as `fill:#35f00`.
 */
const plainAscii = /^[A-Za-z0-9 .,!?\-_/'+=*@~^]$/;

/** Any break or blank, including U+2028/U+2029/U+0085, becomes one space: a label is one line. */
const blanks = /[\s\u0085]+/gu;

/** Control characters other than blanks carry nothing readable; they are dropped. */
const control = /(?![\t\n\v\f\r\u0085])\p{Cc}/gu;

/**
 * Invisible or private characters, and the two characters Mermaid uses in its
 * own entity placeholders (`ﬂ°°60¶ß`), are written as entities too.
 */
const unusual = /^[\p{Cf}\p{Co}\p{Cs}\p{Cn}\uFB02\u00B6]$/u;

/**
 * Pairs of characters that Mermaid's HTML labels read as syntax once its
 * sanitiser has turned our codes back into characters (it does so in a label
 * holding a tag, such as our `<br/>`): `\n` becomes a line break, `$$` starts
 * KaTeX, `fa:fa-x` an icon, `ﬂ°` and `¶ß` its own entity placeholders. An
 * empty `<wbr>` element between the two keeps them apart and draws nothing.
 */
const syntaxJoints = /\\(?=n)|\$(?=\$)|:(?=fa-)|\uFB02(?=°)|\u00B6(?=ß)/giu;

/** Mermaid's tag that draws nothing between two characters (HTML labels only; charts have none). */
const joint = '<wbr>';

/**
 * A label wraps at blanks only: a word longer than the wrap width (a URL, a
 * code, 260 letters without a space) would widen its node past 2000 px.
 * A `<wbr>` after every few characters of such a word lets it wrap there.
 */
const longWordPiece = /[^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{18}(?=[^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])/gu;

/**
 * Encodes a user string for a double-quoted Mermaid string: ASCII letters,
 * digits and harmless punctuation stay, other ASCII (`"`, `#`, `%`, `<`, `>`,
 * `&`, `:`, brackets, braces, `|`, `;`, backtick, `$`, `\`) becomes a Mermaid
 * entity code (`#34;`), which Mermaid turns into an HTML character reference
 * after parsing — text, never markup. Letters of other scripts (Chinese)
 * stay readable. Charts use it as is; flowchart labels go through `label()`.
 */
export function encodeLabel(text: string): string {
    return encodeLine(oneLine(text), () => false);
}

/** An edge's condition as its label; none without a condition. */
export function conditionLabel(condition: string | undefined): Label | undefined {
    return condition === undefined ? undefined : label(condition);
}

/** A label of one or more lines: each line encoded, empty lines left out, joined by our own `<br/>`. */
export function label(...lines: Array<string | undefined>): Label {
    const encoded = lines.map(line => encodeLabelLine(line ?? '')).filter(line => line.length > 0);
    // An empty label would read as a missing one; a space keeps the node's shape.
    return (encoded.length > 0 ? encoded.join('<br/>') : ' ') as Label;
}

/** One line of an HTML label: encoded, with a `<wbr>` inside each pair Mermaid would read as syntax and in long words. */
function encodeLabelLine(text: string): string {
    const line = oneLine(text);
    const joints = new Set([
        ...[...line.matchAll(syntaxJoints)].map(match => match.index),
        // After the piece's last character (which may take two UTF-16 units).
        ...[...line.matchAll(longWordPiece)].map(match => match.index + match[0].length - ([...match[0]].at(-1)?.length ?? 1))
    ]);
    return encodeLine(line, index => joints.has(index));
}

/** Blanks collapsed, control characters dropped (before joints are found: a dropped character joins its neighbours). */
function oneLine(text: string): string {
    return text.replace(control, '').replace(blanks, ' ').trim();
}

/** Encodes character by character; `jointAfter(i)` says whether a `<wbr>` follows the character at UTF-16 index i. */
function encodeLine(line: string, jointAfter: (index: number) => boolean): string {
    let encoded = '';
    let index = 0;
    for (const char of line) {
        const code = char.codePointAt(0) ?? 0;
        const keep = code < 0x80 ? plainAscii.test(char) : !unusual.test(char);
        encoded += keep ? char : `#${code};`;
        if (jointAfter(index)) encoded += joint;
        index += char.length;
    }
    return encoded;
}

/** The most characters of a cell that a message quotes: enough to recognise it, never a whole 5 MB cell. */
export const maxQuotedCharacters = 60;

/** Characters that would break a message's line, or reorder it on screen (Trojan Source): C0/C1 controls, line separators, bidi controls. */
const unseen = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A cell's text as a message quotes it: `'text'` in English, `“text”` in
 * Chinese. At most `maxQuotedCharacters` characters (code points, so no
 * surrogate pair is cut), then `…`; a line break, a control or a bidi
 * character is written as an escape (`\n`, `\u202E`) so that the message
 * stays one line that reads as written.
 */
export function quoteCell(text: string): { en: string; zh: string } {
    let kept = '';
    let count = 0;
    for (const character of text) {
        if (count === maxQuotedCharacters) {
            kept += '…';
            break;
        }
        kept += character;
        count++;
    }
    const shown = kept.replace(unseen, character => named[character] ?? `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
    return { en: `'${shown}'`, zh: `“${shown}”` };
}

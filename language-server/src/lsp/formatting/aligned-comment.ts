/**
 * A block comment whose continuation lines all start with `*` (the doc comment style)
 * gets its stars lined up under the first one, wherever the comment now starts
 * (`column`, 0-based); any other comment is kept exactly as written. Doc texts do not
 * change: the documentation reader drops the leading `*` of each line.
 */
export function alignedComment(text: string, column: number): string {
    const parts = text.split(/(\r\n|\r|\n)/);
    const continuation = parts.filter((_, index) => index > 0 && index % 2 === 0);
    if (!text.startsWith('/*') || continuation.length === 0 || !continuation.every(line => /^[ \t]*\*/.test(line))) return text;
    return parts.map((part, index) => index > 0 && index % 2 === 0 ? ' '.repeat(column + 1) + part.replace(/^[ \t]*/, '') : part).join('');
}

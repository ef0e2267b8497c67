const entities: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };

/**
 * Plain text that reads as itself anywhere inline in Markdown, table cells
 * included: emphasis, code, link, table, heading and math characters are
 * backslash-escaped, HTML characters become entities (a Markdown-to-HTML
 * converter must not meet a raw tag), and line breaks become `<br>`, since a
 * raw line break would end a table row or start a new block.
 */
export function markdownText(text: string): string {
    return text
        .replace(/[\\`*_[\]|~#$<>&]/g, character => entities[character] ?? `\\${character}`)
        .replace(/\r\n|\r|\n/g, '<br>');
}

/** A fence longer than any backtick run in the text, so that the text cannot close it. */
export function codeFence(text: string): string {
    const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map(run => run.length));
    return '`'.repeat(Math.max(3, longestRun + 1));
}

/** A relative path as a link destination: percent-encoded, so spaces, parentheses and CJK names survive. */
export function markdownPath(path: string): string {
    return path.split(/[/\\]/).map(segment => encodeURIComponent(segment).replace(/[()]/g, character => `%${character.charCodeAt(0).toString(16).toUpperCase()}`)).join('/');
}

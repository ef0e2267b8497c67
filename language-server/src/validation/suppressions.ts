const directive = /\/\/\s*svc-disable-next-line\b([^\n]*)/;
const stringLiteral = /"(\\.|[^"\\\r\n])*"/g;

/**
 * Lines silenced by `// svc-disable-next-line [rule-id, ...]` (0-based line of
 * the silenced line → its rule ids, or 'all'). Text after ` -- ` is a reason.
 */
export function findSuppressions(text: string): Map<number, Set<string> | 'all'> {
    const result = new Map<number, Set<string> | 'all'>();
    // Most specs have none: no split of the whole text into lines at every check.
    if (!text.includes('svc-disable-next-line')) return result;
    const lines = text.split(/\r\n|\r|\n/);
    for (let line = 0; line < lines.length; line++) {
        if (!lines[line].includes('svc-disable-next-line')) continue;
        const match = directive.exec(lines[line].replace(stringLiteral, '""'));
        if (!match) continue;
        const ids = match[1].split(' -- ')[0].split(/[\s,]+/).filter(id => id.length > 0);
        result.set(line + 1, ids.length === 0 ? 'all' : new Set(ids));
    }
    return result;
}

export function isSuppressed(suppressions: Map<number, Set<string> | 'all'>, line: number, ruleId: string): boolean {
    const entry = suppressions.get(line);
    return entry === 'all' || (entry !== undefined && entry.has(ruleId));
}

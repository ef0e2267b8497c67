import { createHash } from 'node:crypto';
import type { CliDiagnostic } from '../check-result.js';

/**
 * The key GitHub code scanning matches alerts by across runs. Given in the
 * log, it replaces the one GitHub would compute from the lines around a
 * result, which changes whenever a neighbouring line does.
 */
const fingerprintKey = 'primaryLocationLineHash';

/**
 * One fingerprint per diagnostic of a file (in the file's order): a hash of
 * the rule id, the file's path and the flagged line's text with its spacing
 * collapsed, then `:n` for the n-th such finding. No line number goes in, so
 * a finding keeps its fingerprint when lines above it come or go or the file
 * is re-indented.
 */
export function partialFingerprints(path: string, text: string, diagnostics: readonly CliDiagnostic[]): Array<Record<string, string>> {
    const lines = text.split(/\r\n?|\n/);
    const occurrences = new Map<string, number>();
    return diagnostics.map(diagnostic => {
        const line = (lines[diagnostic.range.start.line - 1] ?? '').trim().replace(/\s+/g, ' ');
        const hash = createHash('sha256').update([diagnostic.rule, path, line].join('\0')).digest('hex').slice(0, 32);
        const occurrence = (occurrences.get(hash) ?? 0) + 1;
        occurrences.set(hash, occurrence);
        return { [fingerprintKey]: `${hash}:${occurrence}` };
    });
}

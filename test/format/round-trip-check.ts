import { expect } from 'vitest';
import { FormatHarness, normalizedAst, piecesOf } from './format-harness.js';

const harness = new FormatHarness();

export interface SpecFile {
    name: string;
    text: string;
}

/** Canonical whitespace: nothing, one space, or one or two line breaks and an indentation of whole levels. */
const canonicalGap = /^(| |(\r?\n){1,2}( {2})*)$/;

/**
 * Formats every file of one workspace and checks what the formatter promises: the
 * result is stable, has the same syntax tree, the same tokens and comments in the same
 * order (so no comment moved to another element), the same documentation, canonical
 * whitespace only, and the workspace reports the same diagnostics. Returns how many
 * files changed and the diagnostics of each file.
 */
export async function expectRoundTrip(files: readonly SpecFile[]): Promise<{ changed: number; diagnostics: string[][] }> {
    let changed = 0;
    const formatted: string[] = [];
    for (const file of files) {
        const before = harness.parse(file.text);
        expect(harness.hasSyntaxErrors(before), `${file.name} has syntax errors`).toBe(false);
        const once = await harness.format(file.text);
        const after = harness.parse(once);
        expect(harness.hasSyntaxErrors(after), `${file.name}: the formatted text has syntax errors`).toBe(false);
        expect(await harness.format(once), `${file.name}: formatting twice changes the text`).toBe(once);
        expect(normalizedAst(after.parseResult.value), `${file.name}: syntax tree`).toEqual(normalizedAst(before.parseResult.value));
        expect(piecesOf(after), `${file.name}: tokens and comments`).toEqual(piecesOf(before));
        expect(harness.documentation(after), `${file.name}: doc comments`).toEqual(harness.documentation(before));
        const gaps = harness.gaps(after)!;
        expect(gaps.slice(0, -1).filter(gap => !canonicalGap.test(gap)), `${file.name}: whitespace`).toEqual([]);
        expect(gaps.at(-1), `${file.name}: ends with one line break`).toMatch(/^\r?\n$/);
        expect(harness.formatter().formattedText(before), `${file.name}: LSP edits and formattedText agree`).toBe(once);
        if (once !== file.text) changed++;
        formatted.push(once);
    }
    const diagnostics = await harness.diagnostics(files.map(file => file.text));
    expect(await harness.diagnostics(formatted), 'diagnostics after formatting').toEqual(diagnostics);
    return { changed, diagnostics };
}

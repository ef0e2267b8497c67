import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { corpusExists, corpusRoot, corpusWorkspaces } from '../helpers/corpus.js';
import { generateSpecs } from '../helpers/generate-specs.js';
import { FormatHarness, normalizedAst, piecesOf } from './format-harness.js';

const harness = new FormatHarness();
const repo = resolve(import.meta.dirname, '../..');

interface SpecFile {
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
async function expectRoundTrip(files: readonly SpecFile[]): Promise<{ changed: number; diagnostics: string[][] }> {
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

function specFiles(folder: string, names: readonly string[]): SpecFile[] {
    return names.map(name => ({ name: relative(repo, join(folder, name)), text: readFileSync(join(folder, name), 'utf-8') }));
}

describe('formatting the examples', () => {
    const folders = readdirSync(join(repo, 'examples'), { withFileTypes: true }).filter(entry => entry.isDirectory()).map(entry => join(repo, 'examples', entry.name));
    test('there are examples', () => expect(folders.length).toBeGreaterThanOrEqual(5));
    test.each(folders.map(folder => [relative(repo, folder), folder]))('%s keeps its meaning and is stable', async (_, folder) => {
        await expectRoundTrip(specFiles(folder, readdirSync(folder).filter(name => name.endsWith('.svc'))));
    });
});

describe('formatting the conformance corpus (read in place)', () => {
    test('the corpus is there', () => expect(corpusExists(), `conformance corpus missing at ${corpusRoot}`).toBe(true));
    test.each(corpusWorkspaces().map(workspace => [relative(corpusRoot, workspace.folder), workspace.files]))('%s keeps its meaning and is stable', async (_, files) => {
        await expectRoundTrip(files.map(file => ({ name: relative(corpusRoot, file), text: readFileSync(file, 'utf-8') })));
    });
});

describe('formatting generated specs', () => {
    const specs = generateSpecs(240);

    test('240 generated specs parse and link cleanly, keep their meaning and are stable', async () => {
        let changed = 0;
        for (const spec of specs) {
            const name = `generated spec, seed ${spec.seed}`;
            const result = await expectRoundTrip([{ name, text: spec.text }]);
            const [diagnostics] = result.diagnostics;
            expect(diagnostics.filter(line => /^(syntax-error|unresolved-reference|duplicate-name):/.test(line)), name).toEqual([]);
            changed += result.changed;
        }
        // The generator writes non-canonical layouts, so nearly every spec is really reformatted.
        expect(changed).toBeGreaterThanOrEqual(specs.length * 0.9);
    }, 300_000);
});

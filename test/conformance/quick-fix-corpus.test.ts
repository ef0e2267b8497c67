import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { diagnose, type TestDiagnostic } from '../helpers/diagnose.js';
import { corpusRoot, corpusWorkspaces } from '../helpers/corpus.js';
import { applyFix, everyOffer } from '../helpers/quick-fix-kit.js';

const breaking = ['syntax-error', 'unresolved-reference', 'duplicate-name'];

/** The corpus's `bad/` workspaces: its examples are clean by contract. */
const badWorkspaces = corpusWorkspaces().filter(workspace => relative(corpusRoot, workspace.folder).startsWith('bad'));

/**
 * Every action offered for every diagnostic of the corpus's bad specs: applied, the
 * workspace still parses and links as before, and a preferred fix removes its diagnostic.
 */
describe('quick fixes across the conformance corpus', () => {
    for (const workspace of badWorkspaces) {
        test(relative(corpusRoot, workspace.folder), { timeout: 300_000 }, async () => {
            const specs = Object.fromEntries(workspace.files.map(file => [relative(workspace.folder, file), readFileSync(file, 'utf-8')]));
            const offers = await everyOffer(specs);
            const before = await diagnose(specs);
            const count = (rules: string[], diagnostics: TestDiagnostic[]) => diagnostics.filter(diagnostic => rules.includes(diagnostic.rule)).length;
            expect(offers.length).toBeGreaterThan(0);
            for (const offer of offers) {
                expect(offer.actions.filter(action => action.isPreferred).length, `${offer.file}:${offer.diagnostic.range.start.line + 1} ${String(offer.diagnostic.code)}`).toBeLessThanOrEqual(1);
                for (const action of offer.actions) {
                    const applied = await applyFix(offer, action.title);
                    const at = `${offer.file}:${offer.diagnostic.range.start.line + 1} "${action.title}"`;
                    expect(count(breaking, applied.diagnostics), at).toBeLessThanOrEqual(count(breaking, before));
                    if (action.isPreferred) {
                        const rule = String(offer.diagnostic.code);
                        expect(count([rule], applied.diagnostics), at).toBeLessThan(count([rule], before));
                    }
                }
            }
        });
    }
});

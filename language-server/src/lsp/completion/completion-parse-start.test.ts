import { readFileSync } from 'node:fs';
import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { DefaultCompletionProvider, type NextFeature } from 'langium/lsp';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Model } from '../../generated/ast.js';
import { createNodeSvcServices } from '../../svc-node-services.js';
import { completionParseStart } from './completion-parse-start.js';

const { Svc } = createNodeSvcServices(EmptyFileSystem);
const parse = parseHelper<Model>(Svc);
type FeatureFinder = { findFeaturesAt(document: TextDocument, offset: number): NextFeature[] };
const ours = Svc.lsp.CompletionProvider as unknown as FeatureFinder;
const fromTheTop = (document: TextDocument, offset: number) =>
    (DefaultCompletionProvider.prototype as unknown as FeatureFinder).findFeaturesAt.call(ours, document, offset);

const example = readFileSync(new URL('../../../../examples/ecommerce/return-refund.svc', import.meta.url), 'utf-8');
const texts = {
    example,
    'half-written last element': `${example}\nservice Late { process P { step A by `,
    'error in the middle': example.replace('process', 'process {{'),
    'unclosed first element': `service Open { actor A frontstage\n${example}`
};

const describeFeatures = (features: NextFeature[]) => features.map(next => [next.feature, next.type, next.property]);

describe('completion parsing from the enclosing top-level element', () => {
    test.each(Object.entries(texts))('finds the same next features as parsing from the top (%s)', async (_, text) => {
        const document: LangiumDocument = await parse(text);
        let shortened = 0;
        for (let offset = 0; offset <= text.length; offset += 13) {
            if (completionParseStart(document, offset) > 0) shortened++;
            expect(describeFeatures(ours.findFeaturesAt(document.textDocument, offset)), `offset ${offset}`)
                .toEqual(describeFeatures(fromTheTop(document.textDocument, offset)));
        }
        if (!text.startsWith('service Open')) expect(shortened).toBeGreaterThan(0);
    });

    test('starts at the top when an error precedes the element', async () => {
        const document = await parse(`service A { process { } }\nservice B { }`);
        expect(completionParseStart(document, document.textDocument.getText().length - 2)).toBe(0);
    });
});

import { readFileSync } from 'node:fs';
import { AstUtils, DefaultScopeProvider, EmptyFileSystem, URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { generateSpecs } from '../../../test/helpers/generate-specs.js';
import { createSvcServices } from '../svc-module.js';

/** Examples (one references the other's library), generated specs, and a half-written one. */
const files: Record<string, string> = {
    'library.svc': readFileSync(new URL('../../../examples/hospitality/hotel-library.svc', import.meta.url), 'utf-8'),
    'room.svc': readFileSync(new URL('../../../examples/hospitality/room-service.svc', import.meta.url), 'utf-8'),
    ...Object.fromEntries(generateSpecs(12).map((spec, index) => [`generated-${index}.svc`, spec.text])),
    'broken.svc': 'service S { actor A frontstage step X by A { next Y } process P { step Y by A, B { next S.Y, Missing } } step Z { standard } }'
};

describe('the indexed scope provider', () => {
    test('resolves every reference of a workspace to what Langium\'s scanning scope resolves it to, and offers the same candidates', async () => {
        const { shared, Svc } = createSvcServices(EmptyFileSystem);
        const documents = Object.entries(files).map(([name, text]) => {
            const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`memory:///ws/${name}`));
            shared.workspace.LangiumDocuments.addDocument(document);
            return document;
        });
        await shared.workspace.DocumentBuilder.build(documents, { validation: false });
        const scanning = new DefaultScopeProvider(Svc);
        let compared = 0;
        for (const document of documents) {
            for (const node of AstUtils.streamAst(document.parseResult.value)) {
                for (const reference of AstUtils.streamReferences(node)) {
                    const ours = Svc.references.ScopeProvider.getScope(reference);
                    const theirs = scanning.getScope(reference);
                    const name = reference.reference.$refText;
                    expect(ours.getElement(name)?.node, `${document.uri.path}: ${name}`).toBe(theirs.getElement(name)?.node);
                    const candidates = (scope: typeof ours) => scope.getAllElements().map(description => `${description.name} ${description.path}`).toArray().sort();
                    if (compared % 25 === 0) expect(candidates(ours)).toEqual(candidates(theirs));
                    compared++;
                }
            }
        }
        expect(compared).toBeGreaterThan(500);
    });
});

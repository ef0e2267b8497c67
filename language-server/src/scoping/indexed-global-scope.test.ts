import { EmptyFileSystem, MultiMapScope, URI, type LangiumDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import { generateSpecs } from '../../../test/helpers/generate-specs.js';
import { createNodeSvcServices } from '../svc-node-services.js';
import type { SvcIndexManager } from '../workspace/svc-index-manager.js';
import { IndexedGlobalScope } from './indexed-global-scope.js';

describe('the global scope looked up in the index', () => {
    test('finds what Langium\'s scope over all elements finds, for every type and name, with names declared in several files, and after documents are built again', async () => {
        const { shared } = createNodeSvcServices(EmptyFileSystem);
        const index = shared.workspace.IndexManager as SvcIndexManager;
        const specs = generateSpecs(6);
        // Each spec twice: every name is exported by two documents.
        const documents: LangiumDocument[] = [...specs, ...specs].map(({ seed, text }, position) => {
            const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///ws/${position}-${seed}.svc`));
            shared.workspace.LangiumDocuments.addDocument(document);
            return document;
        });
        await shared.workspace.DocumentBuilder.build(documents, { validation: false });
        const types = shared.AstReflection.getAllTypes();

        const compare = (label: string) => {
            let found = 0;
            for (const type of types) {
                const langiums = new MultiMapScope(index.allElements(type));
                const indexed = new IndexedGlobalScope(index, type);
                const names = new Set(index.allElements(type).map(description => description.name));
                for (const name of [...names, 'NoSuchName']) {
                    expect(indexed.getElement(name), `${label} ${type} ${name}`).toBe(langiums.getElement(name));
                    expectSameElements(indexed.getElements(name).toArray(), langiums.getElements(name).toArray(), `${label} ${type} ${name}`);
                    if (indexed.getElement(name)) found++;
                }
                expectSameElements(indexed.getAllElements().toArray(), langiums.getAllElements().toArray(), `${label} ${type}`);
            }
            expect(found, label).toBeGreaterThan(100);
        };
        compare('built');
        // A document built again goes to the end of the index's order: which duplicate comes first changes.
        for (const document of [documents[0], documents[3]]) {
            await shared.workspace.DocumentBuilder.update([], [document.uri]);
            const again = shared.workspace.LangiumDocumentFactory.fromString(document.textDocument.getText(), document.uri);
            shared.workspace.LangiumDocuments.addDocument(again);
            await shared.workspace.DocumentBuilder.build([again], { validation: false });
        }
        compare('rebuilt');
    });
});

/** The same descriptions (not equal copies), in the same order. */
function expectSameElements(actual: readonly unknown[], expected: readonly unknown[], label: string): void {
    expect(actual.length, label).toBe(expected.length);
    actual.forEach((element, position) => expect(element, `${label} #${position}`).toBe(expected[position]));
}

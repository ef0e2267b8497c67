import { DefaultAstNodeDescriptionProvider } from 'langium';
import type { Model } from '../generated/ast.js';
import { describe, expect, test } from 'vitest';
import { linkedWorkspace, referenceWorkspaceFiles } from '../../../test/helpers/reference-workspace.js';

describe('the descriptions of named elements', () => {
    test('say what Langium\'s say, segments included, for every exported and local symbol of a workspace', async () => {
        const { Svc, documents } = await linkedWorkspace(referenceWorkspaceFiles(6));
        const langium = new DefaultAstNodeDescriptionProvider(Svc);
        let compared = 0;
        for (const document of documents) {
            const services = (document.parseResult.value as Model).elements;
            const local = services.flatMap(service => document.localSymbols?.getStream(service).toArray() ?? []);
            const exported = Svc.shared.workspace.IndexManager.allElements().filter(description => description.documentUri.toString() === document.uri.toString()).toArray();
            for (const ours of [...local, ...exported]) {
                const theirs = langium.createDescription(ours.node!, ours.name, document);
                const seen = ({ node, name, type, documentUri, path, nameSegment, selectionSegment }: typeof ours) => ({ node, name, type, documentUri, path, nameSegment, selectionSegment });
                expect(seen(ours), `${document.uri.path}: ${ours.name}`).toEqual(seen(theirs));
                compared++;
            }
        }
        expect(compared).toBeGreaterThan(500);
    });
});

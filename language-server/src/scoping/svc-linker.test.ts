import { DefaultLinker } from 'langium';
import { describe, expect, test } from 'vitest';
import { linkedWorkspace, referenceWorkspaceFiles } from '../../../test/helpers/reference-workspace.js';

describe('the linker', () => {
    test('links every reference of a workspace, in the same order and to the same targets as Langium\'s linker', async () => {
        const { Svc, documents } = await linkedWorkspace(referenceWorkspaceFiles(8));
        const langium = new DefaultLinker(Svc);
        const linked = (references: typeof documents[number]['references']) => references.map(reference => ({ reference, target: 'ref' in reference ? reference.ref : reference.items }));
        let compared = 0;
        for (const document of documents) {
            const ours = linked(document.references);
            Svc.references.Linker.unlink(document);
            await langium.link(document);
            const theirs = linked(document.references);
            expect(ours.length, document.uri.path).toBe(theirs.length);
            ours.forEach((link, index) => {
                expect(link.reference, `${document.uri.path} #${index}`).toBe(theirs[index].reference);
                expect(link.target, `${document.uri.path}: ${link.reference.$refText}`).toBe(theirs[index].target);
            });
            compared += ours.length;
        }
        expect(compared).toBeGreaterThan(500);
    });
});

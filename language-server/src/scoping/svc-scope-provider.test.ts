import { AstUtils, DefaultScopeProvider } from 'langium';
import { describe, expect, test } from 'vitest';
import { linkedWorkspace, referenceWorkspaceFiles } from '../../../test/helpers/reference-workspace.js';

describe('the indexed scope provider', () => {
    test('resolves every reference of a workspace to what Langium\'s scanning scope resolves it to, and offers the same candidates', async () => {
        const { Svc, documents } = await linkedWorkspace(referenceWorkspaceFiles(12));
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

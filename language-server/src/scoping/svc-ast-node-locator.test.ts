import { AstUtils, DefaultAstNodeLocator } from 'langium';
import { describe, expect, test } from 'vitest';
import { linkedWorkspace, referenceWorkspaceFiles } from '../../../test/helpers/reference-workspace.js';

describe('node paths', () => {
    test('are Langium\'s for every node of a workspace, and lead back to the node', async () => {
        const { Svc, documents } = await linkedWorkspace(referenceWorkspaceFiles(4));
        const langiums = new DefaultAstNodeLocator();
        const locator = Svc.workspace.AstNodeLocator;
        let compared = 0;
        for (const document of documents) {
            const root = document.parseResult.value;
            for (const node of AstUtils.streamAst(root)) {
                const path = locator.getAstNodePath(node);
                expect(path).toBe(langiums.getAstNodePath(node));
                expect(locator.getAstNode(root, path)).toBe(node);
                compared++;
            }
        }
        expect(compared).toBeGreaterThan(400);
    });
});

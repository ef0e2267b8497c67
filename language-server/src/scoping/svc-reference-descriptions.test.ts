import { DefaultReferenceDescriptionProvider, type ReferenceDescription } from 'langium';
import { describe, expect, test } from 'vitest';
import { linkedWorkspace, referenceWorkspaceFiles } from '../../../test/helpers/reference-workspace.js';

describe('the reference index entries', () => {
    test('equal Langium\'s for every reference of a workspace, text segments (computed when read) included', async () => {
        const { Svc, documents } = await linkedWorkspace(referenceWorkspaceFiles(6));
        const langiums = new DefaultReferenceDescriptionProvider(Svc);
        const plain = ({ sourceUri, sourcePath, targetUri, targetPath, segment, local }: ReferenceDescription) =>
            ({ sourceUri: String(sourceUri), sourcePath, targetUri: String(targetUri), targetPath, segment: JSON.parse(JSON.stringify(segment)), local });
        let compared = 0;
        for (const document of documents) {
            const ours = await Svc.workspace.ReferenceDescriptionProvider.createDescriptions(document);
            const theirs = await langiums.createDescriptions(document);
            expect(ours.map(plain), document.uri.path).toEqual(theirs.map(plain));
            compared += ours.length;
        }
        expect(compared).toBeGreaterThan(300);
    });
});

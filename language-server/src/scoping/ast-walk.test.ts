import { AstUtils, EmptyFileSystem, URI, type AstNode, type ReferenceInfo } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { describe, expect, test } from 'vitest';
import { generateSpecs } from '../../../test/helpers/generate-specs.js';
import { createNodeSvcServices } from '../svc-node-services.js';
import { walkAst } from './ast-walk.js';

const { shared, Svc } = createNodeSvcServices(EmptyFileSystem);
const pathOf = (node: AstNode) => Svc.workspace.AstNodeLocator.getAstNodePath(node);
const nodeVisit = (node: AstNode) => `node ${pathOf(node)}`;
const referenceVisit = ({ container, property, index }: ReferenceInfo) => `reference ${pathOf(container)} ${property} ${index ?? ''}`;

describe('the walk of a syntax tree', () => {
    test('visits the nodes and references in Langium\'s order (streamAst, then each node\'s streamReferences), on generated specs', async () => {
        for (const { seed, text } of generateSpecs(20)) {
            const root = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///walk/${seed}.svc`)).parseResult.value;
            const walked: string[] = [];
            await walkAst(root, { node: node => walked.push(nodeVisit(node)), reference: info => walked.push(referenceVisit(info)) }, CancellationToken.None);
            const streamed: string[] = [];
            for (const node of AstUtils.streamAst(root)) {
                streamed.push(nodeVisit(node));
                for (const info of AstUtils.streamReferences(node)) streamed.push(referenceVisit(info));
            }
            expect(walked.filter(visit => visit.startsWith('reference')).length, `seed ${seed}`).toBeGreaterThan(10);
            expect(walked, `seed ${seed}`).toEqual(streamed);
        }
    });
});

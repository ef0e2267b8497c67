import { readFileSync } from 'node:fs';
import { AstUtils, EmptyFileSystem, GrammarUtils, type AstNode } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { generateSpecs } from '../../../test/helpers/generate-specs.js';
import type { Model } from '../generated/ast.js';
import { createNodeSvcServices } from '../svc-node-services.js';
import { findPropertyNode } from './property-node.js';

const parse = parseHelper<Model>(createNodeSvcServices(EmptyFileSystem).Svc);

const texts = [
    readFileSync(new URL('../../../examples/telecom/broadband-installation.svc', import.meta.url), 'utf-8'),
    ...generateSpecs(10).map(spec => spec.text),
    // Recovered trees: missing names, half-written lists.
    'service S { process P { step A by { next B, , end } stage { step { standard X, } } } kpi K { measures }'
];

/** Every property an AST node has, and a few it has not. */
function propertiesOf(node: AstNode): string[] {
    return [...Object.keys(node).filter(key => !key.startsWith('$')), 'name', 'standards', 'nothing'];
}

describe('findPropertyNode', () => {
    test.each(texts.map((text, index) => [index, text]))('finds what Langium finds, for every node, property and index (text %i)', async (_, text) => {
        const root = (await parse(text)).parseResult.value;
        let compared = 0;
        for (const node of AstUtils.streamAst(root)) {
            for (const property of propertiesOf(node)) {
                for (const index of [undefined, -1, 0, 1, 2, 50]) {
                    expect(findPropertyNode(node, property, index), `${node.$type}.${property}[${index}]`)
                        .toBe(GrammarUtils.findNodeForProperty(node.$cstNode, property, index));
                    compared++;
                }
            }
        }
        expect(compared).toBeGreaterThan(100);
    });
});

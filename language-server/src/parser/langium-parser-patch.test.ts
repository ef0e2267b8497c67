import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { AstUtils, CstUtils, EmptyFileSystem, GrammarAST, GrammarUtils, isCompositeCstNode, type AstNode, type CstNode, type LangiumParser, type ParseResult } from 'langium';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createNodeSvcServices } from '../svc-node-services.js';
import { generateSpecs } from '../../../test/helpers/generate-specs.js';
import { exampleSpecs, randomSpecEdits } from '../../../test/helpers/spec-edits.js';
import { syntaxTreeShape } from '../../../test/helpers/syntax-tree-kit.js';
import type { Model } from '../generated/ast.js';
import { reparseChangedElements } from './element-reparse.js';

/*
 * The bundles parse with Langium's parser as patched by esbuild-langium-parser.mjs; the tests
 * here parse with Langium as published. Both must give the same AST (defaults and containers
 * included) and the same tokens, each token the same datatype node, assignment and AST node,
 * and the same syntax errors; the patched tree has no datatype rule's node inside another's, and the editor's partial reparse
 * (element-reparse.ts) still gives what a whole parse gives with it.
 */
type Langium = typeof import('langium');
interface Parsing { parser: LangiumParser; parse(text: string): ParseResult; utils: Pick<Langium, 'CstUtils' | 'GrammarUtils'> }

const repository = resolve(import.meta.dirname, '../../..');
const scratch = mkdtempSync(join(tmpdir(), 'svc-parser-patch-'));
let patched: Parsing;
let published: Parsing;

beforeAll(async () => {
    const outfile = join(scratch, 'patched-parser.mjs');
    const { langiumParserPatch } = await import(pathToFileURL(join(repository, 'esbuild-langium-parser.mjs')).href) as { langiumParserPatch: Plugin };
    await build({
        stdin: {
            contents: "export { createNodeSvcServices } from './language-server/src/svc-node-services.js'; export { CstUtils, EmptyFileSystem, GrammarUtils } from 'langium';",
            resolveDir: repository, loader: 'ts'
        },
        bundle: true, platform: 'node', format: 'esm', target: 'node22', outfile, logLevel: 'error',
        mainFields: ['module', 'main'], define: { SVC_VERSION: '"test"' }, plugins: [langiumParserPatch],
        banner: { js: "import { createRequire as __svcCreateRequire } from 'node:module'; const require = __svcCreateRequire(import.meta.url);" }
    });
    const bundle = await import(pathToFileURL(outfile).href) as Langium & { createNodeSvcServices: typeof createNodeSvcServices };
    const patchedParser = bundle.createNodeSvcServices(bundle.EmptyFileSystem).Svc.parser.LangiumParser;
    patched = { parser: patchedParser, parse: text => patchedParser.parse(text), utils: bundle };
    const publishedParser = createNodeSvcServices(EmptyFileSystem).Svc.parser.LangiumParser;
    published = { parser: publishedParser, parse: text => publishedParser.parse(text), utils: { CstUtils, GrammarUtils } };
}, 60_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Where a grammar element is: its rule, its kind and its keyword or called rule. */
function grammarPlace(element: GrammarAST.AbstractElement | undefined): string {
    if (!element) return 'none';
    const rule = AstUtils.getContainerOfType(element, GrammarAST.isParserRule)?.name ?? '';
    const what = GrammarAST.isKeyword(element) ? element.value : GrammarAST.isRuleCall(element) ? element.rule.$refText : '';
    return `${rule}/${element.$type}:${what}`;
}

function place(node: CstNode | undefined): string {
    return node ? `${node.offset}+${node.length} ${grammarPlace(node.grammarSource)}` : 'none';
}

/** The AST as data: types, properties, containers, CST positions of nodes and references. */
function astShape(node: unknown): unknown {
    if (Array.isArray(node)) return node.map(astShape);
    if (typeof node !== 'object' || node === null) return node;
    const record = node as Record<string, unknown> & Partial<AstNode> & { $refText?: string; $refNode?: CstNode };
    if (typeof record.$refText === 'string') return { ref: record.$refText, at: place(record.$refNode) };
    const shape: Record<string, unknown> = {
        type: record.$type, cst: place(record.$cstNode), backlink: record.$cstNode?.astNode === node,
        container: place(record.$container?.$cstNode), containerProperty: record.$containerProperty, containerIndex: record.$containerIndex
    };
    for (const [key, value] of Object.entries(record)) if (!key.startsWith('$')) shape[key] = astShape(value);
    return shape;
}

/** Every token with what the language services ask of it. */
function tokenShapes(result: ParseResult, utils: Parsing['utils']): unknown[] {
    return utils.CstUtils.flattenCst(result.value.$cstNode!).map(token => ({
        token: place(token),
        hidden: token.hidden,
        datatype: place(utils.CstUtils.getDatatypeNode(token)),
        assignment: utils.GrammarUtils.findAssignment(token)?.feature,
        ast: token.astNode.$type,
        astAt: token.astNode.$cstNode?.offset
    })).toArray();
}

function errors(result: ParseResult): unknown[] {
    return [
        ...result.lexerErrors.map(error => `${error.offset}: ${error.message}`),
        ...result.parserErrors.map(error => `${error.token.startOffset}: ${error.message}`)
    ];
}

/** Datatype rule nodes directly inside another datatype rule's node. */
function nestedDatatypeNodes(root: CstNode): number {
    const isDatatype = (node: CstNode) => !node.hidden && GrammarAST.isRuleCall(node.grammarSource)
        && GrammarAST.isParserRule(node.grammarSource.rule.ref) && node.grammarSource.rule.ref.dataType !== undefined;
    let count = 0;
    for (const node of CstUtils.streamCst(root)) {
        if (isCompositeCstNode(node) && isDatatype(node) && node.container && isDatatype(node.container)) count++;
    }
    return count;
}

function expectSameParse(text: string): void {
    const before = published.parse(text);
    const after = patched.parse(text);
    expect(errors(after)).toEqual(errors(before));
    expect(astShape(after.value)).toEqual(astShape(before.value));
    expect(tokenShapes(after, patched.utils)).toEqual(tokenShapes(before, published.utils));
    expect(nestedDatatypeNodes(after.value.$cstNode!)).toBe(0);
}

const examples = exampleSpecs();

describe('Langium parser as patched for the bundles', () => {
    test('the published parser nests datatype nodes in these specs (so the patch has work here)', () => {
        expect(nestedDatatypeNodes(published.parse(examples.join('\n')).value.$cstNode!)).toBeGreaterThan(100);
    });

    test('examples and generated specs parse the same', () => {
        for (const text of [...examples, ...generateSpecs(3, 400).map(spec => spec.text)]) expectSameParse(text);
    });

    test('names made of keywords, qualified names with comments inside, and `end`', () => {
        expectSameParse([
            'service end { version "1" }',
            'actor wait "Wait" frontstage',
            'service Bank { process p { step end { next when } step when by Bank . /* c */ wait { next end when "x" } step s { next Bank.end } } }',
            'kpi k { measures Bank // c\n .x, y.z owner wait }'
        ].join('\n'));
    });

    test('cut anywhere, syntax errors recover the same', () => {
        for (const text of examples) {
            for (let end = 0; end < text.length; end += 211) expectSameParse(text.slice(0, end));
            for (let at = 5; at < text.length; at += 307) expectSameParse(`${text.slice(0, at)} . ${text.slice(at)}`);
        }
    });

    test("the editor's reparse of the changed elements gives the tree a whole parse gives", () => {
        let reparsedCount = 0;
        for (const { before, after } of randomSpecEdits(examples, 200, 11)) {
            const previous = patched.parser.parse<Model>(before);
            syntaxTreeShape(previous.value);
            const reparsed = reparseChangedElements(previous, after, patched.parser);
            if (!reparsed) continue;
            reparsedCount++;
            expect(syntaxTreeShape(reparsed.value)).toEqual(syntaxTreeShape(patched.parser.parse<Model>(after).value));
        }
        expect(reparsedCount).toBeGreaterThanOrEqual(15);
    });
});

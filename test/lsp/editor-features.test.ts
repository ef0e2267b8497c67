import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type {
    CodeAction, CodeLens, CompletionItem, CompletionList, Diagnostic, DocumentSymbol, InlayHint, SemanticTokens, SymbolInformation, TextEdit, WorkspaceEdit
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient, uriOf } from '../helpers/lsp-client.js';

/*
 * The editor features through the built language server over stdio, as VS Code
 * uses them: each request answered by the real providers on a two-file workspace.
 * (Each feature's own behaviour is tested beside its provider.)
 */

const standards = `standard Fast "快速响应" {
  dimension responsiveness
  target <= 5 min
  method system-log
  frequency monthly
  owner 主管
}
actor 主管 "值班主管" backstage
`;

const desk = `// svc-disable-next-line servqual-coverage, no-feedback-channel
service Desk "服务台" {
  actor Guest "客户" customer
  actor Clerk "窗口人员" frontstage
  kpi Speed "速度" { measures Fast formula "avg(t)" unit min direction lower target 4 warning 5 period monthly source "系统" owner 主管 }
  process Main "办理" {
    step Ask "咨询" by Guest { evidence "叫号单" next Answer }
    step Answer "答复" by Clerk { standard Fast duration 3 min }
  }
}
`;

let client: LspClient;
let folder: string;
let deskPath: string;
let standardsPath: string;
let diagnostics: Diagnostic[];

const at = (text: string, needle: string, offset = 0) => {
    const index = text.indexOf(needle) + offset;
    const before = text.slice(0, index).split('\n');
    return { line: before.length - 1, character: before.at(-1)!.length };
};
const document = (path: string) => ({ textDocument: { uri: uriOf(path) } });

beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'svc-editor-'));
    deskPath = join(folder, 'desk.svc');
    standardsPath = join(folder, 'standards.svc');
    writeFileSync(deskPath, desk);
    writeFileSync(standardsPath, standards);
    client = await LspClient.start(folder);
    await client.open(deskPath, desk);
    diagnostics = await client.waitFor(deskPath, found => found.some(diagnostic => diagnostic.code === 'dead-end-step'));
}, 60_000);

afterAll(async () => {
    await client?.stop();
    rmSync(folder, { recursive: true, force: true });
});

describe('editor features over a real LSP connection', () => {
    test('the server announces every feature', () => {
        expect(Object.keys(client.capabilities)).toEqual(expect.arrayContaining([
            'completionProvider', 'hoverProvider', 'codeActionProvider', 'documentFormattingProvider', 'documentRangeFormattingProvider',
            'semanticTokensProvider', 'renameProvider', 'definitionProvider', 'referencesProvider', 'documentSymbolProvider',
            'workspaceSymbolProvider', 'foldingRangeProvider', 'documentHighlightProvider', 'inlayHintProvider', 'codeLensProvider'
        ]));
    });

    test('completion after `by` offers the actors, not the standards', async () => {
        const edited = desk.replace('by Clerk {', 'by  {');
        await client.change(deskPath, edited);
        const answer = await client.request<CompletionList | CompletionItem[]>('textDocument/completion', { ...document(deskPath), position: at(edited, 'by  {', 3) });
        const labels = (Array.isArray(answer) ? answer : answer.items).map(item => item.label);
        expect(labels).toEqual(expect.arrayContaining(['Guest', 'Clerk', '主管']));
        expect(labels).not.toContain('Fast');
        await client.change(deskPath, desk);
    });

    test('hover on a standard shows its card with the KPI that measures it', async () => {
        // Right after the previous test's edit Langium may answer from a linked document whose references are
        // not indexed yet ("measured by" still empty): the hover is asked again until the build has caught up.
        const position = at(desk, 'standard Fast', 10);
        let hover = '';
        for (const deadline = Date.now() + 10_000; !hover.includes('Speed') && Date.now() < deadline;) {
            hover = await client.hover(deskPath, position.line, position.character);
        }
        expect(hover).toContain('Speed');
        expect(hover).toMatch(/responsiveness|Responsiveness/);
    });

    test('a quick fix adds `next end` to a dead-end step', async () => {
        const deadEnd = diagnostics.find(diagnostic => diagnostic.code === 'dead-end-step')!;
        const actions = await client.request<CodeAction[]>('textDocument/codeAction', { ...document(deskPath), range: deadEnd.range, context: { diagnostics: [deadEnd] } });
        const fix = actions.find(action => action.isPreferred);
        expect(fix?.kind).toBe('quickfix');
        expect(fix?.edit?.changes?.[uriOf(deskPath)]?.map(edit => edit.newText).join('')).toContain('next end');
        expect(actions.map(action => action.title)).toContain("Disable 'dead-end-step' for this line");
    });

    test('formatting puts one property per line', async () => {
        const edits = await client.request<TextEdit[]>('textDocument/formatting', { ...document(deskPath), options: { tabSize: 4, insertSpaces: true } });
        const formatted = TextDocument.applyEdits(TextDocument.create(uriOf(deskPath), 'svc', 1, desk), edits);
        expect(formatted).toContain('\n    measures Fast\n    formula "avg(t)"\n');
    });

    test('semantic tokens colour the identifiers, Chinese ones too', async () => {
        const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', document(deskPath));
        const legend = client.capabilities.semanticTokensProvider!.legend;
        const types = new Set<string>();
        for (let index = 3; index < tokens.data.length; index += 5) types.add(legend.tokenTypes[tokens.data[index]]);
        expect([...types]).toEqual(expect.arrayContaining(['namespace', 'class', 'interface', 'variable', 'function', 'method']));
    });

    test('rename of a standard edits both files', async () => {
        const edit = await client.request<WorkspaceEdit>('textDocument/rename', { ...document(standardsPath), position: at(standards, 'Fast'), newName: '快速' });
        expect(Object.keys(edit.changes ?? {}).sort()).toEqual([uriOf(deskPath), uriOf(standardsPath)].sort());
    });

    test('the outline nests service › process › step', async () => {
        const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', document(deskPath));
        const service = symbols.find(symbol => symbol.name === 'Desk')!;
        const process = service.children?.find(symbol => symbol.name === 'Main');
        expect(process?.children?.map(symbol => symbol.name)).toEqual(['Ask', 'Answer']);
    });

    test('workspace symbols find a Chinese name in another file', async () => {
        const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: '主管' });
        expect(symbols.map(symbol => symbol.location.uri)).toContain(uriOf(standardsPath));
    });

    test('inlay hints show the lane after `by` and the lead time of a process', async () => {
        const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { ...document(deskPath), range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } } });
        const labels = hints.map(hint => typeof hint.label === 'string' ? hint.label : hint.label.map(part => part.value).join(''));
        expect(labels.join(' | ')).toMatch(/frontstage/i);
        expect(labels.join(' | ')).toMatch(/3 min/);
    });

    test('code lenses open the blueprint and say what measures a standard', async () => {
        const deskLenses = await client.request<CodeLens[]>('textDocument/codeLens', document(deskPath));
        expect(deskLenses.map(lens => lens.command?.command)).toContain('svc.preview.openService');
        expect(deskLenses.find(lens => lens.command?.command === 'svc.preview.openService')?.command?.arguments).toEqual([uriOf(deskPath), 'Desk']);
        const standardLenses = await client.request<CodeLens[]>('textDocument/codeLens', document(standardsPath));
        expect(standardLenses.map(lens => lens.command?.title).join(' ')).toContain('Speed');
    });
});

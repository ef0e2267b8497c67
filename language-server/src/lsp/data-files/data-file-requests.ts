import { AstUtils, GrammarUtils } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import {
    CodeActionKind, type CodeAction, type CodeActionParams, type CompletionParams, type Connection, type DefinitionParams,
    type DidChangeTextDocumentParams, type DidOpenTextDocumentParams, type LocationLink
} from 'vscode-languageserver';
import type { SvcServices } from '../../svc-module.js';
import type { UnknownKpiData } from '../../validation/data-file-diagnostics.js';
import { dataFileCompletion } from './data-file-completion.js';
import type { SvcDocumentUpdateHandler } from './svc-document-update-handler.js';
import { dataFilePath, isDataFileUri } from './data-file-uri.js';
import type { WorkspaceFiles } from '../../files/workspace-files.js';

type Handler = (params: { textDocument: { uri: string } }, ...rest: unknown[]) => unknown;
type Register = (handler: Handler) => unknown;

/**
 * Requests and notifications about data files, answered before Langium's
 * handlers (which know only specs): the editor's text of a data file, kept in
 * the update handler's `dataFiles`; go to definition from a `kpi` cell to the
 * KPI, a quick fix for a KPI name that names nothing; the features a CSV has
 * no use for answer nothing instead of an error. Call before
 * `startLanguageServer`, which registers the handlers this wraps. Completion
 * offers KPI names and dimensions.
 */
export function serveDataFileRequests(connection: Connection, shared: LangiumSharedServices, svc: SvcServices): void {
    const definition = (params: DefinitionParams) => shared.workspace.WorkspaceLock.read(() => kpiDefinition(svc, params));
    const codeActions = (params: CodeActionParams) => unknownKpiFixes(svc, params);
    const { dataFiles } = shared.lsp.DocumentUpdateHandler as SvcDocumentUpdateHandler;
    const completion = (params: CompletionParams) => shared.workspace.WorkspaceLock.read(() =>
        dataFileCompletion(svc, dataFiles.get(params.textDocument.uri), params));
    const nothing = () => null;
    const route = (target: Record<string, Register>, method: string, forDataFile: Handler) => routeDataFiles(svc.files.WorkspaceFiles, target, method, forDataFile);
    const languages = connection.languages as unknown as Record<string, Record<string, Register>>;
    const notifications = connection as unknown as Record<string, Register>;
    // A data file's text goes to its own store: Langium's would copy all of it on every edit.
    route(notifications, 'onDidOpenTextDocument', (params => dataFiles.open(params as DidOpenTextDocumentParams)) as Handler);
    route(notifications, 'onDidChangeTextDocument', (params => dataFiles.change(params as DidChangeTextDocumentParams)) as Handler);
    route(notifications, 'onDidCloseTextDocument', (params => dataFiles.close(params)) as Handler);
    for (const method of ['onDidSaveTextDocument', 'onWillSaveTextDocument', 'onWillSaveTextDocumentWaitUntil']) route(notifications, method, nothing);
    // These feature groups are getters that make a new object on every access: keep one, then wrap it.
    for (const group of ['semanticTokens', 'inlayHint', 'callHierarchy', 'typeHierarchy']) Object.defineProperty(languages, group, { value: languages[group] });
    route(connection as unknown as Record<string, Register>, 'onDefinition', definition as Handler);
    route(connection as unknown as Record<string, Register>, 'onCodeAction', codeActions as Handler);
    route(connection as unknown as Record<string, Register>, 'onCompletion', completion as Handler);
    // Langium would wait for a spec document of that URI and answer "server cancelled".
    for (const method of specOnlyRequests) route(connection as unknown as Record<string, Register>, method, nothing);
    for (const method of ['on', 'onDelta', 'onRange']) route(languages.semanticTokens, method, nothing);
    route(languages.inlayHint, 'on', nothing);
    route(languages.callHierarchy, 'onPrepare', nothing);
    route(languages.typeHierarchy, 'onPrepare', nothing);
}

/** The document requests Langium serves for specs only. */
const specOnlyRequests = [
    'onHover', 'onSignatureHelp', 'onDeclaration', 'onTypeDefinition', 'onImplementation', 'onReferences',
    'onDocumentHighlight', 'onDocumentSymbol', 'onCodeLens', 'onDocumentFormatting', 'onDocumentRangeFormatting',
    'onDocumentOnTypeFormatting', 'onRenameRequest', 'onPrepareRename', 'onDocumentLinks', 'onFoldingRanges', 'onSelectionRanges'
];

/** Makes `target[method]` register handlers that give data files to `forDataFile` and everything else to the handler. */
function routeDataFiles(files: WorkspaceFiles, target: Record<string, Register>, method: string, forDataFile: Handler): void {
    const register = target[method].bind(target);
    target[method] = (handler: Handler) => register((params, ...rest) =>
        isDataFileUri(files, params.textDocument.uri) ? forDataFile(params, ...rest) : handler(params, ...rest));
}

function kpiDefinition(svc: SvcServices, { textDocument, position }: DefinitionParams): LocationLink[] | null {
    const path = dataFilePath(svc.files.WorkspaceFiles, textDocument.uri);
    const report = svc.measured.MeasuredData.current().dataFiles.find(file => file.path === path);
    const cell = report?.kpiCellAt(position);
    if (!cell) return null;
    const target = cell.kpi.$cstNode;
    const name = GrammarUtils.findNodeForProperty(target, 'name');
    if (!target || !name) return null;
    return [{
        originSelectionRange: cell.range,
        targetUri: AstUtils.getDocument(cell.kpi).uri.toString(),
        targetRange: target.range,
        targetSelectionRange: name.range
    }];
}

/** For each unknown KPI name among the diagnostics asked about: replace it by each of the closest names. */
function unknownKpiFixes(svc: SvcServices, { textDocument, context }: CodeActionParams): CodeAction[] {
    const chinese = svc.i18n.Locale.current === 'zh-CN';
    return context.diagnostics.flatMap(diagnostic => {
        const unknown = (diagnostic.data as Partial<UnknownKpiData> | undefined)?.unknownKpi;
        if (diagnostic.code !== 'measurement-invalid' || !unknown) return [];
        return unknown.suggestions.map((name, index) => ({
            title: chinese ? `改为“${name}”` : `Change to '${name}'`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: index === 0 && unknown.suggestions.length === 1,
            edit: { changes: { [textDocument.uri]: [{ range: diagnostic.range, newText: name }] } }
        }));
    });
}

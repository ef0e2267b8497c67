import type { LangiumDocument } from 'langium';
import type { RenameProvider } from 'langium/lsp';
import { LSPErrorCodes, ResponseError, TextEdit, type Range, type RenameParams, type TextDocumentPositionParams, type WorkspaceEdit } from 'vscode-languageserver';
import type { SvcServices } from '../../svc-module.js';
import { nameOccurrences } from './name-occurrences.js';
import { NameSyntax } from './name-syntax.js';
import { renameProblem } from './rename-problem.js';
import { symbolAt } from './symbol-at-position.js';

/**
 * Renames an element everywhere in the workspace. Unlike Langium's default it
 * keeps the `Bank.` of `Bank.Fast` when `Fast` is renamed, renames that `Bank.`
 * with the service, and refuses a name the grammar would not read back as the
 * same element (localized reason, shown by the editor).
 */
export class SvcRenameProvider implements RenameProvider {
    private readonly nameSyntax: NameSyntax;

    constructor(private readonly services: SvcServices) {
        this.nameSyntax = new NameSyntax(services.parser.Lexer, services.Grammar);
    }

    prepareRename(document: LangiumDocument, params: TextDocumentPositionParams): Range | undefined {
        return symbolAt(document, params.position, this.services)?.token.range;
    }

    rename(document: LangiumDocument, params: RenameParams): WorkspaceEdit | undefined {
        const symbol = symbolAt(document, params.position, this.services);
        if (!symbol) return undefined;
        const problem = renameProblem(symbol.element, params.newName, this.services, this.nameSyntax);
        if (problem) throw new ResponseError(LSPErrorCodes.RequestFailed, problem);
        const changes: Record<string, TextEdit[]> = {};
        for (const { uri, range } of nameOccurrences(symbol.element, this.services)) {
            (changes[uri.toString()] ??= []).push(TextEdit.replace(range, params.newName));
        }
        return { changes };
    }
}

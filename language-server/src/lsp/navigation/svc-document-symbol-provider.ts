import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { DefaultDocumentSymbolProvider } from 'langium/lsp';
import type { DocumentSymbol } from 'vscode-languageserver';
import { isActor, isSystem } from '../../generated/ast.js';

/**
 * The outline: service › process › stage › step, every other member directly
 * under its service in written order, each with its title (and a performer's
 * lane) as detail.
 *
 * Standards and KPIs get their own symbol kinds (SvcNodeKindProvider) instead
 * of synthetic "Standards"/"KPIs" containers: VS Code's outline already groups
 * by kind with "Sort By: Category", and a container would need one range
 * spanning members written apart, which misleads breadcrumbs and "Follow
 * Cursor" when processes stand between them.
 */
export class SvcDocumentSymbolProvider extends DefaultDocumentSymbolProvider {
    protected override createSymbol(document: LangiumDocument, astNode: AstNode, cstNode: CstNode, nameNode: CstNode, computedName?: string): DocumentSymbol {
        const symbol = super.createSymbol(document, astNode, cstNode, nameNode, computedName);
        const detail = detailOf(astNode);
        return detail ? { ...symbol, detail } : symbol;
    }
}

function detailOf(node: AstNode): string | undefined {
    const title = 'title' in node && typeof node.title === 'string' ? node.title : undefined;
    const lane = isActor(node) || isSystem(node) ? node.lane : undefined;
    return [title, lane].filter(Boolean).join(' · ') || undefined;
}

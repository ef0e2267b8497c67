import { CstUtils, type AstNode, type LangiumDocument } from 'langium';
import { DefaultFoldingRangeProvider, type FoldingRangeAcceptor } from 'langium/lsp';
import { FoldingRange, FoldingRangeKind } from 'vscode-languageserver';

/**
 * Folds `{ … }` blocks of three lines or more (Langium's rule, closing line
 * kept visible), block comments, and runs of two or more `//` comments
 * that stand on lines of their own — a comment after code on its line
 * (`next B // expect: …`) belongs to that code.
 */
export class SvcFoldingRangeProvider extends DefaultFoldingRangeProvider {
    protected override shouldProcess(node: AstNode): boolean {
        const cst = node.$cstNode;
        return cst !== undefined && cst.root.fullText.charAt(cst.end - 1) === '}';
    }

    protected override collectCommentFolding(document: LangiumDocument, node: AstNode, acceptor: FoldingRangeAcceptor): void {
        super.collectCommentFolding(document, node, acceptor);
        for (const run of lineCommentRuns(document, node)) {
            acceptor(FoldingRange.create(run.startLine, run.endLine, undefined, undefined, FoldingRangeKind.Comment));
        }
    }
}

function lineCommentRuns(document: LangiumDocument, node: AstNode): Array<{ startLine: number; endLine: number }> {
    const runs: Array<{ startLine: number; endLine: number }> = [];
    if (!node.$cstNode) return runs;
    const text = document.textDocument;
    let run: { startLine: number; endLine: number } | undefined;
    for (const token of CstUtils.flattenCst(node.$cstNode)) {
        if (token.tokenType.name !== 'SL_COMMENT') continue;
        const line = token.range.start.line;
        const ownLine = text.getText({ start: { line, character: 0 }, end: token.range.start }).trim() === '';
        if (!ownLine) continue;
        if (run && run.endLine === line - 1) run.endLine = line;
        else runs.push(run = { startLine: line, endLine: line });
    }
    return runs.filter(candidate => candidate.endLine > candidate.startLine);
}

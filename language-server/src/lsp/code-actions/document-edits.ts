import { AstUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver';

/** A text edit and the document it applies to. */
export interface DocumentEdit {
    uri: string;
    edit: TextEdit;
}

export function insertAt(document: LangiumDocument, position: Position, text: string): DocumentEdit {
    return { uri: document.uri.toString(), edit: { range: { start: position, end: position }, newText: text } };
}

export function replaceRange(document: LangiumDocument, range: Range, text: string): DocumentEdit {
    return { uri: document.uri.toString(), edit: { range, newText: text } };
}

/** Replaces the text of a CST node (a property value, a unit) of `node`'s document. */
export function replaceNode(node: AstNode, cst: CstNode, text: string): DocumentEdit {
    return replaceRange(AstUtils.getDocument(node), cst.range, text);
}

/** Groups edits by document, as LSP expects. */
export function workspaceEdit(...edits: DocumentEdit[]): WorkspaceEdit {
    const changes: Record<string, TextEdit[]> = {};
    for (const { uri, edit } of edits) (changes[uri] ??= []).push(edit);
    return { changes };
}

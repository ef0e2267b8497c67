import { AstUtils, CstUtils, GrammarUtils, type AstNode, type CstNode } from 'langium';
import type { Position } from 'vscode-languageserver';
import { isModel, isService, type Model, type Service } from '../../generated/ast.js';
import { codeStyleAt } from './code-style.js';
import { insertAt, replaceRange, type DocumentEdit } from './document-edits.js';
import { elementLines, type ElementDraft } from './element-draft.js';
import { indentationOf, lineText, startsLine } from './text-layout.js';

/** Where new properties go in a block: at its end, or on their own lines before a property. */
export type BlockPlacement = 'end' | { before: CstNode | undefined };

/**
 * Adds property lines to the `{ … }` block of `node`. In a one-line file a block written on
 * one line stays so; otherwise one per line, indented one step more than the line the element
 * starts on, and a block written on one line is opened up.
 */
export function insertIntoBlock(node: AstNode, lines: readonly string[], placement: BlockPlacement = 'end'): DocumentEdit {
    const document = AstUtils.getDocument(node);
    const style = codeStyleAt(node);
    const cst = node.$cstNode!;
    const open = GrammarUtils.findNodeForKeyword(cst, '{')!;
    const close = GrammarUtils.findNodesForKeyword(cst, '}').at(-1)!;
    const indent = indentationOf(document, cst.range.start.line);
    const inner = indent + style.indent;
    const ownLines = lines.map(line => `${inner}${line}\n`).join('');
    const anchor = placement === 'end' ? undefined : placement.before;
    const inside = anchor && anchor.offset >= open.end && anchor.end <= close.offset ? anchor : undefined;
    if (open.range.end.line === close.range.start.line && style.oneLine) {
        if (inside) return insertAt(document, inside.range.start, `${lines.join(' ')} `);
        const spaced = /\s/.test(document.textDocument.getText().charAt(close.offset - 1));
        return insertAt(document, close.range.start, `${spaced ? '' : ' '}${lines.join(' ')} `);
    }
    if (open.range.end.line === close.range.start.line) {
        // The content stays as written, split at the anchor; the new lines go on their own.
        const split = inside ? inside.range.start : close.range.start;
        const part = (start: Position, end: Position) => {
            const text = document.textDocument.getText({ start, end }).trim();
            return text ? `${inner}${text}\n` : '';
        };
        const newText = `\n${part(open.range.end, split)}${ownLines}${part(split, close.range.start)}${indent}`;
        return replaceRange(document, { start: open.range.end, end: close.range.start }, newText);
    }
    if (anchor && anchor.range.start.line > open.range.end.line && startsLine(document, anchor.range.start.line, anchor.range.start.character)) {
        return insertAt(document, { line: anchor.range.start.line, character: 0 }, ownLines);
    }
    if (startsLine(document, close.range.start.line, close.range.start.character)) {
        return insertAt(document, { line: close.range.start.line, character: 0 }, ownLines);
    }
    // `… last property }`: the brace moves to a line of its own.
    const beforeBrace = lineText(document, close.range.start.line).slice(0, close.range.start.character);
    const start = { line: close.range.start.line, character: beforeBrace.trimEnd().length };
    return replaceRange(document, { start, end: close.range.start }, `\n${ownLines}${indent}`);
}

/** The first property of a block, to insert before it (evidence leads a step). */
export function firstInBlock(node: AstNode): CstNode | undefined {
    const open = GrammarUtils.findNodeForKeyword(node.$cstNode, '{');
    const close = GrammarUtils.findNodesForKeyword(node.$cstNode, '}').at(-1);
    if (!open || !close) return undefined;
    return CstUtils.flattenCst(node.$cstNode!).find(leaf => !leaf.hidden && leaf.offset >= open.end && leaf.offset < close.offset);
}

/** The first `next` of a step, so new properties stay above the flow. */
export function firstNext(node: AstNode): CstNode | undefined {
    return GrammarUtils.findNodeForKeyword(node.$cstNode, 'next');
}

/** Adds new elements right after `sibling`, on the same indentation, in the file's style. */
export function insertAfter(sibling: AstNode, drafts: readonly ElementDraft[]): DocumentEdit {
    const document = AstUtils.getDocument(sibling);
    const lines = drafts.flatMap(draft => elementLines(draft, codeStyleAt(sibling)));
    const end = sibling.$cstNode!.range.end;
    const indent = indentationOf(document, sibling.$cstNode!.range.start.line);
    const text = lines.map(line => `\n${indent}${line}`).join('');
    const rest = lineText(document, end.line).slice(end.character).trim();
    // After a trailing comment rather than between the element and its comment; but never past other code.
    const character = rest === '' || rest.startsWith('//') ? lineText(document, end.line).length : end.character;
    return insertAt(document, { line: end.line, character }, text);
}

/** Adds new elements before `sibling` and the comments above it, on their own lines and with its indentation, in the file's style. */
export function insertBefore(sibling: AstNode, drafts: readonly ElementDraft[]): DocumentEdit {
    const lines = drafts.flatMap(draft => elementLines(draft, codeStyleAt(sibling)));
    const document = AstUtils.getDocument(sibling);
    let first: CstNode = sibling.$cstNode!;
    for (let comment = commentAbove(first); comment && startsLine(document, comment.range.start.line, comment.range.start.character); comment = commentAbove(comment)) {
        first = comment;
    }
    const start = first.range.start;
    const indent = indentationOf(document, start.line);
    if (startsLine(document, start.line, start.character)) {
        return insertAt(document, { line: start.line, character: 0 }, lines.map(line => `${indent}${line}\n`).join(''));
    }
    return insertAt(document, start, `${lines.join(`\n${indent}`)}\n${indent}`);
}

export type MemberKind = 'Actor' | 'Standard' | 'Kpi' | 'Feedback';

/** The order in which a spec lists its elements (LANGUAGE.md): people, standards, KPIs, then the process and the rest. */
const memberOrder: Record<string, number> = {
    Actor: 0, System: 0, Standard: 1, Kpi: 2, Process: 3, Capacity: 4, ServicePromise: 5, Feedback: 6, Improvement: 7, Service: 8
};

/** Adds new members to a service, or top-level elements to a file: after the last of their kind, else of an earlier kind. */
export function insertMember(container: Service | Model, kind: MemberKind, drafts: readonly ElementDraft[]): DocumentEdit {
    const members: AstNode[] = isService(container) ? container.members : container.elements;
    const rank = memberOrder[kind];
    const previous = members.filter(member => memberOrder[member.$type] === rank).at(-1)
        ?? members.filter(member => memberOrder[member.$type] < rank).at(-1);
    if (previous) return insertAfter(previous, drafts);
    if (members.length > 0) return insertBefore(members[0], drafts);
    return insertIntoBlock(container, drafts.flatMap(draft => elementLines(draft, codeStyleAt(container))));
}

/** The service around a node, else its file: where names of new elements are visible to it. */
export function scopeContainer(node: AstNode): Service | Model {
    return AstUtils.getContainerOfType(node, isService) ?? AstUtils.getContainerOfType(node, isModel)!;
}

function commentAbove(node: CstNode): CstNode | undefined {
    return CstUtils.findCommentNode(node, ['ML_COMMENT', 'SL_COMMENT']);
}

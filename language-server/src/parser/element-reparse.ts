import type { CompositeCstNode, CstNode, LangiumParser, LeafCstNode, ParseResult } from 'langium';
import type { Model, TopLevelElement } from '../generated/ast.js';

/** Langium 4.4's leaf node fields (private in its typings): positions as the lexer gave them, 0-based, end exclusive. */
interface LeafFields {
    _offset: number;
    _startLine: number;
    _startColumn: number;
    _endLine: number;
    _endColumn: number;
}

/** What a composite node caches (its range) and the root's text: both must follow a splice. */
interface CompositeFields extends CompositeCstNode {
    _rangeCache: unknown;
}

interface RootFields extends CompositeFields {
    _text: string;
}

/**
 * The syntax tree of `text`, made from `previous` (the tree of the document's
 * last text) by parsing again only the top-level element the change is in,
 * when the change lies strictly inside one: after its first character and
 * before its last. The new element replaces the old one in the tree (AST and
 * CST); the nodes after it keep their objects, their positions shifted. The
 * rest of the tree is reused, so the previous tree is changed in place.
 *
 * Undefined, for a full parse, whenever the result could differ from parsing
 * the whole text: the previous or the new element has a lexer or parser error
 * (recovery depends on what follows), the element's text does not parse as
 * exactly one element ending where the old one did, with the same last token
 * (a token that the rest of the file could extend, such as a line comment),
 * or the tree is not of the shape this relies on.
 *
 * Why the rest is unchanged: every decision of this grammar's parser looks one
 * token ahead, and the tokens before and after the element are the same, so
 * the parser leaves the element in the state in which the old one ended.
 */
export function reparseChangedElement(previous: ParseResult<Model>, text: string, parser: LangiumParser): ParseResult<Model> | undefined {
    if (hasErrors(previous)) return undefined;
    const model = previous.value;
    const root = model.$cstNode as RootFields | undefined;
    if (!root || typeof root._text !== 'string') return undefined;
    const oldText = root._text;
    const change = changedRange(oldText, text);
    const index = root.content.findIndex(node => !node.hidden && node.offset < change.start && change.oldEnd < node.end);
    if (index < 0) return undefined;
    const old = root.content[index];
    const element = old.astNode as TopLevelElement;
    if (element.$container !== model || model.elements[element.$containerIndex ?? -1] !== element) return undefined;

    const delta = text.length - oldText.length;
    const slice = text.substring(old.offset, old.end + delta);
    const parsed = parser.parse<Model>(slice);
    const replacement = parsed.value.$cstNode?.root.content;
    if (hasErrors(parsed) || parsed.value.elements.length !== 1 || replacement?.length !== 1) return undefined;
    const fresh = replacement[0];
    const freshLast = lastLeaf(fresh);
    const oldLast = lastLeaf(old);
    if (fresh.offset !== 0 || fresh.end !== slice.length || !freshLast || !oldLast
        || freshLast.tokenType !== oldLast.tokenType || freshLast.text !== oldLast.text || !isLeafShaped(oldLast)) {
        return undefined;
    }

    const start = old.range.start;
    moveLeaves(fresh, { offset: old.offset, lines: start.line, fromLine: 0, columns: start.character });
    const oldEnd = old.range.end;
    const newEnd = fresh.range.end;
    const later = root.content.slice(index + 1);
    for (const node of later) {
        moveLeaves(node, { offset: delta, lines: newEnd.line - oldEnd.line, fromLine: oldEnd.line, columns: newEnd.character - oldEnd.character });
    }

    const freshElement = parsed.value.elements[0];
    const at = element.$containerIndex!;
    Object.assign(freshElement, { $container: model, $containerProperty: 'elements', $containerIndex: at });
    model.elements[at] = freshElement;
    (fresh as { container?: CompositeCstNode }).container = root;
    (root.content as CstNode[])[index] = fresh;
    root._text = text;
    root._rangeCache = undefined;
    return { value: model, lexerErrors: [], lexerReport: parsed.lexerReport, parserErrors: [] };
}

function hasErrors(result: ParseResult): boolean {
    return result.lexerErrors.length > 0 || result.parserErrors.length > 0 || (result.lexerReport?.diagnostics.length ?? 0) > 0;
}

/** The part of `before` that `after` replaces: after their common prefix, before their common suffix. */
function changedRange(before: string, after: string): { start: number; oldEnd: number } {
    const shorter = Math.min(before.length, after.length);
    let start = 0;
    while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
    let suffix = 0;
    while (suffix < shorter - start && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
    return { start, oldEnd: before.length - suffix };
}

function lastLeaf(node: CstNode): LeafCstNode | undefined {
    let current: CstNode | undefined = node;
    while (current && isComposite(current)) current = current.content[current.content.length - 1];
    return current as LeafCstNode | undefined;
}

function isComposite(node: CstNode): node is CompositeFields {
    return 'content' in node;
}

function isLeafShaped(node: CstNode): boolean {
    const fields = node as unknown as Partial<LeafFields>;
    return typeof fields._offset === 'number' && typeof fields._startLine === 'number' && typeof fields._endColumn === 'number';
}

interface Shift {
    offset: number;
    lines: number;
    /** Leaves starting (ending) on this line move `columns` too: the line the moved text begins on. */
    fromLine: number;
    columns: number;
}

/** Moves every leaf under `node` by `shift`, and forgets the ranges its composite nodes cached. */
function moveLeaves(node: CstNode, shift: Shift): void {
    if (isComposite(node)) {
        node._rangeCache = undefined;
        for (const child of node.content) moveLeaves(child, shift);
        return;
    }
    const leaf = node as unknown as LeafFields;
    if (leaf._startLine === shift.fromLine) leaf._startColumn += shift.columns;
    if (leaf._endLine === shift.fromLine) leaf._endColumn += shift.columns;
    leaf._offset += shift.offset;
    leaf._startLine += shift.lines;
    leaf._endLine += shift.lines;
}

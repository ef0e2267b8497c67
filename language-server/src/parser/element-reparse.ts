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
 * last text) by parsing again only the top-level elements the change spans:
 * from the element it begins in (after that element's first character) to the
 * element it ends in (before that element's last character), or to the end of
 * the file when no element ends after the change; elements may be created or
 * removed in between. The new elements replace the old ones in the
 * tree (AST and CST); the nodes after them keep their objects, their positions
 * moved. The previous tree is changed in place.
 *
 * Undefined, for a full parse, whenever the result could differ from parsing
 * the whole text: the change is not inside such a span; the previous tree or
 * the span has a lexer or parser error (recovery depends on what follows); the
 * span does not end with the token the old span ended with (the rest of the
 * file could extend a new last token, a line comment say) and does not run to
 * the end of the file; the tree is not of the shape this relies on.
 *
 * Why the rest is unchanged: the tokens before and after the span are the
 * same (no token of this grammar reaches past the span's unchanged first and
 * last tokens); the parser decides with one token of look-ahead, and after a
 * whole top-level element it is back in the loop over elements, as it was
 * after the old span; no element may continue with a token that begins one.
 */
export function reparseChangedElements(previous: ParseResult<Model>, text: string, parser: LangiumParser): ParseResult<Model> | undefined {
    if (hasErrors(previous)) return undefined;
    const model = previous.value;
    const root = model.$cstNode as RootFields | undefined;
    if (!root || typeof root._text !== 'string') return undefined;
    const oldText = root._text;
    const change = changedRange(oldText, text);
    const content = root.content;
    const first = content.findLastIndex(node => !node.hidden && node.offset < change.start);
    const ending = content.findIndex(node => !node.hidden && change.oldEnd < node.end);
    // No element ends after the change (one typed at the end of the file, say): the span runs to the end of the file.
    const toEnd = ending < 0;
    const last = toEnd ? content.length - 1 : ending;
    if (first < 0 || last < first) return undefined;
    const firstElement = content[first].astNode as TopLevelElement;
    const lastElement = toEnd ? model.elements[model.elements.length - 1] : content[last].astNode as TopLevelElement;
    const from = firstElement.$containerIndex ?? -1;
    const to = lastElement.$containerIndex ?? -1;
    if (model.elements[from] !== firstElement || model.elements[to] !== lastElement) return undefined;

    const delta = text.length - oldText.length;
    const start = content[first].offset;
    const slice = text.substring(start, toEnd ? text.length : content[last].end + delta);
    const parsed = parser.parse<Model>(slice);
    const replacement = parsed.value.$cstNode?.root.content;
    if (hasErrors(parsed) || !replacement || replacement.length === 0) return undefined;
    const freshLast = lastLeaf(replacement[replacement.length - 1]);
    const oldLast = lastLeaf(content[last]);
    // The span begins with its old first character, a letter: its first token is not hidden. Unless it runs to the
    // end of the file, its last token must be the old one.
    if (!freshLast || !oldLast || !isLeafShaped(oldLast)
        || (!toEnd && (freshLast.end !== slice.length || freshLast.tokenType !== oldLast.tokenType || freshLast.text !== oldLast.text))) {
        return undefined;
    }

    const startPosition = content[first].range.start;
    for (const node of replacement) {
        moveLeaves(node, { offset: start, lines: startPosition.line, fromLine: 0, columns: startPosition.character });
    }
    const oldEnd = oldLast.range.end;
    const newEnd = freshLast.range.end;
    for (const node of content.slice(last + 1)) {
        moveLeaves(node, { offset: delta, lines: newEnd.line - oldEnd.line, fromLine: oldEnd.line, columns: newEnd.character - oldEnd.character });
    }

    for (const node of replacement) (node as { container?: CompositeCstNode }).container = root;
    (content as CstNode[]).splice(first, last - first + 1, ...replacement);
    model.elements.splice(from, to - from + 1, ...parsed.value.elements);
    for (let index = from; index < model.elements.length; index++) {
        Object.assign(model.elements[index], { $container: model, $containerProperty: 'elements', $containerIndex: index });
    }
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

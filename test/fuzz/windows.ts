import { AstUtils, isReference, type AstNode, type LangiumDocument } from 'langium';
import type { Random } from '../helpers/generate-specs.js';
import type { TokenSpan } from './mutate.js';

/**
 * A window is a small, still well-formed piece of a seed: a few elements kept whole, what
 * they reference, and the elements around them reduced to their header and own properties.
 * Cost per input grows with its length, so mutating windows of 0.2–2 KB instead of whole
 * 2–9 KB files tries several times as many inputs, each still near a valid spec.
 */

/** An element of a seed that a window keeps or drops as a whole: a top-level element, service member, process content or stage step. */
interface Unit {
    start: number;
    end: number;
    /** Where the comments and blank lines before it begin: dropped with it, and also when only its header is kept. */
    leading: number;
    /** Index of the enclosing unit, -1 at top level. */
    parent: number;
    children: number[];
    /** Units referenced from this unit outside its child units (`by`, `standard`, `next`, `measures`, …). */
    references: number[];
}

/** The units of a linked seed document, in text order. */
export interface SeedOutline {
    text: string;
    tokens: readonly TokenSpan[];
    units: readonly Unit[];
}

/** A window's text and the seed's tokens that remain in it, at their new offsets. */
export interface Window {
    text: string;
    tokens: TokenSpan[];
    /** Where a seed offset that the window keeps lies in the window's text. */
    offsetOf(seedOffset: number): number;
}

const unitProperties = new Set(['elements', 'members', 'contents', 'steps']);

/** Outlines a seed after linking, so that windows can keep what their elements reference. */
export function outlineSeed(document: LangiumDocument, tokens: readonly TokenSpan[]): SeedOutline {
    const units: Unit[] = [];
    const indexOf = new Map<AstNode, number>();
    const owner = (node: AstNode): number => {
        for (let current: AstNode | undefined = node; current; current = current.$container) {
            const index = indexOf.get(current);
            if (index !== undefined) return index;
        }
        return -1;
    };
    for (const node of AstUtils.streamAst(document.parseResult.value)) {
        if (!node.$cstNode || !unitProperties.has(node.$containerProperty ?? '')) continue;
        const parent = owner(node.$container!);
        indexOf.set(node, units.length);
        if (parent >= 0) units[parent].children.push(units.length);
        units.push({ start: node.$cstNode.offset, end: node.$cstNode.end, leading: leadingGapStart(document.textDocument.getText(), tokens, node.$cstNode.offset), parent, children: [], references: [] });
    }
    for (const node of AstUtils.streamAst(document.parseResult.value)) {
        const from = owner(node);
        for (const { reference } of AstUtils.streamReferences(node)) {
            const target = isReference(reference) ? reference.ref : undefined;
            const to = target ? indexOf.get(target) : undefined;
            if (from >= 0 && to !== undefined && to !== from) units[from].references.push(to);
        }
    }
    return { text: document.textDocument.getText(), tokens, units };
}

/** The end of the last token before `offset` that is not a comment (0 if none). */
function leadingGapStart(text: string, tokens: readonly TokenSpan[], offset: number): number {
    let index = tokens.findIndex(token => token.offset >= offset);
    if (index < 0) index = tokens.length;
    while (index > 0 && isComment(text, tokens[index - 1])) index--;
    return index > 0 ? tokens[index - 1].end : 0;
}

function isComment(text: string, token: TokenSpan): boolean {
    return text.startsWith('//', token.offset) || text.startsWith('/*', token.offset);
}

/** A random window: a run of sibling units of 0.2–2 KB, what they reference within the same budget, and their enclosing headers. */
export function randomWindow(outline: SeedOutline, random: Random): Window {
    const { units } = outline;
    if (units.length === 0) return windowOf(outline, [], 0);
    const budget = random.int(200, 2000);
    let first = random.int(0, units.length - 1);
    // A unit larger than the budget (a whole service or process) is narrowed to one of its parts.
    while (length(units[first]) > budget && units[first].children.length > 0) first = random.pick(units[first].children);
    const siblings = units[first].parent >= 0 ? units[units[first].parent].children : units.flatMap((unit, index) => unit.parent < 0 ? [index] : []);
    const focus = [first];
    let size = length(units[first]);
    for (let next = siblings.indexOf(first) + 1; next < siblings.length && size + length(units[siblings[next]]) <= budget; next++) {
        focus.push(siblings[next]);
        size += length(units[siblings[next]]);
    }
    return windowOf(outline, focus, budget);
}

/**
 * For a cut at `offset`, the window of the innermost unit around it: that unit whole when it
 * has no parts, or else only its header; cutting this window at the offset is what typing the
 * seed up to there leaves, without the elements that do not bear on it.
 */
export function windowAround(outline: SeedOutline, offset: number): { key: number; make: () => Window } {
    const { units } = outline;
    let innermost = -1;
    units.forEach((unit, index) => {
        if (unit.leading <= offset && offset <= unit.end) innermost = index;
    });
    const leaf = innermost >= 0 && units[innermost].children.length === 0;
    return { key: innermost, make: () => windowOf(outline, leaf ? [innermost] : [], truncationBudget, leaf ? [] : [innermost]) };
}

/** References a truncation window keeps: enough for the names before the cut to resolve, without growing every prefix. */
const truncationBudget = 600;

function length(unit: Unit): number {
    return unit.end - unit.start;
}

/**
 * Keeps `focus` whole, then what it references (breadth first, until `budget` characters are
 * kept), and the header and own properties of every unit enclosing a kept one (or listed in
 * `open`, which also keep the comments before them). Comments before a unit go with it when
 * it is dropped and when it only encloses kept units, so a window does not carry a file's
 * header comment or the blank lines of what it dropped.
 */
function windowOf(outline: SeedOutline, focus: readonly number[], budget: number, open: readonly number[] = []): Window {
    const { units } = outline;
    const whole = new Set<number>();
    const opened = new Set<number>();
    const queue: number[] = [];
    let size = 0;
    const insideWhole = (index: number) => {
        for (let current = index; current >= 0; current = units[current].parent) if (whole.has(current)) return true;
        return false;
    };
    const openUpFrom = (index: number) => {
        for (let current = index; current >= 0 && !opened.has(current); current = units[current].parent) {
            opened.add(current);
            queue.push(...units[current].references);
        }
    };
    const keepWhole = (index: number) => {
        if (insideWhole(index)) return;
        whole.add(index);
        size += length(units[index]);
        openUpFrom(units[index].parent);
        const visit = (current: number) => {
            queue.push(...units[current].references);
            units[current].children.forEach(visit);
        };
        visit(index);
    };
    open.filter(index => index >= 0).forEach(openUpFrom);
    focus.forEach(keepWhole);
    while (queue.length > 0 && size < budget) keepWhole(queue.shift()!);

    const dropped: Range[] = [];
    const drop = (start: number, end: number) => {
        const last = dropped.at(-1);
        if (last && last.end >= start) last.end = Math.max(last.end, end);
        else if (start < end) dropped.push({ start, end });
    };
    const place = (index: number) => {
        const unit = units[index];
        if (whole.has(index)) return;
        if (!opened.has(index)) return drop(unit.leading, unit.end);
        if (!open.includes(index)) drop(unit.leading, unit.start);
        unit.children.forEach(place);
    };
    units.forEach((unit, index) => {
        if (unit.parent < 0) place(index);
    });
    return cut(outline, dropped);
}

interface Range { start: number; end: number }

/** The seed with each `dropped` range (in text order, apart) replaced by a line break, which keeps the tokens around it apart; its tokens move along. */
function cut(outline: SeedOutline, dropped: readonly Range[]): Window {
    const { text } = outline;
    const kept: string[] = [];
    let from = 0;
    for (const range of dropped) {
        kept.push(text.slice(from, range.start));
        from = range.end;
    }
    kept.push(text.slice(from));
    const offsetOf = (seedOffset: number) => {
        let removed = 0;
        for (const range of dropped) {
            if (range.end > seedOffset) break;
            removed += range.end - range.start - 1;
        }
        return seedOffset - removed;
    };
    const tokens: TokenSpan[] = [];
    let range = 0;
    let removed = 0;
    for (const token of outline.tokens) {
        for (; range < dropped.length && dropped[range].end <= token.offset; range++) removed += dropped[range].end - dropped[range].start - 1;
        if (range < dropped.length && token.offset >= dropped[range].start) continue;
        tokens.push({ offset: token.offset - removed, end: token.end - removed });
    }
    return { text: kept.join('\n'), tokens, offsetOf };
}

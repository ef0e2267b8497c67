import { alignedComment } from './aligned-comment.js';
import { canonicalStyle } from './canonical-style.js';
import { displayWidth } from './display-width.js';
import type { Piece, SourcePieces } from './source-pieces.js';

/** How the whitespace before a token is laid out, before comments and pinned lines are considered. */
type Layout =
    | { kind: 'inline' }
    /** A new line at `level` (comments in the gap at `commentLevel`); no blank line right after `{` or before `}`. */
    | { kind: 'break'; level: number; commentLevel: number; afterOpen: boolean; beforeClose: boolean };

interface OpenBlock {
    /** Nesting level of the element that owns the block. */
    level: number;
    oneLine: boolean;
}

const inline: Layout = { kind: 'inline' };
const breakAt = (level: number, commentLevel = level, place: { afterOpen?: boolean; beforeClose?: boolean } = {}): Layout =>
    ({ kind: 'break', level, commentLevel, afterOpen: place.afterOpen ?? false, beforeClose: place.beforeClose ?? false });

export interface CanonicalLayout {
    /** The whitespace before each piece, and after the last one (one entry more than there are pieces). */
    gaps: string[];
    /** The text of each piece: as written, except doc-style comments with their stars lined up. */
    texts: string[];
}

/**
 * The canonical layout of the pieces. Lines in `pinnedLines` (0-based source lines that
 * a `svc-disable-next-line` comment names) keep exactly their pieces and stay separate
 * from their neighbours, so every suppression still applies to what it applied to.
 */
export function canonicalLayout(source: SourcePieces, pinnedLines: ReadonlySet<number>): CanonicalLayout {
    return new LayoutPrinter(source, pinnedLines).print();
}

class LayoutPrinter {
    private readonly gaps: string[] = [];
    private readonly texts: string[] = [];
    private readonly closingBrace = new Map<number, number>();
    private readonly blocks: OpenBlock[] = [];
    private itemLevel = 0;
    private previousToken: Piece | undefined;
    private column = 0;
    private lineHasToken = false;

    constructor(private readonly source: SourcePieces, private readonly pinnedLines: ReadonlySet<number>) {
        const open: number[] = [];
        source.pieces.forEach((piece, index) => {
            if (isToken(piece, '{')) open.push(index);
            if (isToken(piece, '}')) this.closingBrace.set(open.pop()!, index);
        });
    }

    print(): CanonicalLayout {
        const { pieces } = this.source;
        let layout: Layout = breakAt(0);
        let firstInGap = true;
        for (let index = 0; index < pieces.length; index++) {
            if (firstInGap) layout = this.layoutUpTo(this.nextToken(index));
            const piece = pieces[index];
            this.put(index, this.whitespaceBefore(index, layout, firstInGap));
            firstInGap = piece.kind === 'token';
            if (piece.kind === 'token') this.enter(index);
        }
        this.gaps.push(pieces.length > 0 ? this.source.eol : '');
        return { gaps: this.gaps, texts: this.texts };
    }

    private nextToken(from: number): number {
        let index = from;
        while (index < this.source.pieces.length && this.source.pieces[index].kind !== 'token') index++;
        return index;
    }

    /** The layout before the token at `index` (past the last token: the end of the file). */
    private layoutUpTo(index: number): Layout {
        const piece = this.source.pieces[index];
        if (!piece) return breakAt(0);
        const block = this.blocks.at(-1);
        if (!block) return piece.itemStart ? breakAt(0) : inline;
        if (isToken(this.previousToken, '{')) {
            if (block.oneLine) return inline;
            return isToken(piece, '}')
                ? breakAt(block.level, block.level + 1, { afterOpen: true, beforeClose: true })
                : breakAt(block.level + 1, block.level + 1, { afterOpen: true });
        }
        if (isToken(piece, '}')) return block.oneLine ? inline : breakAt(block.level, block.level + 1, { beforeClose: true });
        if (piece.itemStart) return block.oneLine ? inline : breakAt(block.level + 1);
        return inline;
    }

    private whitespaceBefore(index: number, layout: Layout, firstInGap: boolean): string {
        const piece = this.source.pieces[index];
        if (index === 0) return '';
        if (!this.startsLine(index, layout)) return piece.kind === 'token' ? inlineSeparator(this.previousToken, piece) : ' ';
        const blank = piece.before.lineBreaks >= 2 && layout.kind === 'break'
            && !(firstInGap && layout.afterOpen) && !(piece.kind === 'token' && layout.beforeClose);
        const level = layout.kind === 'inline' ? this.itemLevel + 1 : piece.kind === 'token' ? layout.level : layout.commentLevel;
        return this.source.eol.repeat(blank ? 2 : 1) + canonicalStyle.indent.repeat(level);
    }

    private startsLine(index: number, layout: Layout): boolean {
        const piece = this.source.pieces[index];
        const previous = this.source.pieces[index - 1];
        const { lineBreaks } = piece.before;
        if (lineBreaks === 0 && this.pinnedLines.has(piece.startLine)) return false;
        if (lineBreaks > 0 && (this.pinnedLines.has(previous.endLine) || this.pinnedLines.has(piece.startLine))) return true;
        // A comment keeps its line: one on its own line stays there, one that ended a line still does.
        if (piece.kind !== 'token') return lineBreaks > 0;
        if (previous.kind !== 'token' && lineBreaks > 0) return true;
        // After a comment that leads its line, the token joins it; after a trailing one it starts the next.
        return layout.kind === 'break' && this.lineHasToken;
    }

    /** After a token: track items and blocks. */
    private enter(index: number): void {
        const piece = this.source.pieces[index];
        const block = this.blocks.at(-1);
        if (piece.itemStart) this.itemLevel = block ? block.level + 1 : 0;
        if (isToken(piece, '{')) this.blocks.push({ level: this.itemLevel, oneLine: this.staysOnOneLine(index) });
        if (isToken(piece, '}')) this.itemLevel = this.blocks.pop()!.level;
        this.previousToken = piece;
    }

    /**
     * A block stays on (or, when empty, goes to) one line when it was written on one line
     * and still fits; on a pinned line it stays whatever its width.
     */
    private staysOnOneLine(open: number): boolean {
        const { pieces } = this.source;
        const close = this.closingBrace.get(open)!;
        const writtenOnOneLine = pieces[close].startLine === pieces[open].endLine;
        if (writtenOnOneLine && this.pinnedLines.has(pieces[open].endLine)) return true;
        const empty = close === open + 1;
        const breakKept = pieces[close].before.lineBreaks > 0
            && (this.pinnedLines.has(pieces[open].endLine) || this.pinnedLines.has(pieces[close].startLine));
        if (!writtenOnOneLine && !(empty && !breakKept)) return false;
        return this.column + this.inlineWidth(open, close) <= canonicalStyle.lineWidth;
    }

    /** Columns of the pieces after `open` up to `close`, laid out on one line. */
    private inlineWidth(open: number, close: number): number {
        let width = 0;
        let previousToken = this.source.pieces[open];
        for (const piece of this.source.pieces.slice(open + 1, close + 1)) {
            width += (piece.kind === 'token' ? inlineSeparator(previousToken, piece).length : 1) + displayWidth(piece.text);
            if (piece.kind === 'token') previousToken = piece;
        }
        return width;
    }

    private put(index: number, whitespace: string): void {
        const piece = this.source.pieces[index];
        this.advance(whitespace);
        const text = piece.kind === 'block-comment' ? alignedComment(piece.text, this.column) : piece.text;
        this.gaps.push(whitespace);
        this.texts.push(text);
        this.advance(text);
        const onNewLine = index === 0 || /[\r\n]/.test(whitespace + text);
        this.lineHasToken = piece.kind === 'token' ? true : !onNewLine && this.lineHasToken;
    }

    private advance(written: string): void {
        const lastBreak = Math.max(written.lastIndexOf('\n'), written.lastIndexOf('\r'));
        this.column = lastBreak < 0 ? this.column + displayWidth(written) : displayWidth(written.slice(lastBreak + 1));
    }
}

/** No space before `,` and around the `.` of a qualified name; one space elsewhere. */
function inlineSeparator(previous: Piece | undefined, piece: Piece): string {
    return piece.text === ',' || piece.text === '.' || previous?.text === '.' ? '' : ' ';
}

function isToken(piece: Piece | undefined, text: string): boolean {
    return piece?.kind === 'token' && piece.text === text;
}

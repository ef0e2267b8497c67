import type { TextPosition } from './cell-locator.js';
import { TextPiece } from './text-piece.js';

/**
 * What the CSV reader asks of a text; a string has all of it, and so has a
 * ChunkedText (whose `indexOf` looks for one character only).
 */
export interface CsvText {
    readonly length: number;
    /** NaN outside the text, as a string's. */
    charCodeAt(index: number): number;
    indexOf(character: string, from: number): number;
    slice(from: number, to: number): string;
    toString(): string;
}

/** An edit as LSP sends it: the range in UTF-16 positions, and the text that replaces it. */
export interface TextEdit {
    range: { start: TextPosition; end: TextPosition };
    text: string;
}

const lineFeed = 0x0a, carriageReturn = 0x0d;
const defaultChunkSize = 1 << 14;

/**
 * A large text held in pieces of about 16k characters, each knowing how many
 * lines start in it. V8 copies a whole string on the first read after it was
 * edited, and the editor's document of a 20 MB data file is ~38 MB: an edit of
 * a ChunkedText makes one new piece and shares the others with the text it
 * came from (which stays as it was). The pieces are stored as UTF-8 (text-piece.ts)
 * and decoded when read; the last two read are kept decoded. A decoded piece
 * stays under V8's large-object size (128 KB), so that it dies young: pieces
 * of 64k characters made every read of a whole text 33 MB of large objects,
 * freed only by a full collection. Lines count as LSP
 * counts them: LF, CRLF and a lone CR end one; a CRLF is never split between
 * pieces, so each piece counts its own line breaks.
 */
export class ChunkedText implements CsvText {
    /** Where each piece starts, and (last) the text's length. */
    private readonly starts: Int32Array;
    /** How many lines start in the text before each piece, and (last) in all of it. */
    private readonly linesBefore: Int32Array;
    /** The piece the last read found: reads go mostly forward from it. */
    private cached = 0;
    /** The pieces decoded last, most recent first: a reader walks forward, peeking into the next piece now and then. */
    private decoded: Array<{ piece: number; text: string }> = [];

    private constructor(private readonly chunks: readonly TextPiece[], private readonly chunkSize: number) {
        this.starts = new Int32Array(chunks.length + 1);
        this.linesBefore = new Int32Array(chunks.length + 1);
        for (let index = 0; index < chunks.length; index++) {
            this.starts[index + 1] = this.starts[index] + chunks[index].length;
            this.linesBefore[index + 1] = this.linesBefore[index] + chunks[index].lineStarts;
        }
    }

    /** `text` in pieces of `chunkSize` characters. */
    static of(text: string, chunkSize = defaultChunkSize): ChunkedText {
        return new ChunkedText(cut(text, chunkSize).map(TextPiece.of), chunkSize);
    }

    /**
     * UTF-8 bytes (no byte order mark) as a text, in pieces cut after line feeds (the bytes are kept, not copied);
     * `fatal`: invalid UTF-8 throws, as TextDecoder's fatal mode.
     */
    static ofUtf8(bytes: Uint8Array, fatal = false, chunkSize = defaultChunkSize): ChunkedText {
        return new ChunkedText(cutBytes(bytes, chunkSize, lineEndAfter).map(piece => TextPiece.ofUtf8(piece, fatal)), chunkSize);
    }

    /** The string a JSON string literal stands for, from the bytes between its quotes (kept, not copied). */
    static ofJsonEscaped(bytes: Uint8Array, chunkSize = defaultChunkSize): ChunkedText {
        return new ChunkedText(cutBytes(bytes, chunkSize, escapedLineEndAfter).map(TextPiece.ofJsonEscaped), chunkSize);
    }

    get length(): number {
        return this.starts[this.chunks.length];
    }

    /** The text holds U+FFFD (what a decoder puts for bytes not of its encoding), known without reading it. */
    get hasReplacementCharacter(): boolean {
        return this.chunks.some(chunk => chunk.hasReplacementCharacter);
    }

    /** How many lines the text has (one more than line breaks). */
    get lineCount(): number {
        return this.linesBefore[this.chunks.length] + 1;
    }

    charCodeAt(index: number): number {
        if (!(index >= 0 && index < this.length)) return NaN;
        const chunk = this.chunkAt(index);
        return this.pieceText(chunk).charCodeAt(index - this.starts[chunk]);
    }

    indexOf(character: string, from: number): number {
        if (character.length !== 1) throw new Error('ChunkedText.indexOf looks for one character');
        if (from >= this.length) return -1;
        for (let chunk = this.chunkAt(Math.max(from, 0)); chunk < this.chunks.length; chunk++) {
            const start = this.starts[chunk];
            const found = this.pieceText(chunk).indexOf(character, Math.max(from - start, 0));
            if (found !== -1) {
                this.cached = chunk;
                return start + found;
            }
        }
        return -1;
    }

    slice(from: number, to: number): string {
        from = Math.max(0, Math.min(from, this.length));
        to = Math.max(from, Math.min(to, this.length));
        if (from === to) return '';
        const first = this.chunkAt(from), last = this.chunkAt(to - 1);
        if (first === last) return this.pieceText(first).slice(from - this.starts[first], to - this.starts[first]);
        let text = this.pieceText(first).slice(from - this.starts[first]);
        for (let chunk = first + 1; chunk < last; chunk++) text += this.pieceText(chunk);
        return text + this.pieceText(last).slice(0, to - this.starts[last]);
    }

    toString(): string {
        return this.chunks.map((_, index) => this.pieceText(index)).join('');
    }

    /** The offset of an LSP position, as vscode-languageserver-textdocument's `offsetAt` gives it. */
    offsetAt(position: TextPosition): number {
        if (position.line >= this.lineCount) return this.length;
        if (position.line < 0) return 0;
        const lineStart = this.lineStart(position.line);
        if (position.character <= 0) return lineStart;
        const nextLineStart = position.line + 1 < this.lineCount ? this.lineStart(position.line + 1) : this.length;
        return this.beforeLineBreak(Math.min(lineStart + position.character, nextLineStart), lineStart);
    }

    /** The text of line `line` (0-based, within the text), without its line break. */
    lineAt(line: number): string {
        const start = this.lineStart(line);
        const end = line + 1 < this.lineCount ? this.lineStart(line + 1) : this.length;
        return this.slice(start, this.beforeLineBreak(end, start));
    }

    /**
     * This text with `edits` applied in order, each to the text the ones before
     * it left (as LSP's content changes), positions as `offsetAt` reads them.
     */
    edited(edits: readonly TextEdit[]): ChunkedText {
        let text: ChunkedText = this;
        for (const { range, text: inserted } of edits) {
            const [start, end] = isBefore(range.end, range.start) ? [range.end, range.start] : [range.start, range.end];
            text = text.replaced(text.offsetAt(start), text.offsetAt(end), inserted);
        }
        return text;
    }

    /** This text with `[from, to)` replaced by `inserted`: the pieces the stretch touches are made again, the others shared. */
    private replaced(from: number, to: number, inserted: string): ChunkedText {
        const { chunks, starts } = this;
        let first = this.length === 0 ? 0 : this.chunkAt(Math.min(from, this.length - 1));
        let last = to > starts[first] ? this.chunkAt(to - 1) : first;
        let middle = this.pieceText(first).slice(0, from - starts[first]) + inserted + this.pieceText(last).slice(to - starts[last]);
        // No piece is left empty (but that of an empty text), and no CRLF is split between two.
        if (middle === '' && first > 0) middle = this.pieceText(--first);
        else if (middle === '' && last + 1 < chunks.length) middle = this.pieceText(++last);
        if (middle.charCodeAt(middle.length - 1) === carriageReturn && this.firstCodeOf(last + 1) === lineFeed) middle += this.pieceText(++last);
        if (middle.charCodeAt(0) === lineFeed && this.lastCodeOf(first - 1) === carriageReturn) middle = this.pieceText(--first) + middle;
        const pieces = (middle.length > 2 * this.chunkSize ? cut(middle, this.chunkSize) : [middle]).map(TextPiece.of);
        const kept = [...chunks];
        kept.splice(first, last + 1 - first, ...pieces);
        return new ChunkedText(kept, this.chunkSize);
    }

    /** The first character code of piece `index`; NaN when there is none. */
    private firstCodeOf(index: number): number {
        return index < this.chunks.length ? this.pieceText(index).charCodeAt(0) : NaN;
    }

    private lastCodeOf(index: number): number {
        return index >= 0 ? this.pieceText(index).charCodeAt(this.chunks[index].length - 1) : NaN;
    }

    /** Piece `index`'s text, decoded at most once while it is one of the last two read. */
    private pieceText(index: number): string {
        const { decoded } = this;
        if (decoded[0]?.piece === index) return decoded[0].text;
        if (decoded[1]?.piece === index) {
            decoded.reverse();
            return decoded[0].text;
        }
        const text = this.chunks[index].text();
        this.decoded = [{ piece: index, text }, ...decoded.slice(0, 1)];
        return text;
    }

    /**
     * How much of `before`'s start and end `after` shares by its pieces (the
     * same strings at the same distance from its start, or from its end): a
     * stretch known unchanged without comparing its characters.
     */
    static sharedEnds(before: CsvText, after: CsvText): { start: number; end: number } {
        if (!(before instanceof ChunkedText) || !(after instanceof ChunkedText)) return { start: 0, end: 0 };
        let start = 0;
        for (let index = 0; index < before.chunks.length && before.chunks[index] === after.chunks[index]; index++) start = before.starts[index + 1];
        let end = 0;
        for (let back = 1; back <= before.chunks.length && back <= after.chunks.length; back++) {
            const chunk = before.chunks[before.chunks.length - back];
            if (chunk !== after.chunks[after.chunks.length - back]) break;
            end += chunk.length;
        }
        return { start, end };
    }

    /** Where line `line` starts (0 < line < lineCount; line 0 starts at 0). */
    private lineStart(line: number): number {
        if (line === 0) return 0;
        // The piece in which the line starts: the first whose end has passed `line` line starts.
        let low = 0, high = this.chunks.length - 1;
        while (low < high) {
            const middle = (low + high) >> 1;
            if (this.linesBefore[middle + 1] >= line) high = middle;
            else low = middle + 1;
        }
        const chunk = this.pieceText(low);
        let left = line - this.linesBefore[low];
        for (let index = 0; index < chunk.length; index++) {
            const code = chunk.charCodeAt(index);
            if (code === lineFeed || (code === carriageReturn && chunk.charCodeAt(index + 1) !== lineFeed)) {
                if (--left === 0) return this.starts[low] + index + 1;
            }
        }
        throw new Error(`line ${line} not found`);
    }

    /** `offset` moved back over line-break characters, but not before `lineStart`. */
    private beforeLineBreak(offset: number, lineStart: number): number {
        while (offset > lineStart && isLineBreak(this.charCodeAt(offset - 1))) offset--;
        return offset;
    }

    /** The piece that holds `index` (0 ≤ index < length). */
    private chunkAt(index: number): number {
        const { starts } = this;
        let chunk = this.cached;
        if (starts[chunk] <= index && index < starts[chunk + 1]) return chunk;
        if (starts[chunk + 1] <= index && index < starts[chunk + 2]) return this.cached = chunk + 1;
        let low = 0, high = this.chunks.length - 1;
        while (low < high) {
            chunk = (low + high + 1) >> 1;
            if (starts[chunk] <= index) low = chunk;
            else high = chunk - 1;
        }
        return this.cached = low;
    }
}

/**
 * `text` in pieces of about `size` characters, none ending between the CR and LF of a CRLF
 * or between the two halves of a surrogate pair (so that each piece packs to UTF-8); one piece for an empty text.
 */
function cut(text: string, size: number): string[] {
    const pieces: string[] = [];
    let start = 0;
    do {
        let end = Math.min(start + size, text.length);
        if (text.charCodeAt(end - 1) === carriageReturn && text.charCodeAt(end) === lineFeed) end++;
        if (isHighSurrogate(text.charCodeAt(end - 1)) && isLowSurrogate(text.charCodeAt(end))) end++;
        pieces.push(text.slice(start, end));
        start = end;
    } while (start < text.length);
    return pieces;
}

/**
 * Bytes in pieces of at least `size` bytes, each ending where `endAfter` (the end of the first line break
 * at or after an offset) says, so that no character, escape or CRLF is split; the rest of a text without one is one piece.
 */
function cutBytes(bytes: Uint8Array, size: number, endAfter: (bytes: Uint8Array, from: number) => number): Uint8Array[] {
    const pieces: Uint8Array[] = [];
    let start = 0;
    do {
        const end = bytes.length - start > 2 * size ? endAfter(bytes, start + size) : bytes.length;
        pieces.push(bytes.subarray(start, end));
        start = end;
    } while (start < bytes.length);
    return pieces;
}

/** After an LF, or a CR not followed by LF. */
function lineEndAfter(bytes: Uint8Array, from: number): number {
    for (let at = from; at < bytes.length; at++) {
        if (bytes[at] === lineFeed || (bytes[at] === carriageReturn && bytes[at + 1] !== lineFeed)) return at + 1;
    }
    return bytes.length;
}

const backslash = 0x5c, letterN = 0x6e, letterR = 0x72;

/** In the inside of a JSON string literal: after an escaped `\\n`, or `\\r` not followed by `\\n`. */
function escapedLineEndAfter(bytes: Uint8Array, from: number): number {
    // Each escape found is stepped over whole. The first found may be the second half of an escaped backslash
    // (`from` fell between the two): then what follows it is a plain character, after which a cut is as good.
    for (let at = bytes.indexOf(backslash, from); at !== -1; at = bytes.indexOf(backslash, at + 2)) {
        const escaped = bytes[at + 1];
        if (escaped === letterN) return at + 2;
        if (escaped === letterR && !(bytes[at + 2] === backslash && bytes[at + 3] === letterN)) return at + 2;
    }
    return bytes.length;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

function isLineBreak(code: number): boolean {
    return code === lineFeed || code === carriageReturn;
}

function isBefore(a: TextPosition, b: TextPosition): boolean {
    return a.line < b.line || (a.line === b.line && a.character < b.character);
}

import type { TextPosition } from './cell-locator.js';

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
const defaultChunkSize = 1 << 16;

/**
 * A large text held in pieces of about 64k characters, each knowing how many
 * lines start in it. V8 copies a whole string on the first read after it was
 * edited, and the editor's document of a 20 MB data file is ~38 MB: an edit of
 * a ChunkedText makes one new piece and shares the others with the text it
 * came from (which stays as it was). Lines count as LSP counts them: LF, CRLF
 * and a lone CR end one; a CRLF is never split between pieces, so each piece
 * counts its own line breaks.
 */
export class ChunkedText implements CsvText {
    /** Where each piece starts, and (last) the text's length. */
    private readonly starts: Int32Array;
    /** How many lines start in the text before each piece, and (last) in all of it. */
    private readonly linesBefore: Int32Array;
    /** The piece the last read found: reads go mostly forward from it. */
    private cached = 0;

    private constructor(private readonly chunks: readonly string[], lineStartCounts: readonly number[], private readonly chunkSize: number) {
        this.starts = new Int32Array(chunks.length + 1);
        this.linesBefore = new Int32Array(chunks.length + 1);
        for (let index = 0; index < chunks.length; index++) {
            this.starts[index + 1] = this.starts[index] + chunks[index].length;
            this.linesBefore[index + 1] = this.linesBefore[index] + lineStartCounts[index];
        }
    }

    /** `text` in pieces of `chunkSize` characters (the pieces share `text`'s storage: nothing is copied). */
    static of(text: string, chunkSize = defaultChunkSize): ChunkedText {
        const chunks = cut(text, chunkSize);
        return new ChunkedText(chunks, chunks.map(countLineStarts), chunkSize);
    }

    get length(): number {
        return this.starts[this.chunks.length];
    }

    /** How many lines the text has (one more than line breaks). */
    get lineCount(): number {
        return this.linesBefore[this.chunks.length] + 1;
    }

    charCodeAt(index: number): number {
        if (!(index >= 0 && index < this.length)) return NaN;
        const chunk = this.chunkAt(index);
        return this.chunks[chunk].charCodeAt(index - this.starts[chunk]);
    }

    indexOf(character: string, from: number): number {
        if (character.length !== 1) throw new Error('ChunkedText.indexOf looks for one character');
        if (from >= this.length) return -1;
        for (let chunk = this.chunkAt(Math.max(from, 0)); chunk < this.chunks.length; chunk++) {
            const start = this.starts[chunk];
            const found = this.chunks[chunk].indexOf(character, Math.max(from - start, 0));
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
        if (first === last) return this.chunks[first].slice(from - this.starts[first], to - this.starts[first]);
        let text = this.chunks[first].slice(from - this.starts[first]);
        for (let chunk = first + 1; chunk < last; chunk++) text += this.chunks[chunk];
        return text + this.chunks[last].slice(0, to - this.starts[last]);
    }

    toString(): string {
        return this.chunks.join('');
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
        let middle = chunks[first].slice(0, from - starts[first]) + inserted + chunks[last].slice(to - starts[last]);
        // No piece is left empty (but that of an empty text), and no CRLF is split between two.
        if (middle === '' && first > 0) middle = chunks[--first];
        else if (middle === '' && last + 1 < chunks.length) middle = chunks[++last];
        if (middle.charCodeAt(middle.length - 1) === carriageReturn && chunks[last + 1]?.charCodeAt(0) === lineFeed) middle += chunks[++last];
        if (middle.charCodeAt(0) === lineFeed && chunks[first - 1]?.charCodeAt(chunks[first - 1].length - 1) === carriageReturn) middle = chunks[--first] + middle;
        const pieces = middle.length > 2 * this.chunkSize ? cut(middle, this.chunkSize) : [middle];
        const counts = Array.from({ length: chunks.length }, (_, index) => this.linesBefore[index + 1] - this.linesBefore[index]);
        counts.splice(first, last + 1 - first, ...pieces.map(countLineStarts));
        const kept = [...chunks];
        kept.splice(first, last + 1 - first, ...pieces);
        return new ChunkedText(kept, counts, this.chunkSize);
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
        const chunk = this.chunks[low];
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

/** `text` in pieces of about `size` characters, none ending between the CR and LF of a CRLF; one piece for an empty text. */
function cut(text: string, size: number): string[] {
    const pieces: string[] = [];
    let start = 0;
    do {
        let end = Math.min(start + size, text.length);
        if (text.charCodeAt(end - 1) === carriageReturn && text.charCodeAt(end) === lineFeed) end++;
        pieces.push(text.slice(start, end));
        start = end;
    } while (start < text.length);
    return pieces;
}

/** The line starts after a line break in `text`: one for each LF and each CR not followed by LF. */
function countLineStarts(text: string): number {
    let count = 0;
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++;
    for (let index = text.indexOf('\r'); index !== -1; index = text.indexOf('\r', index + 1)) {
        if (text.charCodeAt(index + 1) !== lineFeed) count++;
    }
    return count;
}

function isLineBreak(code: number): boolean {
    return code === lineFeed || code === carriageReturn;
}

function isBefore(a: TextPosition, b: TextPosition): boolean {
    return a.line < b.line || (a.line === b.line && a.character < b.character);
}

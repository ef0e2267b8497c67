import type { CsvText } from './chunked-text.js';

/** A place in a data file as LSP counts it: 0-based line, UTF-16 code units into the line. */
export interface TextPosition {
    line: number;
    character: number;
}

/** The shape of an LSP `Range`, so that diagnostics take it as it is. */
export interface TextRange {
    start: TextPosition;
    end: TextPosition;
}

/** Where a record stands; its cells are the locator's cells `first` to `first + count - 1`, one for each field. */
export interface RecordStart {
    line: number;
    first: number;
    count: number;
    /**
     * Its quotes are RFC 4180's, as csv-parse reads them without an error: a quote
     * only opens a cell, and a closing one ends it. Then the cells' texts are those csv-parse gives.
     */
    plain: boolean;
}

const quote = 0x22, comma = 0x2c, lineFeed = 0x0a, carriageReturn = 0x0d, hash = 0x23;

/**
 * Walks a CSV text record by record, in step with csv-parse, and tells where
 * each cell stands. csv-parse 7 cannot: its `info.lines` counts a CRLF inside
 * quotes as two lines and its `raw` loses the LF of a CRLF. Skips what csv-parse
 * skips before a record (with `comment: '#'`, `comment_no_infix` and
 * `skip_empty_lines`): empty lines and lines whose first character is `#`.
 * Keeps offsets, not positions, in one typed array, so that a large file costs
 * no objects per cell.
 */
export class CellLocator {
    private offset: number;
    /**
     * Where each line starts, as far as the walk has come, as LSP counts lines: after LF, CRLF or a
     * lone CR (csv-parse ends records at LF and CRLF only; a lone CR inside a record starts a new line for the editor).
     * The first is that of line `firstLine`.
     */
    private lineStarts = new GrowingInts();
    /**
     * Start and end offset of every cell so far, flat (`start0, end0, start1, end1, …`):
     * from its first character (an opening quote included) to its last, before `,` or the line break.
     */
    private bounds = new GrowingInts();
    /** Where the next comma, quote and CR at or after the offset stand (the text's length for none); behind the offset when not searched yet. */
    private nextComma = -1;
    private nextQuote = -1;
    private nextCarriageReturn = -1;

    /** A walk from the start of `text`, or from `start`, where a record and line `firstLine` start. */
    constructor(private readonly text: CsvText, start = 0, private readonly firstLine = 0) {
        this.offset = start;
        this.lineStarts.push(start);
    }

    /** How many cells the walk has located. */
    get cells(): number {
        return this.bounds.length >> 1;
    }

    /** The line the walk stands on. */
    private get line(): number {
        return this.firstLine + this.lineStarts.length - 1;
    }

    /** Where the walk stands: after the last record it located, or the ignored lines after it. */
    get position(): number {
        return this.offset;
    }

    /** How many lines the walk has started. */
    get lines(): number {
        return this.lineStarts.length;
    }

    /**
     * The walk of a text that is this (finished) walk's text with one stretch changed: this walk's cells
     * `[cells.from, cells.to)` and lines `[lines.from, lines.to)` are replaced by `region`'s, and the cells
     * and lines after them move by `shift` characters. `region` walked `text` from the start of line
     * `lines.from` to the start of the line that was `lines.to` (or to the end), where records start.
     */
    spliced(text: CsvText, region: CellLocator, cells: { from: number; to: number }, lines: { from: number; to: number }, shift: number): CellLocator {
        const walk = new CellLocator(text, text.length, this.firstLine);
        walk.bounds = this.bounds.spliced(2 * cells.from, 2 * cells.to, region.bounds, 0, region.bounds.length, shift);
        // The region's last line start, where it stopped, is that of line `lines.to`, moved: kept from this walk.
        const regionLines = region.lineStarts.length - (lines.to < this.lineStarts.length ? 1 : 0);
        walk.lineStarts = this.lineStarts.spliced(lines.from, lines.to, region.lineStarts, 0, regionLines, shift);
        return walk;
    }

    /** Locates the next record and its cells; call once for each record csv-parse yields, in order. */
    nextRecord(): RecordStart {
        this.skipIgnoredLines();
        return this.nextSimpleLine() ?? this.nextRecordByCharacter();
    }

    /**
     * A record that is one line without quotes or lone CRs, as most are, located
     * by searching for the next comma, quote and line break (native searches,
     * many times faster than reading each character); undefined for any other.
     * The searches only move forward, so a file costs one pass of each.
     */
    private nextSimpleLine(): RecordStart | undefined {
        const { text, offset } = this;
        if (this.nextQuote < offset) this.nextQuote = indexOrEnd(text, '"', offset);
        if (this.nextCarriageReturn < offset) this.nextCarriageReturn = indexOrEnd(text, '\r', offset);
        const lineEnd = indexOrEnd(text, '\n', offset);
        if (this.nextQuote < lineEnd) return undefined;
        let contentEnd = lineEnd;
        if (this.nextCarriageReturn < lineEnd) {
            // Only the CR of a CRLF: a lone one is a line break to LSP clients, counted character by character.
            if (this.nextCarriageReturn !== lineEnd - 1 || lineEnd === text.length) return undefined;
            contentEnd = lineEnd - 1;
        }
        const { line } = this, first = this.cells;
        let cellStart = offset;
        if (this.nextComma < offset) this.nextComma = indexOrEnd(text, ',', offset);
        while (this.nextComma < contentEnd) {
            this.addCell(cellStart, this.nextComma);
            cellStart = this.nextComma + 1;
            this.nextComma = indexOrEnd(text, ',', cellStart);
        }
        this.addCell(cellStart, contentEnd);
        if (lineEnd < text.length) this.lineStarts.push(lineEnd + 1);
        this.offset = Math.min(lineEnd + 1, text.length);
        return { line, first, count: this.cells - first, plain: true };
    }

    private nextRecordByCharacter(): RecordStart {
        const { text } = this;
        const { line } = this, first = this.cells;
        let cellStart = this.offset, quoted = false, plain = true;
        for (; this.offset < text.length; this.offset++) {
            const code = text.charCodeAt(this.offset);
            if (code === quote) {
                if (!quoted) {
                    plain &&= this.offset === cellStart;
                    quoted = true;
                } else if (text.charCodeAt(this.offset + 1) === quote) {
                    // `""` inside quotes is one quote.
                    this.offset++;
                } else {
                    plain &&= this.endsCell(this.offset + 1);
                    quoted = false;
                }
            } else if (code === comma && !quoted) {
                this.addCell(cellStart, this.offset);
                cellStart = this.offset + 1;
            } else if (code === carriageReturn && text.charCodeAt(this.offset + 1) !== lineFeed) {
                // A lone CR is text to csv-parse, but a line break to LSP clients: positions must count it.
                this.lineStarts.push(this.offset + 1);
            } else if (code === lineFeed) {
                this.lineStarts.push(this.offset + 1);
                if (!quoted) {
                    this.addCell(cellStart, text.charCodeAt(this.offset - 1) === carriageReturn ? this.offset - 1 : this.offset);
                    this.offset++;
                    return { line, first, count: this.cells - first, plain };
                }
            }
        }
        this.addCell(cellStart, this.offset);
        return { line, first, count: this.cells - first, plain: plain && !quoted };
    }

    /** Skips what csv-parse skips before a record; true when no record is left. */
    atEnd(): boolean {
        this.skipIgnoredLines();
        return this.offset >= this.text.length;
    }

    /** Whether a cell may end at `offset`: at a comma, a line break (LF or CRLF) or the end of the text. */
    private endsCell(offset: number): boolean {
        const code = this.text.charCodeAt(offset);
        return offset >= this.text.length || code === comma || code === lineFeed || (code === carriageReturn && this.text.charCodeAt(offset + 1) === lineFeed);
    }

    /** Where a cell starts, as an offset into the text. */
    cellStart(cell: number): number {
        return this.bounds.at(2 * cell);
    }

    /** Where a cell ends, as an offset into the text. */
    cellEnd(cell: number): number {
        return this.bounds.at(2 * cell + 1);
    }

    /** The line of the next record, as far as csv-parse got before it failed there. */
    nextRecordLine(): number {
        this.skipIgnoredLines();
        return this.line;
    }

    /** The position of an offset the walk has passed. */
    positionAt(offset: number): TextPosition {
        const { lineStarts } = this;
        let low = 0, high = lineStarts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (lineStarts.at(middle) <= offset) low = middle;
            else high = middle - 1;
        }
        return { line: this.firstLine + low, character: offset - lineStarts.at(low) };
    }

    private addCell(start: number, end: number): void {
        this.bounds.push(start);
        this.bounds.push(end);
    }

    private skipIgnoredLines(): void {
        for (let lineEnd = this.ignoredLineEnd(); lineEnd !== undefined; lineEnd = this.ignoredLineEnd()) {
            if (lineEnd === -1) {
                this.offset = this.text.length;
                return;
            }
            this.pushLoneCarriageReturns(this.offset, lineEnd);
            this.offset = lineEnd + 1;
            this.lineStarts.push(this.offset);
        }
    }

    /** Line starts after the lone CRs of a skipped line: LSP counts them as line breaks. */
    private pushLoneCarriageReturns(from: number, to: number): void {
        for (let index = this.text.indexOf('\r', from); index !== -1 && index < to; index = this.text.indexOf('\r', index + 1)) {
            if (this.text.charCodeAt(index + 1) !== lineFeed) this.lineStarts.push(index + 1);
        }
    }

    /** The LF ending the empty or comment line at the offset (-1 for a comment that ends the file), if there is one. */
    private ignoredLineEnd(): number | undefined {
        const { text, offset } = this;
        const code = text.charCodeAt(offset);
        if (code === lineFeed) return offset;
        if (code === carriageReturn && text.charCodeAt(offset + 1) === lineFeed) return offset + 1;
        if (code === hash) return text.indexOf('\n', offset);
        return undefined;
    }
}

/** Where `searched` next stands in `text` from `from` on, or the text's length. */
function indexOrEnd(text: CsvText, searched: string, from: number): number {
    const index = text.indexOf(searched, from);
    return index === -1 ? text.length : index;
}

/** Whole numbers below 2³¹ in one typed array that grows as they are pushed: no object or boxed number each. */
export class GrowingInts {
    private numbers: Int32Array;
    length = 0;

    constructor(capacity = 1024) {
        this.numbers = new Int32Array(capacity);
    }

    at(index: number): number {
        return this.numbers[index];
    }

    set(index: number, value: number): void {
        this.numbers[index] = value;
    }

    /** These numbers with room for `capacity` (these are given up when the room grows). */
    withCapacity(capacity: number): GrowingInts {
        if (capacity <= this.numbers.length) return this;
        const grown = new GrowingInts(capacity);
        grown.numbers.set(this.numbers.subarray(0, this.length));
        grown.length = this.length;
        return grown;
    }

    push(value: number): void {
        if (this.length === this.numbers.length) {
            const grown = new Int32Array(2 * this.numbers.length);
            grown.set(this.numbers);
            this.numbers = grown;
        }
        this.numbers[this.length++] = value;
    }

    /**
     * These numbers with `[from, to)` replaced by `other`'s `[otherFrom, otherTo)`, the numbers after
     * `to` increased by `shift` (for numbers kept in groups, one shift per place in the group). These are
     * given up: their storage is reused when the result fits in it (an edit of a cell keeps the counts; a
     * 20 MB file's cells are 18 MB of numbers), else the result is sized to fit, with room for a few more.
     */
    spliced(from: number, to: number, other: GrowingInts, otherFrom: number, otherTo: number, shift: number | readonly number[]): GrowingInts {
        const inserted = otherTo - otherFrom, length = from + inserted + this.length - to;
        const result = length <= this.numbers.length ? this : new GrowingInts(Math.max(1024, length + (length >> 6)));
        if (result === this) this.numbers.copyWithin(from + inserted, to, this.length);
        else {
            result.numbers.set(this.numbers.subarray(0, from));
            result.numbers.set(this.numbers.subarray(to, this.length), from + inserted);
        }
        result.numbers.set(other.numbers.subarray(otherFrom, otherTo), from);
        const moved = result.numbers.subarray(from + inserted, length);
        const shifts = typeof shift === 'number' ? [shift] : shift;
        // `to` is a multiple of the group's size: the first moved number is the first of its group.
        shifts.forEach((by, place) => {
            if (by !== 0) for (let index = place; index < moved.length; index += shifts.length) moved[index] += by;
        });
        result.length = length;
        return result;
    }
}

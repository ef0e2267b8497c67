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
    private offset = 0;
    /**
     * Where each line starts, as far as the walk has come, as LSP counts lines: after LF, CRLF or a
     * lone CR (csv-parse ends records at LF and CRLF only; a lone CR inside a record starts a new line for the editor).
     */
    private readonly lineStarts = [0];
    /**
     * Start and end offset of every cell so far, flat (`start0, end0, start1, end1, …`):
     * from its first character (an opening quote included) to its last, before `,` or the line break.
     */
    private bounds = new Int32Array(1024);
    private cells = 0;
    /** Where the next comma, quote and CR at or after the offset stand (the text's length for none); behind the offset when not searched yet. */
    private nextComma = -1;
    private nextQuote = -1;
    private nextCarriageReturn = -1;

    constructor(private readonly text: string) {}

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
        const line = this.lineStarts.length - 1, first = this.cells;
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
        const line = this.lineStarts.length - 1, first = this.cells;
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
        return this.bounds[2 * cell];
    }

    /** Where a cell ends, as an offset into the text. */
    cellEnd(cell: number): number {
        return this.bounds[2 * cell + 1];
    }

    /** The line of the next record, as far as csv-parse got before it failed there. */
    nextRecordLine(): number {
        this.skipIgnoredLines();
        return this.lineStarts.length - 1;
    }

    /** The position of an offset the walk has passed. */
    positionAt(offset: number): TextPosition {
        const { lineStarts } = this;
        let low = 0, high = lineStarts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (lineStarts[middle] <= offset) low = middle;
            else high = middle - 1;
        }
        return { line: low, character: offset - lineStarts[low] };
    }

    private addCell(start: number, end: number): void {
        if (2 * this.cells + 2 > this.bounds.length) {
            const grown = new Int32Array(2 * this.bounds.length);
            grown.set(this.bounds);
            this.bounds = grown;
        }
        this.bounds[2 * this.cells] = start;
        this.bounds[2 * this.cells + 1] = end;
        this.cells++;
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
function indexOrEnd(text: string, searched: string, from: number): number {
    const index = text.indexOf(searched, from);
    return index === -1 ? text.length : index;
}

import { parse } from 'csv-parse/sync';
import type { Localized } from '#protocol/locale.js';
import { ChunkedText, type CsvText } from './chunked-text.js';
import { CellLocator, GrowingInts, type RecordStart, type TextPosition, type TextRange } from './cell-locator.js';
import { describeCsvError } from './csv-syntax-problem.js';
import type { ColumnSet } from './data-columns.js';

export interface TableCell {
    /** The cell's value, unquoted and trimmed. */
    readonly text: string;
    /** Where the cell stands, quotes included; where the row ends for a cell the row lacks. */
    readonly range: TextRange;
}

export interface DataRow<Required extends string, Optional extends string> {
    /** 0-based line the row starts on. */
    readonly line: number;
    cell(column: Required): TableCell;
    /** The row's cell in a column (empty where the row is short); undefined for an optional column the header lacks. */
    cell(column: Required | Optional): TableCell | undefined;
}

/** The data rows of a table in file order; each row is made when asked, from what the table keeps of it. */
export interface DataRows<Required extends string, Optional extends string> extends Iterable<DataRow<Required, Optional>> {
    readonly length: number;
    at(index: number): DataRow<Required, Optional>;
    /** The index of the row that `position` stands in (a quoted cell may span lines), if any. */
    indexAt(position: TextPosition): number | undefined;
    /** `at(index).line`, without making the row. */
    lineOf(index: number): number;
    /** `at(index).cell(column)?.text`, without making the row or the cell: the checks of half a million rows read texts only. */
    textOf(index: number, column: Required): string;
    textOf(index: number, column: Required | Optional): string | undefined;
    /**
     * What a reader of the rows keeps for each of them under `key` (`keep`): the table of an edited text
     * read from this one carries it over for the rows the edit did not touch.
     */
    kept(key: symbol): RowAligned | undefined;
    keep(key: symbol, value: RowAligned): void;
}

/** Something kept for each row of a table. */
export interface RowAligned {
    /**
     * The same with the rows `[from, to)` replaced by `count` rows about which nothing is known yet,
     * the rows after them `lineShift` lines further down; this one is given up (its storage may be reused).
     */
    spliced(from: number, to: number, count: number, lineShift: number): RowAligned;
}

/** Where the file stops being CSV: the line of the row that csv-parse could not read. */
export interface CsvSyntaxProblem {
    line: number;
    message: Localized;
}

export interface CsvTable<Required extends string, Optional extends string> {
    /** Required columns the header lacks; all of them when the file has no header. */
    missingColumns: Required[];
    /** The data rows in file order (none while a required column is missing), up to a syntax problem. */
    rows: DataRows<Required, Optional>;
    syntaxProblem?: CsvSyntaxProblem;
}

/**
 * A data file's table (LANGUAGE.md, "Data files"): RFC 4180, `#` comment lines,
 * blank lines ignored, then the header, whose names match `columns` in English
 * or Chinese, in any case and with surrounding spaces; other columns are ignored.
 * Never throws: a malformed file gives a syntax problem and the rows before it.
 *
 * The locator walks the text once and keeps where every cell stands; a file
 * whose quotes are all RFC 4180's (nearly every export) is read from that walk
 * alone. Any other is read by csv-parse, whose errors are the ones the problem
 * explains, with the locator in step with it.
 */
export function parseCsvTable<Required extends string, Optional extends string>(
    text: CsvText, columns: ColumnSet<Required, Optional>): CsvTable<Required, Optional> {
    const builder = new TableBuilder(text, columns);
    while (!builder.locator.atEnd()) {
        const record = builder.locator.nextRecord();
        if (!record.plain) return parseWithCsvParse(text, columns);
        builder.add(record, index => builder.rows.cellText(record.first + index), record.count, undefined, !builder.rows.isBlank(record));
    }
    return builder.table();
}

/**
 * The table of `text`, which is `previous`'s text with a stretch changed (an
 * edit in the editor), for the same columns: the rows the change touches are
 * read again, the others kept and moved, so that an edit of one cell of
 * half a million rows reads one row. The whole text is read where that could
 * differ: a change before the first row, a record the change makes span
 * other lines, a table csv-parse read or that has a syntax problem.
 * `previous` is given up: the new table may take over its storage.
 */
export function reparseCsvTable<Required extends string, Optional extends string>(
    previous: CsvTable<Required, Optional>, text: CsvText, columns: ColumnSet<Required, Optional>): CsvTable<Required, Optional> {
    return patchedTable(previous, text) ?? parseCsvTable(text, columns);
}

function patchedTable<Required extends string, Optional extends string>(
    previous: CsvTable<Required, Optional>, text: CsvText): CsvTable<Required, Optional> | undefined {
    const { rows } = previous;
    if (!(rows instanceof StoredRows) || !rows.readByLocator || previous.syntaxProblem || previous.missingColumns.length > 0) return undefined;
    const change = changedStretch(rows.text, text);
    // The last row starting at or before the change: it is read again, those before it are kept.
    const first = rows.lastStartingAtOrBefore(change.from);
    if (first === undefined) return undefined;
    let after = first + 1;
    while (after < rows.length && rows.recordStart(after) <= change.oldTo) after++;
    const shift = text.length - rows.text.length;
    const end = after < rows.length ? rows.recordStart(after) + shift : text.length;
    const region = new CellLocator(text, rows.recordStart(first), rows.lineOf(first));
    const read = new StoredRows<Required, Optional>(text, region);
    for (;;) {
        const done = region.atEnd();
        if (region.position === end) break;
        if (done || region.position > end) return undefined;
        const record = region.nextRecord();
        if (!record.plain) return undefined;
        if (!read.isBlank(record)) read.push(record.line, record.first, record.count, undefined);
    }
    const { locator } = rows;
    const cells = { from: rows.firstCellOf(first), to: after < rows.length ? rows.firstCellOf(after) : locator.cells };
    const lines = { from: rows.lineOf(first), to: after < rows.length ? rows.lineOf(after) : locator.lines };
    const patched = new StoredRows<Required, Optional>(text, locator.spliced(text, region, cells, lines, shift));
    patched.header = rows.header;
    const lineShift = region.nextRecordLine() - lines.to;
    patched.takeRows(rows, first, after, read, [lineShift, region.cells - (cells.to - cells.from), 0]);
    for (const [key, kept] of rows.keptByKey) patched.keep(key, kept.spliced(first, after, read.length, lineShift));
    return { missingColumns: [], rows: patched };
}

/**
 * Where `after` differs from `before`: from `from` to `oldTo` in `before`, to `newTo` in `after`.
 * Two chunked texts skip the pieces they share without comparing them.
 */
export function changedStretch(before: CsvText, after: CsvText): { from: number; oldTo: number; newTo: number } {
    const shorter = Math.min(before.length, after.length);
    const shared = ChunkedText.sharedEnds(before, after);
    let from = Math.min(shared.start, shorter);
    // Whole stretches compared natively first: the texts are tens of megabytes.
    for (const step of [1 << 16, 1 << 8, 1]) {
        while (from + step <= shorter && before.slice(from, from + step) === after.slice(from, from + step)) from += step;
    }
    const most = shorter - from;
    let same = Math.min(shared.end, most);
    for (const step of [1 << 16, 1 << 8, 1]) {
        while (same + step <= most && before.slice(before.length - same - step, before.length - same) === after.slice(after.length - same - step, after.length - same)) {
            same += step;
        }
    }
    return { from, oldTo: before.length - same, newTo: after.length - same };
}

/** The table as csv-parse reads it: for a file that is not plain RFC 4180, and to check the locator's reading against. */
export function parseWithCsvParse<Required extends string, Optional extends string>(
    text: CsvText, columns: ColumnSet<Required, Optional>): CsvTable<Required, Optional> {
    const builder = new TableBuilder(text, columns);
    try {
        parse(text.toString(), {
            comment: '#', comment_no_infix: true, skip_empty_lines: true, relax_column_count: true,
            record_delimiter: ['\r\n', '\n'],
            on_record: (record: string[]) => {
                builder.add(builder.locator.nextRecord(), index => record[index], record.length, record);
                return null;
            }
        });
    } catch (error) {
        return { ...builder.tableBeforeProblem(), syntaxProblem: { line: builder.locator.nextRecordLine(), message: describeCsvError(error) } };
    }
    return builder.table();
}

/** Reads records into a table: the first non-blank one is the header, the others rows while no required column is missing. */
class TableBuilder<Required extends string, Optional extends string> {
    readonly locator: CellLocator;
    readonly rows: StoredRows<Required, Optional>;
    private header: Map<string, number> | undefined;
    private missingColumns: Required[] = [];

    constructor(text: CsvText, private readonly columns: ColumnSet<Required, Optional>) {
        this.locator = new CellLocator(text);
        this.rows = new StoredRows(text, this.locator);
    }

    /**
     * `record`: where the record stands; `cell(i)`: its i-th value, unquoted (csv-parse's values, when it read them);
     * `hasText`: known to be no blank record, without reading its cells.
     */
    add(record: { line: number; first: number }, cell: (index: number) => string, count: number, values?: readonly string[], hasText = false): void {
        if (!hasText && isBlank(cell, count)) return;
        if (!this.header) {
            this.header = columnIndexes(Array.from({ length: count }, (_, index) => cell(index)), this.columns);
            this.rows.header = this.header;
            this.missingColumns = (Object.keys(this.columns.required) as Required[]).filter(column => !this.header!.has(column));
        } else if (this.missingColumns.length === 0) {
            this.rows.push(record.line, record.first, count, values);
            this.rows.readByLocator &&= values === undefined;
        }
    }

    table(): CsvTable<Required, Optional> {
        return { missingColumns: this.header ? this.missingColumns : Object.keys(this.columns.required) as Required[], rows: this.rows };
    }

    /** The table up to a syntax problem: a header cut short by one gives no verdict on columns. */
    tableBeforeProblem(): CsvTable<Required, Optional> {
        return { missingColumns: this.missingColumns, rows: this.rows };
    }
}

/** Also blank: a line of spaces, or of empty cells as Excel leaves after clearing a row. */
function isBlank(cell: (index: number) => string, count: number): boolean {
    for (let index = 0; index < count; index++) {
        if (cell(index).trim() !== '') return false;
    }
    return true;
}

/** The index of each known column in the header; the first of two same-named columns counts. */
function columnIndexes<Required extends string, Optional extends string>(
    header: string[], columns: ColumnSet<Required, Optional>): Map<string, number> {
    const columnByName = new Map<string, string>();
    for (const [english, chinese] of [...Object.entries<string>(columns.required), ...Object.entries<string>(columns.optional)]) {
        columnByName.set(english, english);
        columnByName.set(chinese, english);
    }
    const indexes = new Map<string, number>();
    header.forEach((name, index) => {
        const column = columnByName.get(name.trim().toLowerCase());
        if (column !== undefined && !indexes.has(column)) indexes.set(column, index);
    });
    return indexes;
}

const quote = 0x22;
/** Numbers kept per row: its line, its first cell (the locator's), how many cells it has. */
const perRow = 3;

/**
 * The rows as a few numbers each: a 20 MB file has half a million rows, and
 * objects for each row and cell would cost more memory than its text. Cell
 * texts are cut from the text when asked; csv-parse's values are kept only
 * for a file it had to read.
 */
class StoredRows<Required extends string, Optional extends string> implements DataRows<Required, Optional> {
    header: ReadonlyMap<string, number> = new Map();
    /** Every row was read by the locator alone (not by csv-parse): then a changed text can be read in part. */
    readByLocator = true;
    private numbers = new GrowingInts(perRow * 1024);
    /** csv-parse's values of each row, for a file it read. */
    private values: Array<readonly string[]> | undefined;
    readonly keptByKey = new Map<symbol, RowAligned>();

    constructor(readonly text: CsvText, readonly locator: CellLocator) {}

    kept(key: symbol): RowAligned | undefined {
        return this.keptByKey.get(key);
    }

    keep(key: symbol, value: RowAligned): void {
        this.keptByKey.set(key, value);
    }

    get length(): number {
        return this.numbers.length / perRow;
    }

    push(line: number, first: number, count: number, values: readonly string[] | undefined): void {
        if (values) (this.values ??= [])[this.length] = values;
        this.numbers.push(line);
        this.numbers.push(first);
        this.numbers.push(count);
    }

    /**
     * `earlier`'s rows with its rows `[from, to)` replaced by `read`'s (whose cells are numbered from the
     * first of row `from`), the rows after them moved by `shifts` (lines, cells, count).
     */
    takeRows(earlier: StoredRows<Required, Optional>, from: number, to: number, read: StoredRows<Required, Optional>, shifts: readonly number[]): void {
        const firstCell = earlier.firstCellOf(from);
        for (let index = 0; index < read.length; index++) read.numbers.set(perRow * index + 1, read.firstCellOf(index) + firstCell);
        this.numbers = earlier.numbers.spliced(perRow * from, perRow * to, read.numbers, 0, read.numbers.length, shifts);
    }

    /** The last row that starts at or before `offset`, if any. */
    lastStartingAtOrBefore(offset: number): number | undefined {
        let low = 0, high = this.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (this.recordStart(middle) <= offset) low = middle;
            else high = middle - 1;
        }
        return this.length > 0 && this.recordStart(low) <= offset ? low : undefined;
    }

    /** Where row `index` starts in the text: where its first cell does. */
    recordStart(index: number): number {
        return this.locator.cellStart(this.firstCellOf(index));
    }

    /** A record that is no row however the header reads: its cells are blank. */
    isBlank(record: RecordStart): boolean {
        return !this.startsWithText(record.first) && isBlank(index => this.cellText(record.first + index), record.count);
    }

    at(index: number): DataRow<Required, Optional> {
        return new StoredRow(this, index);
    }

    *[Symbol.iterator](): Iterator<DataRow<Required, Optional>> {
        for (let index = 0; index < this.length; index++) yield new StoredRow(this, index);
    }

    indexAt(position: TextPosition): number | undefined {
        let low = 0, high = this.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (this.lineOf(middle) <= position.line) low = middle;
            else high = middle - 1;
        }
        return this.length > 0 && this.lineOf(low) <= position.line ? low : undefined;
    }

    lineOf(index: number): number {
        return this.numbers.at(perRow * index);
    }

    firstCellOf(index: number): number {
        return this.numbers.at(perRow * index + 1);
    }

    cellCountOf(index: number): number {
        return this.numbers.at(perRow * index + 2);
    }

    textOf(index: number, column: Required): string;
    textOf(index: number, column: Required | Optional): string | undefined;
    textOf(index: number, column: Required | Optional): string | undefined {
        const at = this.header.get(column);
        if (at === undefined) return undefined;
        return at < this.cellCountOf(index) ? this.valueOf(index, at).trim() : '';
    }

    /** The `column`-th value of row `index`, unquoted, not trimmed. */
    valueOf(index: number, column: number): string {
        return this.values ? this.values[index][column] : this.cellText(this.firstCellOf(index) + column);
    }

    /** Whether a plain cell's value starts with a printable ASCII character, so that trimming leaves text: most rows' first cells. */
    startsWithText(cell: number): boolean {
        const start = this.locator.cellStart(cell), end = this.locator.cellEnd(cell);
        const quoted = this.text.charCodeAt(start) === quote;
        const from = quoted ? start + 1 : start, to = quoted ? end - 1 : end;
        const code = from < to ? this.text.charCodeAt(from) : 0;
        return code > 0x20 && code < 0x7f;
    }

    /** The locator's cell as csv-parse reads a plain one: without its quotes, `""` as `"`. */
    cellText(cell: number): string {
        const start = this.locator.cellStart(cell), end = this.locator.cellEnd(cell);
        return this.text.charCodeAt(start) === quote ? this.text.slice(start + 1, end - 1).replaceAll('""', '"') : this.text.slice(start, end);
    }
}

class StoredRow<Required extends string, Optional extends string> implements DataRow<Required, Optional> {
    constructor(private readonly rows: StoredRows<Required, Optional>, private readonly index: number) {}

    get line(): number {
        return this.rows.lineOf(this.index);
    }

    cell(column: Required): TableCell;
    cell(column: Required | Optional): TableCell | undefined;
    cell(column: Required | Optional): TableCell | undefined {
        const { rows, index } = this;
        const at = rows.header.get(column);
        if (at === undefined) return undefined;
        const first = rows.firstCellOf(index), count = rows.cellCountOf(index), { locator } = rows;
        if (at >= count) {
            const rowEnd = locator.cellEnd(first + count - 1);
            return new LocatedCell('', rowEnd, rowEnd, locator);
        }
        return new LocatedCell(rows.textOf(index, column)!, locator.cellStart(first + at), locator.cellEnd(first + at), locator);
    }
}

/** A cell that works out its range when asked: most cells never need one. */
class LocatedCell implements TableCell {
    constructor(readonly text: string, private readonly start: number, private readonly end: number, private readonly locator: CellLocator) {}

    get range(): TextRange {
        return { start: this.locator.positionAt(this.start), end: this.locator.positionAt(this.end) };
    }
}

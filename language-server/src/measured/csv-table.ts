import { parse } from 'csv-parse/sync';
import type { Localized } from '#protocol/locale.js';
import { CellLocator, type TextRange } from './cell-locator.js';
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
    /** The row's cell in a column (empty where the row is short); undefined for an optional column the header lacks. */
    cell(column: Required): TableCell;
    cell(column: Required | Optional): TableCell | undefined;
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
    rows: Array<DataRow<Required, Optional>>;
    syntaxProblem?: CsvSyntaxProblem;
}

/**
 * A data file's table (LANGUAGE.md, "Data files"): RFC 4180, `#` comment lines,
 * blank lines ignored, then the header, whose names match `columns` in English
 * or Chinese, in any case and with surrounding spaces; other columns are ignored.
 * Never throws: a malformed file gives a syntax problem and the rows before it.
 */
export function parseCsvTable<Required extends string, Optional extends string>(
    text: string, columns: ColumnSet<Required, Optional>): CsvTable<Required, Optional> {
    const required = Object.keys(columns.required) as Required[];
    const locator = new CellLocator(text);
    const rows: Array<DataRow<Required, Optional>> = [];
    let table: TableContext | undefined;
    let missingColumns: Required[] = [];
    const takeRecord = (record: string[]): null => {
        const located = locator.nextRecord();
        // Also blank: a line of spaces, or of empty cells as Excel leaves after clearing a row.
        if (record.every(cell => cell.trim() === '')) return null;
        if (!table) {
            const header = columnIndexes(record, columns);
            table = { header, locator };
            missingColumns = required.filter(column => !header.has(column));
        } else if (missingColumns.length === 0) {
            rows.push(new LocatedRow(located.line, located.first, record, table));
        }
        return null;
    };
    try {
        parse(text, {
            comment: '#', comment_no_infix: true, skip_empty_lines: true, relax_column_count: true,
            record_delimiter: ['\r\n', '\n'],
            on_record: takeRecord
        });
    } catch (error) {
        return { missingColumns, rows, syntaxProblem: { line: locator.nextRecordLine(), message: describeCsvError(error) } };
    }
    return { missingColumns: table ? missingColumns : required, rows };
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

/** What every row of a table shares. */
interface TableContext {
    /** The index of each known column that the header has. */
    header: ReadonlyMap<string, number>;
    locator: CellLocator;
}

/**
 * A row that keeps what csv-parse and the locator made of it and builds cells
 * when asked: a 20 MB file has half a million rows, and most cells are read once.
 */
class LocatedRow<Required extends string, Optional extends string> implements DataRow<Required, Optional> {
    constructor(
        readonly line: number,
        /** The row's cells are the locator's cells `first` to `first + record.length - 1`. */
        private readonly first: number,
        private readonly record: readonly string[],
        private readonly table: TableContext) {}

    cell(column: Required): TableCell;
    cell(column: Required | Optional): TableCell | undefined;
    cell(column: Required | Optional): TableCell | undefined {
        const index = this.table.header.get(column);
        if (index === undefined) return undefined;
        const { first, record, table: { locator } } = this;
        if (index >= record.length) {
            const rowEnd = locator.cellEnd(first + record.length - 1);
            return new LocatedCell('', rowEnd, rowEnd, locator);
        }
        return new LocatedCell(record[index].trim(), locator.cellStart(first + index), locator.cellEnd(first + index), locator);
    }
}

/** A cell that works out its range when asked: most cells never need one. */
class LocatedCell implements TableCell {
    constructor(readonly text: string, private readonly start: number, private readonly end: number, private readonly locator: CellLocator) {}

    get range(): TextRange {
        return { start: this.locator.positionAt(this.start), end: this.locator.positionAt(this.end) };
    }
}

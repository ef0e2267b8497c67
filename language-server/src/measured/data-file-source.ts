import { ChunkedText, type CsvText } from './chunked-text.js';
import { parseCsvTable, reparseCsvTable, type CsvTable } from './csv-table.js';
import type { ColumnSet } from './data-columns.js';
import type { WorkspaceFiles } from '../files/workspace-files.js';
import { readDataFile } from './data-file-access.js';
import { decodeDataFile, type DataFileEncoding } from './data-file-text.js';
import { parsed, type Parsed } from './parse-result.js';

/** A data file's text and what identifies this version of it. */
export interface DataFileVersion {
    /** Without a byte order mark. */
    text: string;
    encoding: DataFileEncoding;
    /** Changes whenever the text may have: the editor's version, or the file's size and time on disk. */
    stamp: string;
}

/** A version of a data file as the checks read it: the text in pieces (the disk's), or as the editor gave it. */
interface TextVersion extends Omit<DataFileVersion, 'text'> {
    text: CsvText;
}

/**
 * Where the checks read data files: the editor's text of an open file (saved
 * or not, so a changed value shows at once), else the file on disk. The text
 * of a file is kept while its stamp stays the same, so a build re-reads
 * nothing that did not change.
 */
export class DataFileSource {
    private readonly open = new Map<string, { version: number; text: CsvText; lossy?: boolean }>();
    private readonly onDisk = new Map<string, TextVersion>();
    /** The last table read of each file, with the stamp and columns it was read for. */
    private readonly tables = new Map<string, TableRead>();
    /**
     * The table of a file's text before it changed (in the editor, or on disk), until its new text is read:
     * the new table keeps the rows the change did not touch.
     */
    private readonly earlier = new Map<string, TableRead>();

    constructor(private readonly files: WorkspaceFiles) {}

    /** The editor holds `path` at `version` (a real path, as `resolveDataFile` gives). */
    setOpen(path: string, version: number, text: CsvText): void {
        this.open.set(path, { version, text });
        // What was read before is no longer what counts: the disk's text is not kept, nor its table beyond the next read.
        this.changed(path);
        this.onDisk.delete(path);
    }

    /** The editor closed `path`: the disk is what counts again. */
    close(path: string): void {
        this.open.delete(path);
        this.changed(path);
    }

    /** The text of `path` is another now: its table is kept only to read the next one from. */
    private changed(path: string): void {
        const table = this.tables.get(path);
        if (table) this.earlier.set(path, table);
        this.tables.delete(path);
    }

    /**
     * The file's table: parsed again only when the text changed, so that an
     * edit of a spec does not parse a large data file once more.
     */
    table(path: string, columns: ColumnSet<string, string>, shownAs = path): Parsed<{ version: TextVersion; table: CsvTable<string, string> }> {
        const read = this.current(path, { shownAs });
        if (!read.ok) return read;
        const cached = this.tables.get(path);
        if (cached && cached.stamp === read.value.stamp && cached.columns === columns) return parsed({ version: read.value, table: cached.table });
        // The table of an earlier text: one the editor or the disk replaced, or the cached one of another stamp.
        const earlier = this.earlier.get(path) ?? cached;
        this.earlier.delete(path);
        const table = earlier?.columns === columns ? reparseCsvTable(earlier.table, read.value.text, columns) : parseCsvTable(read.value.text, columns);
        this.tables.set(path, { stamp: read.value.stamp, columns, table });
        return parsed({ version: read.value, table });
    }

    isOpen(path: string): boolean {
        return this.open.has(path);
    }

    /** `shownAs`: the path a problem quotes (as the spec writes it); `preferEditor: false` reads the disk. */
    read(path: string, options: { preferEditor?: boolean; shownAs?: string } = {}): Parsed<DataFileVersion> {
        const read = this.current(path, options);
        return read.ok ? parsed({ ...read.value, text: read.value.text.toString() }) : read;
    }

    /** The text the checks read: the editor's (as it holds it) or the disk's. */
    private current(path: string, { preferEditor = true, shownAs = path } = {}): Parsed<TextVersion> {
        const open = preferEditor ? this.open.get(path) : undefined;
        if (open && !this.isLossyView(path, open)) return parsed({ text: open.text, encoding: 'utf-8', stamp: `editor:${open.version}` });
        const stamp = this.diskStamp(path);
        const cached = this.onDisk.get(path);
        if (cached && stamp !== undefined && cached.stamp === stamp) return parsed(cached);
        const bytes = readDataFile(this.files, path, shownAs);
        if (!bytes.ok) {
            this.onDisk.delete(path);
            return bytes;
        }
        // A file without a stamp (it vanished after the read) is read again next time.
        const version = { ...decodeDataFile(bytes.value), stamp: stamp ?? `read:${Date.now()}` };
        if (stamp !== undefined) this.onDisk.set(path, version);
        return parsed(version);
    }

    /**
     * An editor that opened a GB18030 file as UTF-8 shows replacement characters
     * where the Chinese headers are: then the file on disk is what was meant.
     */
    private isLossyView(path: string, open: { text: CsvText; lossy?: boolean }): boolean {
        // Known from the pieces without reading them; a string (tens of megabytes) is searched once per version.
        open.lossy ??= open.text instanceof ChunkedText ? open.text.hasReplacementCharacter : open.text.indexOf('\uFFFD', 0) !== -1;
        if (!open.lossy) return false;
        const onDisk = this.current(path, { preferEditor: false });
        return onDisk.ok && onDisk.value.encoding === 'gb18030';
    }

    private diskStamp(path: string): string | undefined {
        try {
            return this.files.stat(path).stamp;
        } catch {
            return undefined;
        }
    }

    /** Forget what was read of `path` (a watcher saw it change). */
    forget(path: string): void {
        this.onDisk.delete(path);
        this.changed(path);
    }
}

interface TableRead {
    stamp: string;
    columns: unknown;
    table: CsvTable<string, string>;
}

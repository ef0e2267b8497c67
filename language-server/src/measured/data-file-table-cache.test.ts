import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { measurementColumns, surveyColumns, type ColumnSet } from './data-columns.js';
import { DataFileSource } from './data-file-source.js';
import { nodeWorkspaceFiles } from '../files/node-workspace-files.js';

let folder: string;
let file: string;

beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'svc-table-cache-'));
    file = join(folder, 'kpi.csv');
    writeFileSync(file, 'kpi,period,value\nAvgWait,2026-09,9.5\n');
});

afterEach(() => rmSync(folder, { recursive: true, force: true }));

const tableOf = (source: DataFileSource, columns: ColumnSet<string, string> = measurementColumns) => {
    const read = source.table(file, columns);
    if (!read.ok) throw new Error(read.problem.en);
    return read.value.table;
};

describe('DataFileSource.table', () => {
    test('an unchanged file is parsed once: a spec edit does not parse a large data file again', () => {
        const source = new DataFileSource(nodeWorkspaceFiles);
        expect(tableOf(source)).toBe(tableOf(source));
    });

    test('a file changed on disk is parsed again', () => {
        const source = new DataFileSource(nodeWorkspaceFiles);
        const before = tableOf(source);
        writeFileSync(file, 'kpi,period,value\nAvgWait,2026-09,9.5\nAvgWait,2026-10,8\n');
        utimesSync(file, new Date(), new Date(Date.now() + 5_000));
        const after = tableOf(source);
        expect(after).not.toBe(before);
        expect(after.rows).toHaveLength(2);
    });

    test("each editor version is parsed, and closing the file goes back to the disk's table", () => {
        const source = new DataFileSource(nodeWorkspaceFiles);
        source.setOpen(file, 1, 'kpi,period,value\n');
        expect(tableOf(source).rows).toHaveLength(0);
        source.setOpen(file, 2, 'kpi,period,value\nA,2026,1\nB,2026,2\nC,2026,3\n');
        expect(tableOf(source).rows).toHaveLength(3);
        source.close(file);
        expect(tableOf(source).rows).toHaveLength(1);
    });

    test('the same file read for other columns is parsed for them', () => {
        const source = new DataFileSource(nodeWorkspaceFiles);
        expect(tableOf(source).missingColumns).toEqual([]);
        expect(tableOf(source, surveyColumns).missingColumns).toEqual(['dimension', 'expectation', 'perception']);
    });
});

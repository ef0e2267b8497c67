import { appendFileSync, mkdtempSync, realpathSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { readDataFile } from './data-file-access.js';
import { dataFileProblems } from './data-file-problems.js';
import { DataFileSource, type DataFileVersion } from './data-file-source.js';
import type { Parsed } from './parse-result.js';
import { nodeWorkspaceFiles } from '../files/node-workspace-files.js';

/** `指标,期间,数值` as Excel on Chinese Windows saves it (GB18030), then a row. */
const gb18030File = Buffer.concat([Buffer.from('d6b8b1ea2cc6dabce42ccafdd6b5', 'hex'), Buffer.from('\nAvgWait,2026-09,9.5\n')]);
const gb18030Text = '指标,期间,数值\nAvgWait,2026-09,9.5\n';

// Counted: a file unchanged on disk is not read again.
vi.mock('./data-file-access.js', async original => {
    const access = await original<typeof import('./data-file-access.js')>();
    return { ...access, readDataFile: vi.fn(access.readDataFile) };
});

let folder: string;
let file: string;
let source: DataFileSource;

beforeEach(() => {
    folder = realpathSync(mkdtempSync(join(tmpdir(), 'svc-data-file-source-')));
    file = join(folder, 'kpi.csv');
    source = new DataFileSource(nodeWorkspaceFiles);
});

afterEach(() => rmSync(folder, { recursive: true, force: true }));

function version(read: Parsed<DataFileVersion>): DataFileVersion {
    if (!read.ok) throw new Error(`not read: ${read.problem.en}`);
    return read.value;
}

describe('DataFileSource, the disk', () => {
    test('reads a file with its encoding and a stamp of its state on disk', () => {
        writeFileSync(file, 'kpi,period,value\n');
        expect(version(source.read(file))).toEqual({ text: 'kpi,period,value\n', encoding: 'utf-8', stamp: expect.stringMatching(/^disk:/) });
    });

    test('decodes a GB18030 file', () => {
        writeFileSync(file, gb18030File);
        expect(version(source.read(file))).toMatchObject({ text: gb18030Text, encoding: 'gb18030' });
    });

    test('keeps what it read while the file is unchanged: it is not read again', () => {
        writeFileSync(file, 'kpi,period,value\n');
        const first = version(source.read(file));
        const reads = vi.mocked(readDataFile).mock.calls.length;
        expect(version(source.read(file))).toEqual(first);
        expect(vi.mocked(readDataFile).mock.calls.length).toBe(reads);
    });

    test('reads again when the size changed', () => {
        writeFileSync(file, 'kpi,period,value\n');
        const first = version(source.read(file));
        appendFileSync(file, 'AvgWait,2026-09,9.5\n');
        const second = version(source.read(file));
        expect(second.text).toBe('kpi,period,value\nAvgWait,2026-09,9.5\n');
        expect(second.stamp).not.toBe(first.stamp);
    });

    test('reads again when the file was rewritten with the same size and another time', () => {
        writeFileSync(file, 'kpi,period,value\nAvgWait,2026-09,9.5\n');
        const first = version(source.read(file));
        writeFileSync(file, 'kpi,period,value\nAvgWait,2026-09,8.5\n');
        utimesSync(file, new Date(2030, 0, 1), new Date(2030, 0, 1));
        const second = version(source.read(file));
        expect(second.text).toBe('kpi,period,value\nAvgWait,2026-09,8.5\n');
        expect(second.stamp).not.toBe(first.stamp);
    });

    test('forget drops what was read: the next read reads the file again', () => {
        writeFileSync(file, 'kpi,period,value\n');
        const first = version(source.read(file));
        source.forget(file);
        const second = version(source.read(file));
        expect(second).not.toBe(first);
        expect(second).toEqual(first);
    });

    test('a file that went away is a problem, and what was read of it is not kept', () => {
        writeFileSync(file, 'kpi,period,value\nold\n');
        version(source.read(file));
        unlinkSync(file);
        expect(source.read(file)).toEqual(dataFileProblems.missing(file));
        writeFileSync(file, 'kpi,period,value\n');
        expect(version(source.read(file)).text).toBe('kpi,period,value\n');
    });
});

describe('DataFileSource, the editor', () => {
    test("prefers the editor's text, saved or not, with the editor's version as its stamp", () => {
        writeFileSync(file, 'kpi,period,value\nAvgWait,2026-09,9.5\n');
        source.setOpen(file, 3, 'kpi,period,value\nAvgWait,2026-09,12\n');
        expect(source.isOpen(file)).toBe(true);
        expect(version(source.read(file))).toEqual({ text: 'kpi,period,value\nAvgWait,2026-09,12\n', encoding: 'utf-8', stamp: 'editor:3' });
        source.setOpen(file, 4, 'kpi,period,value\n');
        expect(version(source.read(file)).stamp).toBe('editor:4');
    });

    test('the disk on request, and again once the editor closed the file', () => {
        writeFileSync(file, 'on disk\n');
        source.setOpen(file, 1, 'in the editor\n');
        expect(version(source.read(file, { preferEditor: false })).text).toBe('on disk\n');
        source.close(file);
        expect(source.isOpen(file)).toBe(false);
        expect(version(source.read(file)).text).toBe('on disk\n');
    });

    test('an editor that shows a GB18030 file as UTF-8, with replacement characters, gives way to the disk', () => {
        writeFileSync(file, gb18030File);
        const lossy = new TextDecoder('utf-8').decode(gb18030File);
        expect(lossy).toContain('\uFFFD');
        source.setOpen(file, 1, lossy);
        expect(version(source.read(file))).toMatchObject({ text: gb18030Text, encoding: 'gb18030' });
    });

    test('a replacement character the user typed in a UTF-8 file stays the editor text', () => {
        writeFileSync(file, 'kpi,period,value\n');
        source.setOpen(file, 2, 'kpi,period,value\n\uFFFD,2026-09,1\n');
        expect(version(source.read(file))).toEqual({ text: 'kpi,period,value\n\uFFFD,2026-09,1\n', encoding: 'utf-8', stamp: 'editor:2' });
    });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { dataFileMarks, expectMarks } from './corpus.js';

const marksOf = (text: string) => dataFileMarks('d.csv', text).map(({ line, rule, severity }) => `${line} ${rule}${severity ? `:${severity}` : ''}`);

describe('the marks of a data file (# expect: on the line before)', () => {
    test('a mark names the next line that is not a comment', () => {
        expect(marksOf('kpi,period,value\n# expect: measurement-invalid\nA,2026-13,1\nA,2026-12,1\n')).toEqual(['3 measurement-invalid']);
    });

    test('comment and blank lines between the mark and its line are passed over', () => {
        expect(marksOf('# expect: measurement-invalid\n# an ordinary comment\n\n   \nkpi,period,value\n')).toEqual(['5 measurement-invalid']);
    });

    test('several ids on one mark, and marks on consecutive lines, all name the same line', () => {
        expect(marksOf('h\n# expect: measurement-invalid:error, kpi-breach:warn\n# expect: servqual-gap:info\nrow\n'))
            .toEqual(['4 measurement-invalid:error', '4 kpi-breach:warning', '4 servqual-gap:info']);
    });

    test('severities are error, warn (a warning) and info; anything else is no mark', () => {
        expect(marksOf('# expect: a:error\nx\n# expect: b:warn\ny\n# expect: c:info\nz\n# expect: d:warning\nw\n')).toEqual(['2 a:error', '4 b:warning', '6 c:info']);
    });

    test('CRLF line ends and a byte order mark do not shift lines; a lone CR ends no line', () => {
        expect(marksOf('\uFEFF# expect: measurement-invalid\r\nrow\r\n# expect: kpi-no-data\rstill the comment\nrow\n')).toEqual(['2 measurement-invalid']);
    });

    test('only a line starting with # is a comment: an indented mark is a data row', () => {
        expect(marksOf(' # expect: measurement-invalid\nrow\n')).toEqual([]);
    });

    test('a mark with no line after it is a broken corpus', () => {
        expect(() => dataFileMarks('d.csv', 'h\n# expect: measurement-invalid\n\n')).toThrow('d.csv:2: the mark has no line after it to mark');
    });
});

describe('the marks of a spec (// expect: at the end of the line)', () => {
    const folder = mkdtempSync(join(tmpdir(), 'svc-marks-'));
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    test('ids with and without severity; prose quoting the convention is no mark', () => {
        const file = join(folder, 'a.svc');
        writeFileSync(file, '// Marks: // expect: rule[:severity]\nservice S "s" {  // expect: servqual-coverage:info, no-feedback-channel\r\n}\n');
        expect(expectMarks(file).map(({ line, rule, severity }) => [line, rule, severity])).toEqual([
            [2, 'servqual-coverage', 'info'], [2, 'no-feedback-channel', undefined]
        ]);
    });
});

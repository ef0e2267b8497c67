import { describe, expect, test } from 'vitest';
import { CellLocator } from './cell-locator.js';

/**
 * Each record's line and its cells as `line:character-line:character`, compact
 * enough to read at a glance, for records of `fields[i]` fields as csv-parse reads them.
 */
function records(text: string, ...fields: number[]) {
    const locator = new CellLocator(text);
    const located = fields.map(() => locator.nextRecord());
    const at = (offset: number) => {
        const { line, character } = locator.positionAt(offset);
        return `${line}:${character}`;
    };
    return located.map(({ line, first }, index) => ({
        line,
        cells: Array.from({ length: fields[index] }, (_, field) => `${at(locator.cellStart(first + field))}-${at(locator.cellEnd(first + field))}`)
    }));
}

describe('CellLocator', () => {
    test('cells of LF records, the last without a line break', () => {
        expect(records('kpi,period,value\nAvgWait,2026-09,9.5', 3, 3)).toEqual([
            { line: 0, cells: ['0:0-0:3', '0:4-0:10', '0:11-0:16'] },
            { line: 1, cells: ['1:0-1:7', '1:8-1:15', '1:16-1:19'] }
        ]);
    });

    test('a CRLF ends the last cell before the CR; empty cells are empty ranges', () => {
        expect(records('a,,b\r\n,\r\n', 3, 2)).toEqual([
            { line: 0, cells: ['0:0-0:1', '0:2-0:2', '0:3-0:4'] },
            { line: 1, cells: ['1:0-1:0', '1:1-1:1'] }
        ]);
    });

    test('skips empty lines and # lines, LF or CRLF, as csv-parse does', () => {
        expect(records('# export\r\n\r\n\n#\na,b\n\n# x\r\nc', 2, 1)).toEqual([
            { line: 4, cells: ['4:0-4:1', '4:2-4:3'] },
            { line: 7, cells: ['7:0-7:1'] }
        ]);
    });

    test('a quoted cell with commas, doubled quotes and line breaks (LF and CRLF), and # at a line start inside it', () => {
        expect(records('x,"a,""b""\r\n#c\nd",y\nz', 3, 1)).toEqual([
            { line: 0, cells: ['0:0-0:1', '0:2-2:2', '2:3-2:4'] },
            { line: 3, cells: ['3:0-3:1'] }
        ]);
    });

    test('a lone CR is text to csv-parse but a line break to the editor: positions after it are on the next line', () => {
        // csv-parse reads `a\rb,c` as one record of two cells; an LSP client shows `a` and `b,c` on two lines.
        expect(records('a\rb,c\nd,e\n', 2, 2)).toEqual([
            { line: 0, cells: ['0:0-1:1', '1:2-1:3'] },
            { line: 2, cells: ['2:0-2:1', '2:2-2:3'] }
        ]);
        // In a skipped comment line too.
        expect(records('# one\rtwo\nx,y\n', 2)).toEqual([{ line: 2, cells: ['2:0-2:1', '2:2-2:3'] }]);
    });

    test('columns count UTF-16 code units, as LSP does', () => {
        expect(records('可靠性,😀,x', 3)).toEqual([{ line: 0, cells: ['0:0-0:3', '0:4-0:6', '0:7-0:8'] }]);
    });

    test('nextRecordLine: the line where the next record starts', () => {
        const locator = new CellLocator('a\n# note\n\nb,"c\nd');
        locator.nextRecord();
        expect(locator.nextRecordLine()).toBe(3);
    });

    test('a file ending in a comment without a line break', () => {
        const locator = new CellLocator('a\n# note');
        locator.nextRecord();
        expect(locator.nextRecordLine()).toBe(1);
    });
});

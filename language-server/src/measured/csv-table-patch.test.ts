import { describe, expect, test } from 'vitest';
import { editedText, plainDocument, randomFrom } from '../../../test/helpers/text-edit-kit.js';
import type { TextRange } from './cell-locator.js';
import { ChunkedText } from './chunked-text.js';
import { changedStretch, parseCsvTable, reparseCsvTable, type CsvTable } from './csv-table.js';
import { measurementColumns } from './data-columns.js';

type Table = CsvTable<'kpi' | 'period' | 'value', 'note'>;

const span = ({ start, end }: TextRange) => `${start.line}:${start.character}-${end.line}:${end.character}`;

/** All a table tells: columns, syntax problem, every row's line and cells with their ranges, and the row at each line. */
function described(table: Table, text: string) {
    const rows = [...table.rows].map(row => ({
        line: row.line,
        cells: (['kpi', 'period', 'value', 'note'] as const).map(column => {
            const cell = row.cell(column);
            return cell && `${cell.text}@${span(cell.range)}`;
        })
    }));
    const lines = text.split(/\r\n|\n|\r/).length;
    const rowAtLine = Array.from({ length: lines + 1 }, (_, line) => table.rows.indexAt({ line, character: 0 }));
    return { missingColumns: table.missingColumns, syntaxProblem: table.syntaxProblem, rows, rowAtLine };
}

const pieces = ['Wait,2026-01-05,9.5,\n', 'OnTime,2026-01-05,97%,国庆后\n', ',', '\n', '\r\n', '\r', '"', '""', '"a,\nb"', '#', ' ', 'x', '2026-01-06',
    '', '\n\n', ',,,\n', '# note\n', 'kpi', '值'];

const base = ['# export', 'kpi,period,value,note', ...Array.from({ length: 40 }, (_, row) => `K${row % 7},2026-01-${String(row % 28 + 1).padStart(2, '0')},${row}.5,${row % 3 ? '' : '"备注, 含逗号"'}`),
    '', '# end'].join('\n') + '\n';

/** Replaces `[from, to)` of `text` with `inserted`. */
const edited = (text: string, from: number, to: number, inserted: string) => text.slice(0, from) + inserted + text.slice(to);

describe('reparseCsvTable: an edited text read in part gives the table a whole read gives', () => {
    test('where the texts differ', () => {
        expect(changedStretch('abcdef', 'abXdef')).toEqual({ from: 2, oldTo: 3, newTo: 3 });
        expect(changedStretch('abc', 'abc')).toEqual({ from: 3, oldTo: 3, newTo: 3 });
        expect(changedStretch('aaaa', 'aaa')).toEqual({ from: 3, oldTo: 4, newTo: 3 });
        const long = 'x'.repeat(200_000);
        expect(changedStretch(long + 'a' + long, long + 'bc' + long)).toEqual({ from: 200_000, oldTo: 200_001, newTo: 200_002 });
    });

    test.each([
        ['a cell changed', (text: string) => text.replace('K3,2026-01-04,3.5', 'K3,2026-01-04,7 min')],
        ['a row inserted', (text: string) => text.replace('K3,', 'K9,2026-02-01,1,\nK3,')],
        ['a row deleted', (text: string) => text.replace(/K3,[^\n]*\n/, '')],
        ['the header edited', (text: string) => text.replace('kpi,period', 'kpi,periode')],
        ['a row made malformed (an open quote)', (text: string) => text.replace('K3,2026', 'K3,"2026')],
        ['a quote that opens a cell over lines', (text: string) => text.replace('K3,2026-01-04,3.5,', 'K3,2026-01-04,3.5,"')],
        ['a row emptied to commas', (text: string) => text.replace(/K3,[^\n]*/, ',,,')],
        ['two rows joined', (text: string) => text.replace('4.5,\nK5', '4.5,K5')],
        ['the last row edited', (text: string) => text.replace('# end\n', 'K1,2026-03-01,1,\n')],
        ['CRLF added', (text: string) => text.replace('3.5,\n', '3.5,\r\n')],
        ['a lone CR in a row', (text: string) => text.replace('K3,2026', 'K3\r,2026')]
    ])('%s', (_, edit) => {
        const before = parseCsvTable(base, measurementColumns);
        const text = edit(base);
        expect(text).not.toBe(base);
        expect(described(reparseCsvTable(before, text, measurementColumns), text)).toEqual(described(parseCsvTable(text, measurementColumns), text));
    });

    test('600 random edits in a row, each table read from the one before', () => {
        const random = randomFrom(16);
        const headerEnd = base.indexOf('\n', base.indexOf('kpi,')) + 1;
        let text = base;
        let table = parseCsvTable(text, measurementColumns);
        for (let step = 0; step < 600; step++) {
            // Mostly among the rows; a file an edit left broken is put back now and then (reading it back is an edit too).
            const broken = table.syntaxProblem !== undefined || table.missingColumns.length > 0;
            const from = random(10) === 0 ? random(text.length + 1) : headerEnd + random(text.length - headerEnd + 1);
            const to = Math.min(text.length, from + random(3) * random(30));
            const next = broken && random(3) === 0 ? base : edited(text, from, to, pieces[random(pieces.length)]);
            table = reparseCsvTable(table, next, measurementColumns);
            text = next;
            expect(described(table, text), `step ${step}`).toEqual(described(parseCsvTable(text, measurementColumns), text));
        }
    });

    test.each([5, 64])('600 random edits of a chunked text (pieces of %i), each table read from the one before', chunkSize => {
        const random = randomFrom(chunkSize);
        const headerEnd = base.indexOf('\n', base.indexOf('kpi,')) + 1;
        let chunked = ChunkedText.of(base, chunkSize);
        let text = base;
        let table = parseCsvTable(chunked, measurementColumns);
        for (let step = 0; step < 600; step++) {
            const broken = table.syntaxProblem !== undefined || table.missingColumns.length > 0;
            const from = random(10) === 0 || text.length < headerEnd ? random(text.length + 1) : headerEnd + random(text.length - headerEnd + 1);
            const to = Math.min(text.length, from + random(3) * random(30));
            const plain = plainDocument(text);
            // As the editor sends it: ranges of positions, now and then two changes in one notification; a broken file put back now and then.
            const changes = broken && random(3) === 0
                ? [{ range: { start: plain.positionAt(0), end: plain.positionAt(text.length) }, text: base }]
                : [{ range: { start: plain.positionAt(from), end: plain.positionAt(to) }, text: pieces[random(pieces.length)] }];
            if (random(4) === 0) changes.push({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: random(3) } }, text: random(2) ? '' : '# ' });
            const [textBefore, chunkedBefore] = [text, chunked];
            text = editedText(text, changes);
            chunked = chunked.edited(changes);
            // The pieces both texts share are skipped, not compared: the stretch found must be the same.
            expect(changedStretch(chunkedBefore, chunked), `step ${step}`).toEqual(changedStretch(textBefore, text));
            table = reparseCsvTable(table, chunked, measurementColumns);
            expect(described(table, text), `step ${step}`).toEqual(described(parseCsvTable(text, measurementColumns), text));
        }
        expect(chunked.toString()).toBe(text);
    });
});

import { describe, expect, test } from 'vitest';
import type { TextRange } from './cell-locator.js';
import { parseCsvTable, parseWithCsvParse, type CsvTable } from './csv-table.js';
import { measurementColumns, surveyColumns } from './data-columns.js';

const measurements = (text: string) => parseCsvTable(text, measurementColumns);

/** The table with its rows as an array, to compare whole. */
const withRowArray = <T extends { rows: Iterable<unknown> }>(table: T) => ({ ...table, rows: [...table.rows] });

const span = ({ start, end }: TextRange) => `${start.line}:${start.character}-${end.line}:${end.character}`;

/** Each row as its line and `column=text@range`, in the order of the columns. */
function rowsOf(text: string) {
    const table = measurements(text);
    expect(table.missingColumns).toEqual([]);
    expect(table.syntaxProblem).toBeUndefined();
    return [...table.rows].map(row => ({
        line: row.line,
        cells: (['kpi', 'period', 'value', 'note'] as const).flatMap(column => {
            const cell = row.cell(column);
            return cell ? [`${column}=${cell.text}@${span(cell.range)}`] : [];
        })
    }));
}

describe('parseCsvTable: header and columns', () => {
    test('rows after comments and the header, each cell with its range', () => {
        const text = '# 叫号系统月报导出 2026-11-05\nkpi,period,value,note\nAvgWait,2026-09,9.5,\nAvgWait,2026-10,11 min,国庆后客流高峰\n';
        expect(rowsOf(text)).toEqual([
            { line: 2, cells: ['kpi=AvgWait@2:0-2:7', 'period=2026-09@2:8-2:15', 'value=9.5@2:16-2:19', 'note=@2:20-2:20'] },
            { line: 3, cells: ['kpi=AvgWait@3:0-3:7', 'period=2026-10@3:8-3:15', 'value=11 min@3:16-3:22', 'note=国庆后客流高峰@3:23-3:30'] }
        ]);
    });

    test('Chinese header names, any case and surrounding spaces, any order, other columns ignored', () => {
        expect(rowsOf('数值, 期间 ,部门,指标\n9.5,2026-09,柜面,AvgWait\n')).toEqual([
            { line: 1, cells: ['kpi=AvgWait@1:15-1:22', 'period=2026-09@1:4-1:11', 'value=9.5@1:0-1:3'] }
        ]);
        expect(rowsOf(' KPI ,Period,VALUE,Note\nA,2026,1,n')[0].cells).toEqual(['kpi=A@1:0-1:1', 'period=2026@1:2-1:6', 'value=1@1:7-1:8', 'note=n@1:9-1:10']);
    });

    test('the first of two columns of one name counts, in either language', () => {
        expect(rowsOf('kpi,period,value,数值\nA,2026,1,2')[0].cells).toEqual(['kpi=A@1:0-1:1', 'period=2026@1:2-1:6', 'value=1@1:7-1:8']);
    });

    test('missing required columns are listed, and no rows read', () => {
        expect(withRowArray(measurements('kpi,periode,value\nA,2026,1\n'))).toEqual({ missingColumns: ['period'], rows: [] });
        expect(withRowArray(parseCsvTable('dim,exp,perc\nreliability,5,4\n', surveyColumns)))
            .toEqual({ missingColumns: ['dimension', 'expectation', 'perception'], rows: [] });
    });

    test('a file without a header lacks every required column', () => {
        expect(withRowArray(measurements(''))).toEqual({ missingColumns: ['kpi', 'period', 'value'], rows: [] });
        expect(withRowArray(measurements('# only a comment\n\n  \n,,\n'))).toEqual({ missingColumns: ['kpi', 'period', 'value'], rows: [] });
    });

    test('survey columns, optional ones only when present', () => {
        const [row, ...others] = [...parseCsvTable('受访者,维度,期望,感知\nr001,有形性,5,6\n', surveyColumns).rows];
        expect(others).toEqual([]);
        expect([row.cell('respondent')?.text, row.cell('dimension').text, row.cell('expectation').text, row.cell('perception').text])
            .toEqual(['r001', '有形性', '5', '6']);
        expect(row.cell('item')).toBeUndefined();
        expect(row.cell('importance')).toBeUndefined();
    });
});

describe('parseCsvTable: rows', () => {
    test('comments, empty lines, lines of spaces and of empty cells are skipped; a # later in a line is data', () => {
        const text = 'kpi,period,value\n\n# a comment\n   \n,,\nA,2026,#1\n #B,2026,2\n';
        expect(rowsOf(text)).toEqual([
            { line: 5, cells: ['kpi=A@5:0-5:1', 'period=2026@5:2-5:6', 'value=#1@5:7-5:9'] },
            { line: 6, cells: ['kpi=#B@6:0-6:3', 'period=2026@6:4-6:8', 'value=2@6:9-6:10'] }
        ]);
    });

    test('quoted cells are unquoted and trimmed; their range keeps the quotes', () => {
        expect(rowsOf('kpi,period,value\nA,2026," 1,5 "\nB,2026,"say ""hi"""\n')).toEqual([
            { line: 1, cells: ['kpi=A@1:0-1:1', 'period=2026@1:2-1:6', 'value=1,5@1:7-1:14'] },
            { line: 2, cells: ['kpi=B@2:0-2:1', 'period=2026@2:2-2:6', 'value=say "hi"@2:7-2:19'] }
        ]);
    });

    test('CRLF, and a note over several lines moves the following rows down', () => {
        const text = 'kpi,period,value,note\r\nA,2026-09,1,"first\r\nsecond"\r\nB,2026-10,2,\r\n';
        expect(rowsOf(text)).toEqual([
            { line: 1, cells: ['kpi=A@1:0-1:1', 'period=2026-09@1:2-1:9', 'value=1@1:10-1:11', 'note=first\r\nsecond@1:12-2:7'] },
            { line: 3, cells: ['kpi=B@3:0-3:1', 'period=2026-10@3:2-3:9', 'value=2@3:10-3:11', 'note=@3:12-3:12'] }
        ]);
    });

    test('a short row has empty cells where it ends; a long row keeps its known cells', () => {
        expect(rowsOf('kpi,period,value,note\nA,2026\nB,2026,1,n,extra,more\n')).toEqual([
            { line: 1, cells: ['kpi=A@1:0-1:1', 'period=2026@1:2-1:6', 'value=@1:6-1:6', 'note=@1:6-1:6'] },
            { line: 2, cells: ['kpi=B@2:0-2:1', 'period=2026@2:2-2:6', 'value=1@2:7-2:8', 'note=n@2:9-2:10'] }
        ]);
    });

    test('ranges stay right over many rows', () => {
        const data = Array.from({ length: 3000 }, (_, index) => `K${index},2026-09,${index}`);
        const table = measurements(['kpi,period,value', ...data].join('\r\n'));
        const last = table.rows.at(2999);
        expect([last.line, last.cell('kpi').text, span(last.cell('value').range)]).toEqual([3000, 'K2999', '3000:14-3000:18']);
    });

    test('a huge cell', () => {
        const note = '注'.repeat(5 * 1024 * 1024);
        const table = measurements(`kpi,period,value,note\nA,2026,1,"${note}"\nB,2026,2,\n`);
        expect([...table.rows].map(row => [row.line, row.cell('note')?.text.length, row.cell('note')?.range.end.character]))
            .toEqual([[1, note.length, note.length + 11], [2, 0, 9]]);
    });
});

describe('parseCsvTable: malformed CSV', () => {
    test('an unclosed quote: the line of the row it opens in, with the rows before it', () => {
        const table = measurements('kpi,period,value\nA,2026,1\n# note\nB,2026,"2\nC,2026,3\n');
        expect([...table.rows].map(row => row.cell('kpi').text)).toEqual(['A']);
        expect(table.syntaxProblem?.line).toBe(3);
        expect(table.syntaxProblem?.message.en).toMatch(/^A quoted cell is never closed/);
        expect(table.syntaxProblem?.message['zh-CN']).toMatch(/^引号未闭合/);
    });

    test('a quote inside an unquoted cell', () => {
        const table = measurements('kpi,period,value\nA,2026,1\nB,2026,2"\nC,2026,3\n');
        expect(table.rows).toHaveLength(1);
        expect(table.syntaxProblem).toEqual({
            line: 2,
            message: {
                en: 'A \'"\' stands inside a cell that does not start with one: put the whole cell in quotes and double the quotes inside ("").',
                'zh-CN': '单元格中间出现了 "，但该单元格不是以 " 开始：请用引号括起整个单元格，并把其中的引号写成两个（""）。'
            }
        });
    });

    test('text after a closing quote, after CRLF rows with quoted line breaks', () => {
        const table = measurements('kpi,period,value,note\r\nA,2026,1,"x\r\ny"\r\nB,2026,"2" min,\r\n');
        expect(table.rows).toHaveLength(1);
        expect(table.syntaxProblem?.line).toBe(3);
        expect(table.syntaxProblem?.message.en).toMatch(/^A quoted cell goes on after its closing/);
    });

    test('in the header: no rows, and no verdict on columns', () => {
        expect(withRowArray(measurements('kpi,"period,value\n'))).toMatchObject({ missingColumns: [], rows: [], syntaxProblem: { line: 0 } });
    });
});

/** A small deterministic generator (mulberry32), so that a failure can be replayed. */
function randomSource(seed: number): () => number {
    let state = seed;
    return () => {
        state = (state + 0x6d2b79f5) | 0;
        let t = Math.imul(state ^ (state >>> 15), 1 | state);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

/** Everything a reader sees of a table: rows with each column's text and range, and the problems. */
function reading(table: CsvTable<'kpi' | 'period' | 'value', 'note'>) {
    return {
        missingColumns: table.missingColumns,
        syntaxProblem: table.syntaxProblem,
        rows: [...table.rows].map(row => [row.line, ...(['kpi', 'period', 'value', 'note'] as const).map(column => {
            const cell = row.cell(column);
            return cell && `${cell.text}@${span(cell.range)}`;
        })])
    };
}

describe('parseCsvTable reads as csv-parse does', () => {
    const pick = <T>(random: () => number, items: readonly T[]) => items[Math.floor(random() * items.length)];
    const sameReading = (text: string) =>
        expect(reading(parseCsvTable(text, measurementColumns)), JSON.stringify(text)).toEqual(reading(parseWithCsvParse(text, measurementColumns)));

    test('on 3,000 random files, plain or not, with or without a header', () => {
        // Pieces that make CSV hard: quotes in every place, line breaks of each kind inside and outside quotes, comments, blanks.
        const pieces = ['A', 'b1', ' ', ',', '"', '""', '"x,y"', '\n', '\r\n', '\r', '#', '# c\n', '中文', '\t', ',,', '"q""r"'];
        const random = randomSource(16);
        for (let run = 0; run < 3_000; run++) {
            const body = Array.from({ length: Math.floor(random() * 40) }, () => pick(random, pieces)).join('');
            sameReading((random() < 0.8 ? 'kpi,period,value,note\n' : '') + body);
        }
    });

    test('on 500 plain files of rows, the way exports write them', () => {
        const cells = ['AvgWait', ' 2026-09 ', '9.5', '"11 min"', '"国庆, 高峰"', '"say ""hi"""', '', '"a\r\nb"', '""'];
        const random = randomSource(7);
        for (let run = 0; run < 500; run++) {
            const rows = Array.from({ length: 1 + Math.floor(random() * 8) }, () =>
                Array.from({ length: 1 + Math.floor(random() * 5) }, () => pick(random, cells)).join(','));
            sameReading(`# export\nkpi,period,value,note\n${rows.join(random() < 0.5 ? '\n' : '\r\n')}${random() < 0.5 ? '\n' : ''}`);
        }
    });
});

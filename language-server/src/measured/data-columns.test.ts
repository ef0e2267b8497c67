import { describe, expect, test } from 'vitest';
import { parseCsvTable } from './csv-table.js';
import { measurementColumns, surveyColumns } from './data-columns.js';

describe('data file columns', () => {
    test('measurements: every column by its Chinese name', () => {
        const [row] = parseCsvTable('备注,数值,期间,指标\n国庆后,11 min,2026-10,AvgWait\n', measurementColumns).rows;
        expect([row.cell('kpi').text, row.cell('period').text, row.cell('value').text, row.cell('note')?.text])
            .toEqual(['AvgWait', '2026-10', '11 min', '国庆后']);
    });

    test('survey: every column by its Chinese name', () => {
        const [row] = parseCsvTable('重要性,题目,受访者,感知,期望,维度\n30,Q1,p1,3,5,可靠性\n', surveyColumns).rows;
        expect([row.cell('dimension').text, row.cell('expectation').text, row.cell('perception').text,
            row.cell('respondent')?.text, row.cell('item')?.text, row.cell('importance')?.text])
            .toEqual(['可靠性', '5', '3', 'p1', 'Q1', '30']);
    });

    test('the optional columns are not required', () => {
        expect(parseCsvTable('kpi,period,value\n', measurementColumns).missingColumns).toEqual([]);
        expect(parseCsvTable('dimension,expectation,perception\n', surveyColumns).missingColumns).toEqual([]);
    });
});

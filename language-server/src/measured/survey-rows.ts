import type { DataRow, TableCell } from './csv-table.js';
import type { SurveyColumns } from './data-columns.js';
import { parsed, problem, type Parsed } from './parse-result.js';
import { quoteCell } from './quote-cell.js';
import type { RowProblem } from './row-problem.js';
import { parseServqualDimension } from './servqual-dimensions.js';
import type { SurveyAnswer } from './servqual-gap.js';

export type SurveyRow = DataRow<keyof SurveyColumns['required'], keyof SurveyColumns['optional']>;

/** The scale of a survey without `scale`: SERVQUAL's seven points. */
export const defaultSurveyScale = 7;

export interface SurveyRowsResult {
    answers: SurveyAnswer[];
    problems: RowProblem[];
}

// A plain decimal, as in measurement values: answers may be averages a survey tool exported.
const numberPattern = /^-?\d+(?:\.\d+)?$/;

/**
 * Checks the rows of a survey file (LANGUAGE.md, "Data files"): a known
 * dimension, answers from 1 to the scale; a row with an empty expectation or
 * perception is an unanswered question and is skipped. An `importance`, when
 * given, is a number of 0 or more (points or weights, not bound to the scale).
 */
export function checkSurveyRows(rows: Iterable<SurveyRow>, scale: number): SurveyRowsResult {
    const result: SurveyRowsResult = { answers: [], problems: [] };
    for (const row of rows) {
        const dimensionCell = row.cell('dimension');
        const dimension = parseServqualDimension(dimensionCell.text);
        if (!dimension.ok) {
            result.problems.push({ range: dimensionCell.range, problem: dimension.problem });
            continue;
        }
        const expectationCell = row.cell('expectation'), perceptionCell = row.cell('perception');
        if (expectationCell.text === '' || perceptionCell.text === '') continue;
        const checked = checkAnswer(expectationCell, 'expectation', scale);
        const perception = checked.ok ? checkAnswer(perceptionCell, 'perception', scale) : checked;
        const importanceCell = row.cell('importance');
        const importance = perception.ok && importanceCell && importanceCell.text !== '' ? checkImportance(importanceCell) : undefined;
        const failed = [checked, perception, importance].find(answer => answer && !answer.ok);
        if (failed && !failed.ok) {
            result.problems.push({ range: failed.cell.range, problem: failed.problem });
            continue;
        }
        result.answers.push({
            dimension: dimension.value,
            expectation: value(checked), perception: value(perception),
            ...(importance ? { importance: value(importance) } : {})
        });
    }
    return result;
}

type CellCheck = Parsed<number> & { cell: TableCell };

const value = (check: CellCheck | undefined) => check?.ok ? check.value : undefined;

const answerNames = { expectation: { en: 'expectation', zh: '期望' }, perception: { en: 'perception', zh: '感知' } };

function checkAnswer(cell: TableCell, column: keyof typeof answerNames, scale: number): CellCheck {
    const name = answerNames[column];
    const number = numberPattern.test(cell.text) ? Number(cell.text) : undefined;
    if (number === undefined) {
        const quoted = quoteCell(cell.text);
        return { cell, ...problem(`The ${name.en} ${quoted.en} is not a number: answers are numbers from 1 to ${scale}.`,
            `${name.zh}${quoted.zh}不是数字：答案应为 1 到 ${scale} 之间的数字。`) };
    }
    if (number < 1 || number > scale) {
        // Quoted too: a cell of a million digits is a number.
        const quoted = quoteCell(cell.text);
        return { cell, ...problem(`The ${name.en} ${quoted.en} lies outside the survey's scale of 1 to ${scale}.`,
            `${name.zh}${quoted.zh}超出了问卷的量表范围 1 到 ${scale}。`) };
    }
    return { cell, ...parsed(number) };
}

function checkImportance(cell: TableCell): CellCheck {
    const number = numberPattern.test(cell.text) ? Number(cell.text) : undefined;
    if (number === undefined || number < 0 || !Number.isFinite(number)) {
        const quoted = quoteCell(cell.text);
        return { cell, ...problem(`The importance ${quoted.en} is not a number of 0 or more (points or a weight).`,
            `重要性${quoted.zh}不是大于或等于 0 的数字（分值或权重）。`) };
    }
    return { cell, ...parsed(number) };
}

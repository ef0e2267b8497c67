import { describe, expect, test } from 'vitest';
import { parseCsvTable } from './csv-table.js';
import { surveyColumns } from './data-columns.js';
import { checkSurveyRows, defaultSurveyScale, type SurveyRowsResult } from './survey-rows.js';

/** Checks a survey file's rows (text after `header`) on `scale`. */
function check(body: string, scale = defaultSurveyScale, header = 'respondent,dimension,expectation,perception,importance'): SurveyRowsResult {
    const table = parseCsvTable(`${header}\n${body}`, surveyColumns);
    expect(table.missingColumns).toEqual([]);
    return checkSurveyRows(table.rows, scale);
}

/** Each problem as `line:column message` (1-based, as editors show them). */
function problems(result: SurveyRowsResult, locale: 'en' | 'zh-CN' = 'en'): string[] {
    return result.problems.map(({ range, problem }) => `${range.start.line + 1}:${range.start.character + 1} ${problem[locale]}`);
}

describe('checkSurveyRows, dimensions', () => {
    test('by id or Chinese name, in any case', () => {
        const result = check('r1,reliability,7,5,\nr1,Responsiveness,6,6,\nr1,ASSURANCE,5,4,\nr1,移情性,4,4,\nr1, 有形性 ,3,5,\n');
        expect(result.problems).toEqual([]);
        expect(result.answers.map(answer => answer.dimension)).toEqual(['reliability', 'responsiveness', 'assurance', 'empathy', 'tangibles']);
    });

    test('an unknown one is a problem at its cell, in English and Chinese', () => {
        const result = check('r1,friendliness,7,5,\n');
        expect(problems(result)).toEqual([
            "2:4 'friendliness' is not a SERVQUAL dimension: write one of reliability, responsiveness, assurance, empathy, tangibles (or 可靠性, 响应性, 保证性, 移情性, 有形性)."
        ]);
        expect(problems(result, 'zh-CN')).toEqual([
            '2:4 “friendliness”不是 SERVQUAL 维度：请写以下之一：可靠性、响应性、保证性、移情性、有形性（或 reliability、responsiveness、assurance、empathy、tangibles）。'
        ]);
        expect(result.answers).toEqual([]);
    });

    test('an importance too large for a double (400 digits) is a problem, never Infinity in a mean', () => {
        const result = check(`r1,reliability,7,5,${'9'.repeat(400)}\n`);
        expect(problems(result)[0]).toMatch(/^2:20 The importance '9+…' is not a number of 0 or more/);
        expect(result.answers).toEqual([]);
    });

    test('an unknown one is reported even when the row is unanswered: the dimension is checked first', () => {
        expect(check('r1,friendliness,,5,\n').problems).toHaveLength(1);
    });
});

describe('checkSurveyRows, answers', () => {
    test('an empty expectation or perception is an unanswered question: skipped, no problem', () => {
        const result = check('r1,reliability,,5,\nr1,empathy,6,,\nr1,assurance,,,\nr1,tangibles\nr1,responsiveness,6,5,\n');
        expect(result.problems).toEqual([]);
        expect(result.answers).toEqual([{ dimension: 'responsiveness', expectation: 6, perception: 5 }]);
    });

    test('numbers from 1 to the scale, both ends and decimals included', () => {
        const result = check('r1,reliability,1,5,\nr2,reliability,4.5,4.25,\nr3,reliability,5,1.0,\n', 5);
        expect(result.problems).toEqual([]);
        expect(result.answers.map(({ expectation, perception }) => [expectation, perception])).toEqual([[1, 5], [4.5, 4.25], [5, 1]]);
    });

    test('outside 1 to the scale is a problem at the cell', () => {
        const result = check('r1,reliability,0,5,\nr1,empathy,5,6,\nr1,assurance,-1,3,\nr1,tangibles,5,5.5,\n', 5);
        expect(problems(result)).toEqual([
            "2:16 The expectation '0' lies outside the survey's scale of 1 to 5.",
            "3:14 The perception '6' lies outside the survey's scale of 1 to 5.",
            "4:14 The expectation '-1' lies outside the survey's scale of 1 to 5.",
            "5:16 The perception '5.5' lies outside the survey's scale of 1 to 5."
        ]);
        expect(problems(result, 'zh-CN')[0]).toBe('2:16 期望“0”超出了问卷的量表范围 1 到 5。');
        expect(result.answers).toEqual([]);
    });

    test('the scale defaults to seven points', () => {
        expect(defaultSurveyScale).toBe(7);
        expect(check('r1,reliability,7,7,\n').problems).toEqual([]);
        expect(check('r1,reliability,8,7,\n').problems).toHaveLength(1);
    });

    test.each(['abc', '5 points', '1e1', '4,5', '.5', '五'])('%j is not a number', text => {
        const result = check(`r1,reliability,5,"${text}",\n`);
        expect(problems(result)).toEqual([`2:18 The perception '${text}' is not a number: answers are numbers from 1 to 7.`]);
        expect(problems(result, 'zh-CN')).toEqual([`2:18 感知“${text}”不是数字：答案应为 1 到 7 之间的数字。`]);
    });

    test('the expectation is checked before the perception', () => {
        expect(problems(check('r1,reliability,x,y,\n'))[0]).toContain("The expectation 'x'");
    });

    test('a huge number is quoted in part, not copied into the message', () => {
        const [problem] = check(`r1,reliability,${'9'.repeat(1_000_000)},5,\n`).problems;
        expect(problem.problem.en).toBe(`The expectation '${'9'.repeat(60)}…' lies outside the survey's scale of 1 to 7.`);
    });
});

describe('checkSurveyRows, importance', () => {
    test('optional: without the column, or with an empty cell, an answer has none', () => {
        const withoutColumn = check('r1,reliability,7,5\n', 7, 'respondent,dimension,expectation,perception');
        expect(withoutColumn.answers).toEqual([{ dimension: 'reliability', expectation: 7, perception: 5 }]);
        expect(check('r1,reliability,7,5,\n').answers).toEqual([{ dimension: 'reliability', expectation: 7, perception: 5 }]);
    });

    test('a number of 0 or more, not bound to the scale', () => {
        const result = check('r1,reliability,7,5,0\nr1,empathy,6,5,2.5\nr1,assurance,6,5,30\n');
        expect(result.problems).toEqual([]);
        expect(result.answers.map(answer => answer.importance)).toEqual([0, 2.5, 30]);
    });

    test.each(['-1', 'high', '10%'])('%j is a problem at its cell', text => {
        const result = check(`r1,reliability,7,5,${text}\n`);
        expect(problems(result)).toEqual([`2:20 The importance '${text}' is not a number of 0 or more (points or a weight).`]);
        expect(problems(result, 'zh-CN')).toEqual([`2:20 重要性“${text}”不是大于或等于 0 的数字（分值或权重）。`]);
        expect(result.answers).toEqual([]);
    });

    test('a bad answer is reported before a bad importance', () => {
        expect(problems(check('r1,reliability,7,9,-1\n'))[0]).toContain("The perception '9'");
    });

    test('Chinese headers work the same', () => {
        const result = check('r1,可靠性,7,5,3\n', 7, '受访者,维度,期望,感知,重要性');
        expect(result.answers).toEqual([{ dimension: 'reliability', expectation: 7, perception: 5, importance: 3 }]);
    });
});

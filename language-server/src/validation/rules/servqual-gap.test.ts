import { describe, expect, test } from 'vitest';
import type { Locale } from '#protocol/locale.js';
import { lineOf } from '../../../../test/helpers/diagnose.js';
import { checkMeasured } from '../../../../test/helpers/measured-workspace.js';

const rule = 'servqual-gap';

const spec = (scale = '') => `service Clinic {
  survey Q3 "三季度问卷" from "data/q3.csv"${scale}
}
`;

const header = 'respondent,dimension,expectation,perception';
const survey = (rows: string[]) => `${header}\n${rows.join('\n')}\n`;

/** Diagnostics that would make a silent case pass for the wrong reason. */
const breaking = ['syntax-error', 'unresolved-reference', 'duplicate-name', 'data-file-invalid', 'measurement-invalid'];

/** The rule's diagnostics for the survey rows, after asserting that the spec is clean and every row valid. */
async function gaps(rows: string[], { scale = '', locale = 'en' }: { scale?: string; locale?: Locale } = {}) {
    const workspace = await checkMeasured({ 'spec.svc': spec(scale), 'data/q3.csv': survey(rows) }, locale);
    workspace.remove();
    expect(workspace.diagnostics.filter(diagnostic => breaking.includes(diagnostic.rule)).map(diagnostic => diagnostic.message)).toEqual([]);
    return workspace.diagnostics.filter(diagnostic => diagnostic.rule === rule);
}

const messages = async (rows: string[], options?: Parameters<typeof gaps>[1]) => (await gaps(rows, options)).map(diagnostic => diagnostic.message);

describe('servqual-gap', () => {
    test("fires at the survey's name, as a warning, with the means and the gap of the dimension", async () => {
        const found = await gaps(['r1,reliability,7,5', 'r2,reliability,6,5', 'r1,empathy,5,5']);
        expect(found).toEqual([{
            file: 'spec.svc', line: lineOf(spec(), 'survey Q3'), column: 10, rule, severity: 'warning',
            message: "Survey 'Q3' (scale 1 to 7): customers perceive more than one point less than they expected in reliability (mean expectation 6.5, mean perception 5, gap -1.5)."
        }]);
    });

    test('a gap of exactly -1.0 is silent, also with rounding noise; -1.01 fires', async () => {
        expect(await messages(['r1,reliability,5,4', 'r2,reliability,6,5'])).toEqual([]);
        // 1.2 - 2.2 is -1.0000000000000002 in floating point.
        expect(await messages(['r1,reliability,2.2,1.2'])).toEqual([]);
        expect(await messages(['r1,reliability,5,3.99'])).toEqual([
            "Survey 'Q3' (scale 1 to 7): customers perceive more than one point less than they expected in reliability (mean expectation 5, mean perception 3.99, gap -1.01)."
        ]);
    });

    test('small and positive gaps are silent', async () => {
        expect(await messages(['r1,tangibles,3,6', 'r1,assurance,5,4.5'])).toEqual([]);
    });

    test('one diagnostic lists every dimension below the threshold, in the order of the grammar, with Chinese dimension names in the data', async () => {
        const rows = ['r1,移情性,7,4', 'r1,reliability,7,6', 'r2,可靠性,7,5', 'r1,responsiveness,5,5', 'r2,assurance,6,4'];
        expect(await messages(rows)).toEqual([
            "Survey 'Q3' (scale 1 to 7): customers perceive more than one point less than they expected in reliability (mean expectation 7, mean perception 5.5, gap -1.5), " +
            'assurance (mean expectation 6, mean perception 4, gap -2) and empathy (mean expectation 7, mean perception 4, gap -3).'
        ]);
    });

    test('unanswered rows (an empty expectation or perception) are skipped', async () => {
        // Counted as 0 or as the other answer, the empty cells would change the means.
        expect(await messages(['r1,reliability,7,5', 'r2,reliability,,1', 'r3,reliability,7,', 'r4,reliability,6,6'])).toEqual([]);
        expect(await messages(['r1,reliability,7,5', 'r2,reliability,,1', 'r3,reliability,7,'])).toEqual([
            "Survey 'Q3' (scale 1 to 7): customers perceive more than one point less than they expected in reliability (mean expectation 7, mean perception 5, gap -2)."
        ]);
    });

    test('invalid rows contribute nothing', async () => {
        const workspace = await checkMeasured({ 'spec.svc': spec(), 'data/q3.csv': survey(['r1,reliability,6,6', 'r2,reliability,7,abc', 'r3,friendliness,7,1']) });
        workspace.remove();
        const relevant = workspace.diagnostics.filter(diagnostic => [rule, 'measurement-invalid'].includes(diagnostic.rule));
        expect(relevant.map(diagnostic => [diagnostic.rule, diagnostic.line])).toEqual([['measurement-invalid', 3], ['measurement-invalid', 4]]);
    });

    test('on a 5-point scale the message gives the scale', async () => {
        expect(await messages(['r1,tangibles,5,3', 'r2,tangibles,4,3'], { scale: ' scale 5' })).toEqual([
            "Survey 'Q3' (scale 1 to 5): customers perceive more than one point less than they expected in tangibles (mean expectation 4.5, mean perception 3, gap -1.5)."
        ]);
    });

    test('a survey whose file cannot be used is silent (data-file-invalid says why)', async () => {
        const workspace = await checkMeasured({ 'spec.svc': 'service S {\n  survey Q from "none.csv"\n}\n' });
        workspace.remove();
        expect(workspace.diagnostics.filter(diagnostic => [rule, 'data-file-invalid'].includes(diagnostic.rule)).map(diagnostic => diagnostic.rule)).toEqual(['data-file-invalid']);
    });

    test('Chinese message gives the Chinese dimension names', async () => {
        expect(await messages(['r1,可靠性,5,3', 'r1,empathy,5,3.5'], { scale: ' scale 5', locale: 'zh-CN' })).toEqual([
            '问卷“Q3”（1 到 5 分）中，顾客感知比期望低 1 分以上的维度：可靠性（平均期望 5，平均感知 3，差距 -2）、移情性（平均期望 5，平均感知 3.5，差距 -1.5）。'
        ]);
    });

    test('the severity follows svc.config.json', async () => {
        const files = { 'spec.svc': spec(), 'data/q3.csv': survey(['r1,reliability,7,1']) };
        const severities = async (config: string) => {
            const workspace = await checkMeasured({ ...files, 'svc.config.json': config });
            workspace.remove();
            return workspace.diagnostics.filter(diagnostic => diagnostic.rule === rule).map(diagnostic => diagnostic.severity);
        };
        expect(await severities('{ "rules": { "servqual-gap": "info" } }')).toEqual(['info']);
        expect(await severities('{ "rules": { "servqual-gap": "off" } }')).toEqual([]);
    });
});

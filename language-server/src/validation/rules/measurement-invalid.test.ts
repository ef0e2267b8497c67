import { describe, expect, test } from 'vitest';
import type { Locale } from '#protocol/locale.js';
import { checkMeasured } from '../../../../test/helpers/measured-workspace.js';

const rule = 'measurement-invalid';

/** Diagnostics that would make a case pass or fail for a reason other than the rows. */
const breaking = ['syntax-error', 'unresolved-reference', 'duplicate-name', 'data-file-invalid'];

interface Found { file: string; line: number; column: number; message: string }

/** The rule's diagnostics (file, line, column, message), after asserting that the specs are clean and every file bound. */
async function invalidRows(files: Record<string, string>, locale: Locale = 'en'): Promise<Found[]> {
    const workspace = await checkMeasured(files, locale);
    workspace.remove();
    expect(workspace.diagnostics.filter(diagnostic => breaking.includes(diagnostic.rule)).map(diagnostic => diagnostic.message)).toEqual([]);
    return workspace.diagnostics.filter(diagnostic => diagnostic.rule === rule).map(({ file, line, column, message }) => ({ file, line, column, message }));
}

/** A service with KPIs of every kind the rows need, bound to `data/kpi.csv`. */
const counter = `service Counter {
  standard Quick { target <= 20 min }
  kpi AvgWait { measures Quick unit min period monthly }
  kpi Served { unit count }
  kpi Rate { unit % period weekly }
  kpi Plain { }
  measurements Ops from "data/kpi.csv"
}
`;

const header = 'kpi,period,value';

/** The rule's diagnostics for rows of `data/kpi.csv` bound by the counter service. */
const rows = (lines: string[], locale?: Locale) => invalidRows({ 'spec.svc': counter, 'data/kpi.csv': [header, ...lines, ''].join('\n') }, locale);

/** Line and message of each diagnostic in `data/kpi.csv`, the header being line 1. */
const messages = async (lines: string[]) => (await rows(lines)).map(({ line, message }) => [line, message]);

describe('measurement-invalid: KPI names', () => {
    test('a row naming no KPI in scope fires at the kpi cell, with the closest names in scope', async () => {
        expect(await rows(['AvgWiat,2026-09,9', 'Lobby.Tidy,2026-09,1', 'AvgWait,2026-09,9'])).toEqual([
            { file: 'data/kpi.csv', line: 2, column: 1, message: "No KPI named 'AvgWiat' is in scope in service 'Counter'. Did you mean 'AvgWait'?" },
            {
                file: 'data/kpi.csv', line: 3, column: 1,
                message: "No KPI named 'Lobby.Tidy' is in scope in service 'Counter'. Write a KPI name as a reference in the .svc file would (Service.Kpi for another service)."
            }
        ]);
    });

    test('a row naming a standard, not a KPI, fires', async () => {
        expect(await messages(['Quick,2026-09,9'])).toEqual([[2, "'Quick' names a standard, not a KPI: the kpi column takes KPI names."]]);
    });

    test("a service's measurements take its members by name, top-level KPIs and other services' KPIs as Service.Member", async () => {
        const files = {
            'spec.svc': counter,
            'other.svc': 'kpi Tidy { unit % }\nservice Lobby {\n  kpi Clean { unit % }\n}\n',
            'data/kpi.csv': `${header}\nAvgWait,2026-09,9\nTidy,2026-09,90\nLobby.Clean,2026-09,95\nClean,2026-09,95\n`
        };
        expect((await invalidRows(files)).map(({ line, message }) => [line, message])).toEqual([
            [5, "No KPI named 'Clean' is in scope in service 'Counter'. Did you mean 'Lobby.Clean'?"]
        ]);
    });

    test('a top-level measurements takes top-level names and Service.Member, not a member without its service', async () => {
        const files = {
            'spec.svc': `${counter}measurements HQ from "data/hq.csv"\nkpi Tidy { unit % }\n`,
            'data/kpi.csv': `${header}\n`,
            'data/hq.csv': `${header}\nTidy,2026-09,90\nCounter.AvgWait,2026-09,18\nAvgWait,2026-10,16\nCounter.Quick,2026-10,16\n`
        };
        expect(await invalidRows(files)).toEqual([
            { file: 'data/hq.csv', line: 4, column: 1, message: "No KPI named 'AvgWait' is in scope at the top level. Did you mean 'Counter.AvgWait'?" },
            { file: 'data/hq.csv', line: 5, column: 1, message: "'Counter.Quick' names a standard, not a KPI: the kpi column takes KPI names." }
        ]);
    });
});

describe('measurement-invalid: periods', () => {
    test('a malformed period fires at the period cell', async () => {
        expect(await rows(['AvgWait,2026-13,9', 'AvgWait,2026/09,9', 'Served,2026-Q5,9', 'Rate,2026-W54,9', 'Served,2026-02-29,9', 'Served,,9'])).toEqual([
            { file: 'data/kpi.csv', line: 2, column: 9, message: "'2026-13': there is no month 13; months are 01 to 12." },
            {
                file: 'data/kpi.csv', line: 3, column: 9,
                message: "'2026/09' is not a period: write 2026 (year), 2026-Q3 (quarter), 2026-09 (month), 2026-W37 (ISO week) or 2026-09-14 (day)."
            },
            { file: 'data/kpi.csv', line: 4, column: 8, message: "'2026-Q5': a year has the quarters Q1 to Q4." },
            { file: 'data/kpi.csv', line: 5, column: 6, message: "'2026-W54': 2026 has the ISO weeks W01 to W53." },
            { file: 'data/kpi.csv', line: 6, column: 8, message: "'2026-02-29' is not a date: 2026-02 has 28 days." },
            {
                file: 'data/kpi.csv', line: 7, column: 8,
                message: "'' is not a period: write 2026 (year), 2026-Q3 (quarter), 2026-09 (month), 2026-W37 (ISO week) or 2026-09-14 (day)."
            }
        ]);
    });

    test("a period of another granularity than the KPI's period fires", async () => {
        expect(await messages(['AvgWait,2026-W40,9', 'Rate,2026-09,9', 'AvgWait,2026-09,9', 'Rate,2026-W40,9'])).toEqual([
            [2, "'2026-W40' is a weekly period, but KPI 'AvgWait' is measured monthly (its period is monthly)."],
            [3, "'2026-09' is a monthly period, but KPI 'Rate' is measured weekly (its period is weekly)."]
        ]);
    });

    test('a KPI without period takes the granularity of its first row', async () => {
        expect(await rows(['Served,2026-Q3,900', 'Served,2026-Q4,950', 'Served,2026-10,300', 'Plain,2026,1'])).toEqual([{
            file: 'data/kpi.csv', line: 4, column: 8,
            message: "'2026-10' is a monthly period, but KPI 'Served' is measured quarterly (its first valid row is quarterly)."
        }]);
    });
});

describe('measurement-invalid: values', () => {
    test('a value that is not a number fires at the value cell', async () => {
        expect(await rows(['AvgWait,2026-09,N/A', 'AvgWait,2026-10,"1,5"', 'AvgWait,2026-11,', 'AvgWait,2026-12,9 kg'])).toEqual([
            { file: 'data/kpi.csv', line: 2, column: 17, message: "'N/A' is not a number: write a number such as 9.5, optionally followed by a unit (11 min, 82%)." },
            { file: 'data/kpi.csv', line: 3, column: 17, message: "'1,5' has a comma: write decimals with a point and no thousands separators (1.5, 1500)." },
            { file: 'data/kpi.csv', line: 4, column: 17, message: 'The value is empty: write a number such as 9.5, optionally followed by a unit (11 min, 82%).' },
            { file: 'data/kpi.csv', line: 5, column: 17, message: "'9 kg': 'kg' is not a unit; the units are s, min, h, d, %, count, score, CNY." }
        ]);
    });

    test('a unit of another dimension fires; a time converts to the KPI\'s time unit', async () => {
        expect(await messages(['AvgWait,2026-09,0.2 %', 'AvgWait,2026-10,0.5 h', 'AvgWait,2026-11,40 s', 'Rate,2026-W40,5 score', 'Rate,2026-W41,82%', 'Served,2026-09,12 count'])).toEqual([
            [2, "'%' does not convert to the KPI's unit 'min'; units that do: s, min, h, d."],
            [5, "'score' does not convert to the KPI's unit '%'; units that do: %."]
        ]);
    });

    test('any unit on the value of a KPI without unit fires; a plain number is fine', async () => {
        expect(await messages(['Plain,2026-09,2 min', 'Plain,2026-10,2 count', 'Plain,2026-11,2'])).toEqual([
            [2, "The KPI has no unit, so its values are plain numbers: remove 'min'."],
            [3, "The KPI has no unit, so its values are plain numbers: remove 'count'."]
        ]);
    });
});

describe('measurement-invalid: duplicates', () => {
    test('a KPI and period given twice in one file fires at the later period cell, naming the first line', async () => {
        expect(await rows(['AvgWait,2026-09,10', 'Served,2026-09,10', 'AvgWait,2026-09,0.5 h'])).toEqual([{
            file: 'data/kpi.csv', line: 4, column: 9, message: "KPI 'AvgWait' already has a value for 2026-09 (line 2): one value per KPI and period."
        }]);
    });

    test('an invalid row gives no value, so a later row of its KPI and period is not a duplicate', async () => {
        expect(await messages(['AvgWait,2026-09,abc', 'AvgWait,2026-09,10'])).toEqual([
            [2, "'abc' is not a number: write a number such as 9.5, optionally followed by a unit (11 min, 82%)."]
        ]);
    });

    test('across files, the file whose path comes first keeps the value, whichever spec binds it', async () => {
        const files = {
            'a.svc': 'service A {\n  kpi Calls { unit count }\n  measurements Later from "data/z.csv"\n}\n',
            'b.svc': 'measurements Earlier from "data/a.csv"\n',
            'data/z.csv': `${header}\nCalls,2026-08,800\nCalls,2026-09,1200\n`,
            'data/a.csv': `# export\n${header}\nA.Calls,2026-09,1100\n`
        };
        expect(await invalidRows(files)).toEqual([{
            file: 'data/z.csv', line: 3, column: 7, message: "KPI 'Calls' already has a value for 2026-09 (a.csv, line 3): one value per KPI and period."
        }]);
    });
});

describe('measurement-invalid: one diagnostic a row, where the problem is', () => {
    test('only the first problem of a row is reported, in the order KPI, period, granularity, value', async () => {
        expect(await messages(['AvgWiat,2026-13,abc', 'AvgWait,2026-13,abc', 'AvgWait,2026-W40,abc', 'AvgWait,2026-09,abc'])).toEqual([
            [2, "No KPI named 'AvgWiat' is in scope in service 'Counter'. Did you mean 'AvgWait'?"],
            [3, "'2026-13': there is no month 13; months are 01 to 12."],
            [4, "'2026-W40' is a weekly period, but KPI 'AvgWait' is measured monthly (its period is monthly)."],
            [5, "'abc' is not a number: write a number such as 9.5, optionally followed by a unit (11 min, 82%)."]
        ]);
    });

    test('lines count comments and blank lines; columns count from the start of the offending cell, quotes and other column orders included', async () => {
        const csv = '# 叫号系统导出\r\nnote, Value ,kpi,period\r\n\r\n"a, ""b""",9,AvgWait,2026-13\r\n# the next row\r\n备注,abc,AvgWait,2026-10\r\n';
        expect(await invalidRows({ 'spec.svc': counter, 'data/kpi.csv': csv })).toEqual([
            { file: 'data/kpi.csv', line: 4, column: 22, message: "'2026-13': there is no month 13; months are 01 to 12." },
            { file: 'data/kpi.csv', line: 6, column: 4, message: "'abc' is not a number: write a number such as 9.5, optionally followed by a unit (11 min, 82%)." }
        ]);
    });
});

describe('measurement-invalid: surveys', () => {
    const clinic = (scale: string) => `service Clinic {\n  survey Q3 from "data/q.csv"${scale}\n}\n`;
    const survey = (lines: string[], scale = '', locale?: Locale) =>
        invalidRows({ 'spec.svc': clinic(scale), 'data/q.csv': ['respondent,dimension,expectation,perception,importance', ...lines, ''].join('\n') }, locale);

    test('an unknown dimension fires at the dimension cell; ids and Chinese names in any case are known', async () => {
        expect(await survey(['r1,friendliness,5,4,', 'r1,Reliability,5,4,', 'r1,有形性,5,4,'])).toEqual([{
            file: 'data/q.csv', line: 2, column: 4,
            message: "'friendliness' is not a SERVQUAL dimension: write one of reliability, responsiveness, assurance, empathy, tangibles (or 可靠性, 响应性, 保证性, 移情性, 有形性)."
        }]);
    });

    test('answers outside 1 to the scale fire at the answer; the default scale is 7', async () => {
        expect((await survey(['r1,empathy,0,4,', 'r2,empathy,7,8,', 'r3,empathy,1,7,', 'r4,empathy,5,abc,'])).map(({ line, column, message }) => [line, column, message])).toEqual([
            [2, 12, "The expectation '0' lies outside the survey's scale of 1 to 7."],
            [3, 14, "The perception '8' lies outside the survey's scale of 1 to 7."],
            [5, 14, "The perception 'abc' is not a number: answers are numbers from 1 to 7."]
        ]);
    });

    test('on a 5-point scale, 6 is outside', async () => {
        expect((await survey(['r1,assurance,5,6,', 'r2,assurance,6,5,', 'r3,assurance,1,5,'], ' scale 5')).map(({ line, message }) => [line, message])).toEqual([
            [2, "The perception '6' lies outside the survey's scale of 1 to 5."],
            [3, "The expectation '6' lies outside the survey's scale of 1 to 5."]
        ]);
    });

    test('a row with an empty answer is an unanswered question: skipped, whatever the other answer', async () => {
        expect(await survey(['r1,reliability,,4,', 'r2,reliability,5,,', 'r3,reliability,,99,'])).toEqual([]);
    });

    test('a negative importance fires; 0, any positive weight and none are fine', async () => {
        expect((await survey(['r1,tangibles,5,4,-1', 'r2,tangibles,5,4,0', 'r3,tangibles,5,4,30', 'r4,tangibles,5,4,'])).map(({ line, column, message }) => [line, column, message])).toEqual([
            [2, 18, "The importance '-1' is not a number of 0 or more (points or a weight)."]
        ]);
    });

    test('Chinese messages', async () => {
        expect((await survey(['r1,友好性,5,4,', 'r2,可靠性,0,4,', 'r3,可靠性,5,4,-2'], ' scale 5', 'zh-CN')).map(({ message }) => message)).toEqual([
            '“友好性”不是 SERVQUAL 维度：请写以下之一：可靠性、响应性、保证性、移情性、有形性（或 reliability、responsiveness、assurance、empathy、tangibles）。',
            '期望“0”超出了问卷的量表范围 1 到 5。',
            '重要性“-2”不是大于或等于 0 的数字（分值或权重）。'
        ]);
    });
});

describe('measurement-invalid: severity and language', () => {
    test('is an error by default and takes the severity configured for the spec that binds the file', async () => {
        const files = {
            'spec.svc': 'service Main {\n  kpi Calls { unit count }\n  measurements M from "main.csv"\n}\n',
            'main.csv': `${header}\nCalls,2026-13,1\n`,
            'team/svc.config.json': '{ "rules": { "measurement-invalid": "warn" } }',
            'team/spec.svc': 'service Team {\n  kpi Calls { unit count }\n  measurements M from "team.csv"\n}\n',
            'team/team.csv': `${header}\nCalls,2026-13,1\n`,
            'quiet/svc.config.json': '{ "rules": { "measurement-invalid": "off" } }',
            'quiet/spec.svc': 'service Quiet {\n  kpi Calls { unit count }\n  measurements M from "quiet.csv"\n}\n',
            'quiet/quiet.csv': `${header}\nCalls,2026-13,1\n`
        };
        const workspace = await checkMeasured(files);
        workspace.remove();
        // Every file is bound and read, so the silence of quiet.csv is the configuration's.
        expect(workspace.diagnostics.filter(diagnostic => breaking.includes(diagnostic.rule))).toEqual([]);
        expect(workspace.check.dataFiles).toHaveLength(3);
        expect(workspace.diagnostics.filter(diagnostic => diagnostic.rule === rule).map(({ file, line, severity }) => [file, line, severity])).toEqual([
            ['main.csv', 2, 'error'],
            ['team/team.csv', 2, 'warning']
        ]);
    });

    test('Chinese messages for measurements', async () => {
        const found = await rows(['平均等候,2026-09,9', 'Quick,2026-09,9', 'AvgWait,2026-W40,9', 'AvgWait,2026-09,9 %', 'Plain,2026,2 min', 'AvgWait,2026-09,9', 'AvgWait,2026-09,10'], 'zh-CN');
        expect(found.map(({ message }) => message)).toEqual([
            '在服务“Counter”中找不到名为“平均等候”的 KPI。请按 .svc 文件中引用的写法填写 KPI 名称（其他服务的 KPI 写作“服务.KPI”）。',
            '“Quick”指向的是服务标准，不是 KPI：指标列只能写 KPI 的名称。',
            '“2026-W40”是按周的期间，但 KPI“AvgWait”按月统计（其 period 为 monthly）。',
            '“%”无法换算为该 KPI 的单位“min”；可换算的单位：s、min、h、d。',
            '该 KPI 没有单位，数值只能是不带单位的数字：请去掉“min”。',
            'KPI“AvgWait”在 2026-09 已有数值（第 7 行）：每个 KPI 每个期间只能有一个数值。'
        ]);
    });
});

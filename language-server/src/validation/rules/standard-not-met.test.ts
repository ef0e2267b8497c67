import { describe, expect, test } from 'vitest';
import type { Locale } from '#protocol/locale.js';
import { lineOf } from '../../../../test/helpers/diagnose.js';
import { checkMeasured } from '../../../../test/helpers/measured-workspace.js';

const rule = 'standard-not-met';

/** A service with one standard and the KPIs measuring it (`measures Std` added), bound to `data/kpi.csv`. */
function hotline(target: string, kpis: string[]): string {
    return `service Hotline {
  standard Std { target ${target} }
${kpis.map(kpi => `  kpi ${kpi.replace('{', '{ measures Std')}`).join('\n')}
  measurements Ops from "data/kpi.csv"
}
`;
}

const csv = (rows: string[]) => `kpi,period,value\n${rows.join('\n')}\n`;

/** Diagnostics that would make a silent case pass for the wrong reason. */
const breaking = ['syntax-error', 'unresolved-reference', 'duplicate-name', 'data-file-invalid', 'measurement-invalid'];

/**
 * The rule's diagnostics, after asserting that the specs parse and link and
 * every data row is valid — so a "must not fire" test cannot pass on broken input.
 */
async function diagnostics(files: Record<string, string>, locale?: Locale) {
    const workspace = await checkMeasured(files, locale);
    workspace.remove();
    expect(workspace.diagnostics.filter(diagnostic => breaking.includes(diagnostic.rule)).map(diagnostic => diagnostic.message)).toEqual([]);
    return workspace.diagnostics.filter(diagnostic => diagnostic.rule === rule);
}

/** The rule's messages for one standard measured by the KPIs with the data rows. */
async function messages(target: string, kpis: string[], rows: string[]): Promise<string[]> {
    return (await diagnostics({ 'spec.svc': hotline(target, kpis), 'data/kpi.csv': csv(rows) })).map(diagnostic => diagnostic.message);
}

describe('standard-not-met', () => {
    test('fires at the standard\'s name with the KPI, its latest value and period, as a warning', async () => {
        const spec = hotline('>= 80 %', ['FirstCall { unit % }']);
        const found = await diagnostics({ 'spec.svc': spec, 'data/kpi.csv': csv(['FirstCall,2026-10,78%', 'FirstCall,2026-09,86']) });
        expect(found).toEqual([{
            file: 'spec.svc', line: lineOf(spec, 'standard Std'), column: 12, rule, severity: 'warning',
            message: "Standard 'Std' is not met by the latest measured value: 'FirstCall' 78 % (2026-10) does not satisfy ≥ 80 %."
        }]);
    });

    test('only the latest period counts, whatever the order of the rows', async () => {
        expect(await messages('>= 80 %', ['FirstCall { unit % }'], ['FirstCall,2026-10,86', 'FirstCall,2026-09,70'])).toEqual([]);
    });

    test('equal satisfies <= and >=; < and > need strictly better', async () => {
        expect(await messages('<= 20 s', ['Answer { unit s }'], ['Answer,2026-10,20'])).toEqual([]);
        expect(await messages('>= 4 score', ['Skill { unit score }'], ['Skill,2026-10,4'])).toEqual([]);
        expect(await messages('< 20 s', ['Answer { unit s }'], ['Answer,2026-10,20'])).toHaveLength(1);
        expect(await messages('> 4 score', ['Skill { unit score }'], ['Skill,2026-10,4'])).toHaveLength(1);
        expect(await messages('>= 4 score', ['Skill { unit score }'], ['Skill,2026-10,3.99'])).toEqual([
            "Standard 'Std' is not met by the latest measured value: 'Skill' 3.99 score (2026-10) does not satisfy ≥ 4 score."
        ]);
    });

    test('times are compared after conversion between s, min and h', async () => {
        // 0.5 h is 30 min: above 20 min, and the value shows in the KPI's unit.
        expect(await messages('<= 20 min', ['Wait { unit min }'], ['Wait,2026-10,0.5 h'])).toEqual([
            "Standard 'Std' is not met by the latest measured value: 'Wait' 30 min (2026-10) does not satisfy ≤ 20 min."
        ]);
        expect(await messages('<= 1 h', ['Wait { unit min }'], ['Wait,2026-10,60'])).toEqual([]);
        expect(await messages('<= 1 min', ['Answer { unit s }'], ['Answer,2026-10,61'])).toHaveLength(1);
        expect(await messages('<= 1 min', ['Answer { unit s }'], ['Answer,2026-10,1 min'])).toEqual([]);
    });

    test('count and CNY compare with themselves', async () => {
        expect(await messages('<= 3 count', ['Transfers { unit count }'], ['Transfers,2026-10,4'])).toHaveLength(1);
        expect(await messages('<= 50 CNY', ['Fee { unit CNY }'], ['Fee,2026-10,50'])).toEqual([]);
        expect(await messages('<= 50 CNY', ['Fee { unit CNY }'], ['Fee,2026-10,50.5'])).toHaveLength(1);
    });

    test('a KPI in % measuring a time standard is a compliance rate and is not compared', async () => {
        expect(await messages('<= 20 s', ['Abandon { unit % }'], ['Abandon,2026-10,30'])).toEqual([]);
    });

    test('a unit of another dimension, a standard target without unit and a KPI without unit are not compared', async () => {
        expect(await messages('>= 4 score', ['Rate { unit % }'], ['Rate,2026-10,1'])).toEqual([]);
        expect(await messages('>= 80', ['FirstCall { unit % }'], ['FirstCall,2026-10,10'])).toEqual([]);
        expect(await messages('>= 80 %', ['Plain { }'], ['Plain,2026-10,10'])).toEqual([]);
    });

    test('a KPI without data and a standard without target stay silent', async () => {
        expect(await messages('>= 80 %', ['FirstCall { unit % }', 'Other { unit % }'], ['Other,2026-10,90'])).toEqual([]);
        const spec = 'service S {\n  standard Loose { dimension reliability }\n  kpi K { measures Loose unit % }\n  measurements M from "kpi.csv"\n}\n';
        expect(await diagnostics({ 'spec.svc': spec, 'kpi.csv': csv(['K,2026-10,1']) })).toEqual([]);
    });

    test('two KPIs breaking one standard give one diagnostic naming both; a KPI meeting it is left out', async () => {
        expect(await messages('<= 20 min', ['Wait { unit min }', 'Met { unit min }', 'Queue { unit s }'],
            ['Wait,2026-10,25', 'Met,2026-10,20', 'Queue,2026-11,1500', 'Queue,2026-10,60'])).toEqual([
            "Standard 'Std' is not met by the latest measured values: 'Wait' 25 min (2026-10) and 'Queue' 1500 s (2026-11) do not satisfy ≤ 20 min."
        ]);
    });

    test('a KPI in another file and service is named Service.Kpi; a top-level standard is measured from anywhere', async () => {
        const files = {
            'library.svc': 'standard Tidy { target >= 95 % }\nservice Counter {\n  standard Quick { target <= 20 min }\n}\n',
            'reports.svc': `service Reports {
  kpi TidyRate { measures Tidy unit % }
  kpi AvgWait { measures Counter.Quick unit min }
  measurements Monthly from "data/kpi.csv"
}
`,
            'data/kpi.csv': csv(['TidyRate,2026-W45,90%', 'AvgWait,2026-10,21'])
        };
        const found = await diagnostics(files);
        expect(found.map(({ file, line, message }) => ({ file, line, message }))).toEqual([
            { file: 'library.svc', line: 1, message: "Standard 'Tidy' is not met by the latest measured value: 'Reports.TidyRate' 90 % (2026-W45) does not satisfy ≥ 95 %." },
            { file: 'library.svc', line: 3, message: "Standard 'Quick' is not met by the latest measured value: 'Reports.AvgWait' 21 min (2026-10) does not satisfy ≤ 20 min." }
        ]);
    });

    test('KPIs are named in file order, then text order, however the files were given', async () => {
        const files = {
            'z.svc': 'service Z {\n  kpi Late { measures A.Std unit min }\n  measurements M from "z.csv"\n}\n',
            'a.svc': 'service A {\n  standard Std { target <= 5 min }\n  kpi Second { measures Std unit min }\n  kpi First { measures Std unit min }\n  measurements M from "a.csv"\n}\n',
            'z.csv': csv(['Late,2026-10,9']),
            'a.csv': csv(['First,2026-10,7', 'Second,2026-10,8'])
        };
        const found = await diagnostics(files);
        expect(found.map(diagnostic => diagnostic.message)).toEqual([
            "Standard 'Std' is not met by the latest measured values: 'Second' 8 min (2026-10), 'First' 7 min (2026-10) and 'Z.Late' 9 min (2026-10) do not satisfy ≤ 5 min."
        ]);
    });

    test('a KPI listing the standard twice is named once', async () => {
        expect(await messages('<= 5 min', ['Wait { , Std unit min }'], ['Wait,2026-10,6'])).toEqual([
            "Standard 'Std' is not met by the latest measured value: 'Wait' 6 min (2026-10) does not satisfy ≤ 5 min."
        ]);
    });

    test('Chinese message names every KPI with its latest value and period', async () => {
        const spec = `service 热线 {
  standard 快速接听 { target <= 20 s }
  kpi 接听时长 { measures 快速接听 unit s }
  kpi 等候时长 { measures 快速接听 unit min }
  measurements 月报 from "data/月报.csv"
}
`;
        const found = await diagnostics({ 'spec.svc': spec, 'data/月报.csv': '指标,期间,数值\n接听时长,2026-10,25\n等候时长,2026-Q3,1\n' }, 'zh-CN');
        expect(found.map(diagnostic => diagnostic.message)).toEqual([
            '服务标准“快速接听”未达标：最新实测值“接听时长” 25 s（2026-10）、“等候时长” 1 min（2026-Q3）不满足 ≤ 20 s。'
        ]);
    });

    test('the severity follows svc.config.json', async () => {
        const files = { 'spec.svc': hotline('>= 80 %', ['FirstCall { unit % }']), 'data/kpi.csv': csv(['FirstCall,2026-10,78']) };
        expect((await diagnostics({ ...files, 'svc.config.json': '{ "rules": { "standard-not-met": "error" } }' })).map(d => d.severity)).toEqual(['error']);
        expect(await diagnostics({ ...files, 'svc.config.json': '{ "rules": { "standard-not-met": "off" } }' })).toEqual([]);
    });
});

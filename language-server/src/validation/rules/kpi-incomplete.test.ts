import { describe, expect, test } from 'vitest';
import type { Locale } from '#protocol/locale.js';
import { diagnoseCleanly, diagnoseRule, lineOf } from '../../../../test/helpers/diagnose.js';

const rule = 'kpi-incomplete';

const check = (specs: string | Record<string, string>, locale?: Locale) => diagnoseCleanly(rule, specs, locale);

const fields: Record<string, string> = {
    measures: 'measures WaitStd',
    formula: 'formula "avg(wait)"',
    unit: 'unit min',
    direction: 'direction lower',
    target: 'target 10',
    period: 'period monthly',
    source: 'source "叫号系统"',
    owner: 'owner Manager'
};

/** A KPI `AvgWait` with every required field except `without`. */
function spec(without: string[] = [], extra = ''): string {
    const lines = Object.entries(fields).filter(([field]) => !without.includes(field)).map(([, line]) => `    ${line}`);
    return `service Bank {
  actor Manager "网点负责人" backstage
  standard WaitStd "等候" { bounds wait target <= 15 min }
  kpi AvgWait "平均等候" {
${[...lines, extra].join('\n')}
  }
}
`;
}

describe('kpi-incomplete', () => {
    test('fires on the KPI name and lists the missing fields', async () => {
        const text = spec(['formula', 'source']);
        const found = await check(text);
        expect(found).toHaveLength(1);
        expect(found[0].line).toBe(lineOf(text, 'kpi AvgWait'));
        expect(found[0].severity).toBe('warning');
        expect(found[0].message).toBe("KPI 'AvgWait' is incomplete: it lacks formula and source.");
    });

    test('each required field alone makes it incomplete', async () => {
        for (const field of Object.keys(fields)) {
            const found = await check(spec([field]));
            expect(found, field).toHaveLength(1);
            expect(found[0].message).toBe(`KPI 'AvgWait' is incomplete: it lacks ${field}.`);
        }
    });

    test('an empty KPI lacks all eight fields, listed in catalog order', async () => {
        const text = `kpi Empty "空" { }
`;
        const found = await check(text);
        expect(found).toHaveLength(1);
        expect(found[0].line).toBe(1);
        expect(found[0].message).toBe("KPI 'Empty' is incomplete: it lacks measures, formula, unit, direction, target, period, source and owner.");
    });

    test('does not fire on a complete KPI; baseline and warning are optional', async () => {
        expect(await check(spec())).toEqual([]);
        expect(await check(spec([], '    baseline 18\n    warning 15'))).toEqual([]);
    });

    test('a target of 0 is present', async () => {
        const text = spec().replace('target 10', 'target 0');
        expect(text).toContain('target 0');
        expect(await check(text)).toEqual([]);
    });

    test('checks top-level KPIs in every file, each on its own line', async () => {
        const library = `actor 质检员 "质检员" backstage
standard 满意 "满意度" { dimension empathy target >= 90 % }
kpi 满意度 "顾客满意度" {
  measures 满意
  formula "avg(score)"
  unit %
  direction higher
  target 95
  period monthly
  source "问卷"
  owner 质检员
}
kpi 投诉率 "投诉率" {
  measures 满意
  unit %
}
`;
        const service = `service 网点 {
  kpi 差评数 { measures 满意 formula "count(bad)" unit count direction lower target 3 period weekly source "评价器" }
}
`;
        const found = await check({ 'library.svc': library, 'service.svc': service });
        expect(found.map(d => [d.file, d.line])).toEqual([
            ['library.svc', lineOf(library, 'kpi 投诉率')],
            ['service.svc', lineOf(service, 'kpi 差评数')]
        ]);
        expect(found[0].message).toBe("KPI '投诉率' is incomplete: it lacks formula, direction, target, period, source and owner.");
        expect(found[1].message).toBe("KPI '差评数' is incomplete: it lacks owner.");
    });

    test('gives a Chinese message listing the same fields', async () => {
        const text = `service 网点 {
  actor 主任 "网点负责人" backstage
  standard 等候 "等候" { bounds wait target <= 15 min }
  kpi 平均等候 {
    measures 等候
    unit min
    direction lower
    target 10
    period monthly
    owner 主任
  }
}
`;
        const found = await diagnoseRule(rule, text, 'zh-CN');
        expect(found).toHaveLength(1);
        expect(found[0].line).toBe(lineOf(text, 'kpi 平均等候'));
        expect(found[0].message).toBe('KPI“平均等候”不完整：缺少 formula、source。');
    });
});

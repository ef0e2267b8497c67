import { describe, expect, test } from 'vitest';
import type { Locale } from '#protocol/locale.js';
import { diagnoseCleanly, lineOf } from '../../../../test/helpers/diagnose.js';

const rule = 'unit-mismatch';

const run = (specs: string | Record<string, string>, locale?: Locale) => diagnoseCleanly(rule, specs, locale);

/** A service with standards of every dimension and one KPI whose unit and measured standards vary. */
function hotline(kpiUnit: string, measures: string): string {
    return `
service Hotline {
  actor Agent "agent" frontstage
  standard AnswerIn20 { dimension responsiveness target <= 20 s method system-log frequency daily owner Agent }
  standard Courtesy { dimension empathy target >= 4.5 score method survey frequency monthly owner Agent }
  standard FewRepeats { dimension reliability target <= 3 count method system-log frequency daily owner Agent }
  standard Bare { dimension reliability target >= 90 method audit frequency daily owner Agent }
  kpi Speed {
    measures ${measures}
    unit ${kpiUnit}
  }
}
`;
}

describe('unit-mismatch on KPIs', () => {
    test('fires at the unit of a KPI whose unit is of another dimension than the target', async () => {
        const spec = hotline('score', 'AnswerIn20');
        const diagnostics = await run(spec);
        expect(diagnostics).toHaveLength(1);
        expect(diagnostics[0].line).toBe(lineOf(spec, 'unit score'));
        expect(diagnostics[0].severity).toBe('error');
        expect(diagnostics[0].message).toBe("Unit 'score' of KPI 'Speed' does not match the target of 'AnswerIn20'; use a unit of the same dimension, or % for a compliance rate.");
    });

    test('one diagnostic names every mismatched standard, and only those', async () => {
        const spec = hotline('count', 'AnswerIn20, Courtesy, FewRepeats, Bare');
        const diagnostics = await run(spec);
        expect(diagnostics).toHaveLength(1);
        expect(diagnostics[0].line).toBe(lineOf(spec, 'unit count'));
        expect(diagnostics[0].message).toContain("the target of 'AnswerIn20' and 'Courtesy';");
        expect(diagnostics[0].message).not.toContain('FewRepeats');
    });

    test('time units of different size are one dimension (h against s)', async () => {
        expect(await run(hotline('h', 'AnswerIn20'))).toEqual([]);
        expect(await run(hotline('d', 'AnswerIn20'))).toEqual([]);
        expect(await run(hotline('min', 'AnswerIn20'))).toEqual([]);
    });

    test('% fits any standard; a unitless target and a KPI without unit are not checked', async () => {
        expect(await run(hotline('%', 'AnswerIn20, Courtesy, FewRepeats'))).toEqual([]);
        expect(await run(hotline('CNY', 'Bare'))).toEqual([]);
        const noUnit = hotline('s', 'Courtesy').replace('unit s', '');
        expect(await run(noUnit)).toEqual([]);
    });

    test('checks a standard from another file, top-level or as Service.Member', async () => {
        const specs = {
            'library.svc': `
actor Auditor "auditor" backstage
standard Clean { dimension tangibles target >= 95 % method audit frequency weekly owner Auditor }
service Branch {
  standard QuickCash { dimension responsiveness target <= 5 min method system-log frequency daily owner Auditor }
}
`,
            'kpis.svc': `
service Reporting {
  kpi CleanScore {
    measures Clean
    unit score
  }
  kpi CashTime {
    measures Branch.QuickCash
    unit count
  }
  kpi CashTimeOk {
    measures Branch.QuickCash
    unit s
  }
}
`
        };
        const diagnostics = await run(specs);
        expect(diagnostics.map(d => [d.file, d.line])).toEqual([
            ['kpis.svc', lineOf(specs['kpis.svc'], 'unit score')],
            ['kpis.svc', lineOf(specs['kpis.svc'], 'unit count')]
        ]);
        expect(diagnostics[0].message).toContain("KPI 'CleanScore' does not match the target of 'Clean'");
        expect(diagnostics[1].message).toContain("KPI 'CashTime' does not match the target of 'QuickCash'");
    });
});

describe('unit-mismatch on promises and times', () => {
    const spec = `
service Shop {
  actor Buyer "buyer" customer
  process Order {
    step Pick by Buyer {
      wait 2 count
      duration 3
      next end
    }
  }
  capacity Tills {
    serves Pick
    demand 40 per count
    servers 2
  }
  promise Satisfied "满意" >= 95 %
  promise Quick "快速" <= 30
  promise SameDay "当日达" <= 1 d
  promise InTwoHours "两小时" < 120 min
}
`;

    test('a promise that is not a time fires at its quantity', async () => {
        const diagnostics = (await run(spec)).filter(d => d.message.startsWith('Promise'));
        expect(diagnostics.map(d => d.line)).toEqual([lineOf(spec, 'promise Satisfied'), lineOf(spec, 'promise Quick')]);
        expect(diagnostics[0].message).toBe("Promise 'Satisfied' must be a time (s, min, h, d) to be compared with lead times, not '%'.");
        expect(diagnostics[1].message).toContain("Promise 'Quick'");
        expect(diagnostics[1].message).toContain('not a bare number');
    });

    test('wait, duration and demand rate without a time unit fire at the property', async () => {
        const diagnostics = (await run(spec)).filter(d => !d.message.startsWith('Promise'));
        expect(diagnostics.map(d => d.line)).toEqual([lineOf(spec, 'wait 2 count'), lineOf(spec, 'duration 3'), lineOf(spec, 'demand 40')]);
        expect(diagnostics[0].message).toBe("'wait' needs a time unit (s, min, h, d), not 'count'.");
        expect(diagnostics[1].message).toBe("'duration' needs a time unit (s, min, h, d), not a bare number.");
        expect(diagnostics[2].message).toContain("'demand'");
    });

    test('does not fire for times in any time unit', async () => {
        const clean = `
service Shop {
  actor Buyer "buyer" customer
  process Order { step Pick by Buyer { wait 30 s duration 2 h next end } }
  capacity Tills { serves Pick demand 3 per d servers 1 }
  promise SameDay "当日达" <= 1 d
}
`;
        expect(await run(clean)).toEqual([]);
    });
});

describe('unit-mismatch in Chinese', () => {
    test('KPI message names the KPI, unit and standard', async () => {
        const spec = `
service 客服热线 {
  actor 坐席 "坐席" frontstage
  standard 二十秒接通 { dimension responsiveness target <= 20 s method system-log frequency daily owner 坐席 }
  kpi 接通速度 {
    measures 二十秒接通
    unit score
  }
  promise 满意承诺 "满意度" >= 95 %
}
`;
        const diagnostics = await run(spec, 'zh-CN');
        expect(diagnostics.map(d => d.line)).toEqual([lineOf(spec, 'unit score'), lineOf(spec, 'promise 满意承诺')]);
        expect(diagnostics[0].message).toBe('KPI“接通速度”的单位“score”与“二十秒接通”的目标值量纲不一致；请使用同一量纲的单位，或用 % 表示达标率。');
        expect(diagnostics[1].message).toContain('承诺“满意承诺”必须是时间');
        expect(diagnostics[1].message).toContain('“%”');
    });
});

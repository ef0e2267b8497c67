import { describe, expect, test } from 'vitest';
import type { Locale } from '#protocol/locale.js';
import { diagnoseCleanly, lineOf } from '../../../../test/helpers/diagnose.js';

const rule = 'standard-unmeasured';

const run = (specs: string | Record<string, string>, locale?: Locale) => diagnoseCleanly(rule, specs, locale);

describe('standard-unmeasured', () => {
    const spec = `
service Branch {
  actor Teller "teller" frontstage
  standard WaitMax15 { target <= 15 min }
  standard GreetIn30s { target <= 30 s }
  standard Polite { target >= 4 score }
  standard Accurate { target >= 99 % }
  kpi AvgWait { measures WaitMax15, Polite }
  process Main {
    step Greet by Teller { standard GreetIn30s next end }
  }
  improvement Faster { addresses Accurate }
}
`;

    test('fires at the name of each standard no KPI measures; steps and improvements do not count', async () => {
        const diagnostics = await run(spec);
        expect(diagnostics.map(d => d.line)).toEqual([lineOf(spec, 'standard GreetIn30s'), lineOf(spec, 'standard Accurate')]);
        expect(diagnostics.map(d => d.column)).toEqual([12, 12]);
        expect(diagnostics.every(d => d.severity === 'warning')).toBe(true);
        expect(diagnostics[0].message).toBe("No KPI measures standard 'GreetIn30s'; add a KPI with 'measures GreetIn30s' so compliance is tracked.");
        expect(diagnostics[1].message).toContain("'Accurate'");
    });

    test('does not fire when KPIs measure every standard, several in one list', async () => {
        const clean = spec.replace('measures WaitMax15, Polite', 'measures WaitMax15, Polite, GreetIn30s, Accurate');
        expect(await run(clean)).toEqual([]);
    });

    test('a KPI in another file measures a top-level standard or a Service.Member', async () => {
        const specs = {
            'library.svc': `
standard LobbyTidy { target >= 95 % }
standard Unused { target >= 95 % }
service Branch {
  standard WaitMax15 { target <= 15 min }
  standard Forgotten { target <= 1 h }
}
`,
            'kpis.svc': `
kpi Tidiness { measures LobbyTidy }
service Reporting {
  kpi AvgWait { measures Branch.WaitMax15 }
}
`
        };
        const diagnostics = await run(specs);
        expect(diagnostics.map(d => [d.file, d.line])).toEqual([
            ['library.svc', lineOf(specs['library.svc'], 'standard Unused')],
            ['library.svc', lineOf(specs['library.svc'], 'standard Forgotten')]
        ]);
    });

    test('same-named standards in two services are told apart', async () => {
        const twin = `
service A {
  standard Quick { target <= 5 min }
  kpi Speed { measures Quick }
}
service B {
  standard Quick { target <= 5 min }
}
`;
        const diagnostics = await run(twin);
        expect(diagnostics.map(d => d.line)).toEqual([lineOf(twin, 'service B') + 1]);
    });

    test('Chinese message names the standard', async () => {
        const zh = `
service 客房服务 {
  standard 准时送达 { target >= 95 % }
  standard 礼貌用语 { target >= 4.5 score }
  kpi 准时率 { measures 准时送达 }
}
`;
        const diagnostics = await run(zh, 'zh-CN');
        expect(diagnostics.map(d => d.line)).toEqual([lineOf(zh, 'standard 礼貌用语')]);
        expect(diagnostics[0].message).toBe('没有 KPI 衡量服务标准“礼貌用语”；请添加带有“measures 礼貌用语”的 KPI 以跟踪达标情况。');
    });
});

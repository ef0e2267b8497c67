import { describe, expect, test } from 'vitest';
import type { Locale } from '#protocol/locale.js';
import { diagnose, diagnoseCleanly, diagnoseRule, lineOf } from '../../../../test/helpers/diagnose.js';

const rule = 'dead-end-step';

const run = (specs: string | Record<string, string>, locale?: Locale) => diagnoseCleanly(rule, specs, locale);

describe('dead-end-step', () => {
    const spec = `
service Lab {
  actor Tech "technician" backstage
  process Test {
    step Run by Tech { next Report, Archive when "no report asked" }
    step Report by Tech {
      fail "sample lost" recover Run
    }
    step Archive by Tech { }
  }
}
`;

    test('fires at the name of every step without next, a recover does not count', async () => {
        const diagnostics = await run(spec);
        expect(diagnostics.map(d => d.line)).toEqual([lineOf(spec, 'step Report'), lineOf(spec, 'step Archive')]);
        expect(diagnostics.map(d => d.column)).toEqual([10, 10]);
        expect(diagnostics.every(d => d.severity === 'warning')).toBe(true);
        expect(diagnostics[0].message).toBe("Step 'Report' has no next step; add 'next end' if the process ends here.");
        expect(diagnostics[1].message).toContain("'Archive'");
    });

    test('does not fire for next end, a successor, or a conditional successor', async () => {
        const clean = spec
            .replace('recover Run\n', 'recover Run\n      next end\n')
            .replace('step Archive by Tech { }', 'step Archive by Tech { next Report when "asked later" }');
        expect(await run(clean)).toEqual([]);
    });

    test('a next that does not resolve is still a next (unresolved-reference reports it)', async () => {
        const broken = `
service S {
  process P {
    step Only { next Nowhere }
  }
}
`;
        const all = await diagnose(broken);
        expect(all.filter(d => d.rule === 'unresolved-reference').map(d => d.line)).toEqual([lineOf(broken, 'next Nowhere')]);
        expect(all.filter(d => d.rule === rule)).toEqual([]);
    });

    test('a step without next is reported even where another next does not resolve: the typo did not cause it', async () => {
        const broken = `
service S {
  process P {
    step First { next Secnod }
    step Second { }
  }
}
`;
        const all = await diagnose(broken);
        expect(all.filter(d => d.rule === 'unresolved-reference' || d.rule === rule).map(d => [d.rule, d.line]))
            .toEqual([['unresolved-reference', lineOf(broken, 'step First')], [rule, lineOf(broken, 'step Second')]]);
    });

    test('steps directly in a process and without performer are checked too', async () => {
        const direct = `
service S {
  process P {
    step First { next Last }
    step Last { }
  }
}
`;
        expect((await run(direct)).map(d => d.line)).toEqual([lineOf(direct, 'step Last')]);
    });

    test('svc-disable-next-line with this id silences the step on the next line only', async () => {
        const suppressed = spec.replace('    step Archive', '    // svc-disable-next-line dead-end-step -- archived by hand\n    step Archive');
        expect((await run(suppressed)).map(d => d.line)).toEqual([lineOf(suppressed, 'step Report')]);
        const otherId = spec.replace('    step Archive', '    // svc-disable-next-line orphan-support\n    step Archive');
        expect((await run(otherId)).map(d => d.line)).toEqual([lineOf(otherId, 'step Report'), lineOf(otherId, 'step Archive')]);
    });

    test('Chinese message names the step', async () => {
        const zh = `
service 检验 {
  actor 检验科 "检验科" backstage
  process 化验 {
    step 出报告 by 检验科 { next 归档 }
    step 归档 by 检验科 { }
  }
}
`;
        const diagnostics = await diagnoseRule(rule, zh, 'zh-CN');
        expect(diagnostics.map(d => d.line)).toEqual([lineOf(zh, 'step 归档')]);
        expect(diagnostics[0].message).toBe('步骤“归档”没有后续步骤；如果流程在此结束，请加上“next end”。');
    });
});

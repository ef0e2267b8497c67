import { describe, expect, test } from 'vitest';
import { applyFix, expectSound, offeredFixes, remainingRules, titles } from '../../../../test/helpers/quick-fix-kit.js';

const rule = 'kpi-incomplete';

describe('quick fix for kpi-incomplete', () => {
    const spec = `
service Bank {
  actor Manager "网点负责人" backstage
  standard GreetIn30s {
    dimension responsiveness
    target <= 30 s
    method observation
    frequency weekly
    owner Manager
  }
  kpi GreetTime "平均问候时间" {
    measures GreetIn30s
  }
}
`;

    test("fills the fields from the measured standard: its unit, direction, target, period and owner", async () => {
        const offer = await offeredFixes(spec, { rule });
        const title = "Complete KPI 'GreetTime': add formula, unit, direction, target, period, source and owner";
        expect(titles(offer)[0]).toBe(title);
        expect(offer.actions[0].isPreferred).toBe(true);
        const applied = await applyFix(offer, title);
        expect(applied.text).toContain(`  kpi GreetTime "平均问候时间" {
    measures GreetIn30s
    formula "…"
    unit s
    direction lower
    target 30
    period weekly
    source "…"
    owner Manager
  }`);
        expectSound(applied);
        for (const gone of [rule, 'unit-mismatch', 'invalid-threshold']) expect(remainingRules(applied)).not.toContain(gone);
    });

    test('picks a standard no KPI measures yet; converts the target into the unit written; keeps a warning valid', async () => {
        const partial = `
service Bank {
  actor Manager "网点负责人" backstage
  standard Measured {
    dimension reliability
    target >= 98 %
    method audit
    frequency monthly
    owner Manager
  }
  standard OpenIn2h {
    dimension responsiveness
    bounds lead-time
    target <= 2 h
    method system-log
    frequency monthly
    owner Manager
  }
  kpi Accuracy {
    measures Measured
    formula "ok / all"
    unit %
    direction higher
    target 98
    period monthly
    source "audit"
    owner Manager
  }
  kpi LeadTime {
    unit min
    warning 100
  }
}
`;
        const offer = await offeredFixes(partial, { rule });
        const applied = await applyFix(offer, titles(offer)[0]);
        expect(applied.text).toContain(`  kpi LeadTime {
    unit min
    warning 100
    measures OpenIn2h
    formula "…"
    direction lower
    target 90
    period monthly
    source "…"
    owner Manager
  }`);
        expectSound(applied);
        for (const gone of [rule, 'invalid-threshold', 'standard-unmeasured']) expect(remainingRules(applied)).not.toContain(gone);
    });

    test('warning and target already written decide the direction', async () => {
        const thresholds = `
service Bank {
  actor Manager "网点负责人" backstage
  kpi Complaints {
    measures Nothing
    formula "complaints"
    unit count
    target 5
    warning 8
    period monthly
    source "crm"
    owner Manager
  }
}
`;
        const offer = await offeredFixes(thresholds, { rule });
        expect(titles(offer)[0]).toBe("Complete KPI 'Complaints': add direction");
        const applied = await applyFix(offer, titles(offer)[0]);
        expect(applied.text).toContain('    owner Manager\n    direction lower\n  }');
        expect(remainingRules(applied)).not.toContain(rule);
        expect(remainingRules(applied)).not.toContain('invalid-threshold');
    });

    test('Chinese title', async () => {
        const offer = await offeredFixes(spec, { rule, locale: 'zh-CN' });
        expect(titles(offer)[0]).toBe('补全 KPI“GreetTime”：添加 formula、unit、direction、target、period、source、owner');
    });
});

import { describe, expect, test } from 'vitest';
import { applyFix, expectSound, offeredFixes, remainingRules, titles } from '../../../../test/helpers/quick-fix-kit.js';

const rule = 'standard-unmeasured';

describe('quick fix for standard-unmeasured', () => {
    const spec = `
service Bank {
  owner Manager
  actor Manager "网点负责人" backstage
  actor Greeter "大堂经理" frontstage
  standard WaitMax15 "等候不超过15分钟" {
    dimension responsiveness
    kind hard
    bounds wait
    target <= 15 min
    method system-log
    frequency weekly
    owner Greeter
  }
  kpi K_WaitMax15 "name already taken" {
    measures Other
    formula "x"
    unit %
    direction higher
    target 95
    period monthly
    source "x"
    owner Manager
  }
  standard Other {
    dimension reliability
    target >= 98 %
    method audit
    frequency monthly
    owner Manager
  }
}
`;

    test('creates a complete KPI skeleton among the KPIs, from the target, the frequency and the owner of the standard', async () => {
        const offer = await offeredFixes(spec, { rule });
        expect(titles(offer)).toEqual(["Create KPI 'K_WaitMax152' measuring 'WaitMax15'", "Disable 'standard-unmeasured' for this line"]);
        expect(offer.actions[0].isPreferred).toBe(true);
        const applied = await applyFix(offer, titles(offer)[0]);
        expect(applied.text).toContain(`    owner Manager
  }
  kpi K_WaitMax152 "等候不超过15分钟指标" {
    measures WaitMax15
    formula "…"
    unit min
    direction lower
    target 15
    period weekly
    source "…"
    owner Greeter
  }
  standard Other {`);
        expectSound(applied);
        for (const gone of [rule, 'kpi-incomplete', 'unit-mismatch', 'invalid-threshold']) expect(remainingRules(applied)).not.toContain(gone);
    });

    test('a top-level standard in another file gets a top-level KPI in that file, owned by a top-level actor', async () => {
        const library = `actor Quality "质量部" backstage
standard Polite {
  dimension empathy
  kind soft
  target >= 4.5
  method survey
  frequency quarterly
}
`;
        const offer = await offeredFixes({ 'spec.svc': 'service S {\n  process P {\n    step A { standard Polite next end }\n  }\n}\n', 'library.svc': library }, { rule, file: 'library.svc' });
        const applied = await applyFix(offer, "Create KPI 'K_Polite' measuring 'Polite'");
        expect(applied.specs['library.svc']).toBe(`${library.trimEnd()}
kpi K_Polite "Polite指标" {
  measures Polite
  formula "…"
  unit %
  direction higher
  target 95
  period quarterly
  source "…"
  owner Quality
}
`);
        expectSound(applied);
        expect(remainingRules(applied)).not.toContain(rule);
        expect(remainingRules(applied)).not.toContain('kpi-incomplete');
    });

    test('Chinese title', async () => {
        const offer = await offeredFixes(spec, { rule, locale: 'zh-CN' });
        expect(titles(offer)[0]).toBe('创建衡量“WaitMax15”的 KPI“K_WaitMax152”');
    });
});

import { describe, expect, test } from 'vitest';
import { applyFix, expectFixedWithoutNewDiagnostics, expectSound, offeredFixes, remainingRules, titles } from '../../../../test/helpers/quick-fix-kit.js';

const rule = 'frontstage-without-standard';

describe('quick fix for frontstage-without-standard', () => {
    const spec = `
service Bank {
  actor Teller "柜员" frontstage
  actor Manager "网点负责人" backstage
  standard Accurate {
    dimension reliability
    kind hard
    target >= 99 %
    method audit
    frequency monthly
    owner Manager
  }
  process Main {
    step Verify "核验证件" by Teller { duration 4 min next end }
  }
}
`;

    test("creates a standard bounding the step's duration as designed and attaches it (preferred)", async () => {
        const offer = await offeredFixes(spec, { rule });
        expect(titles(offer)).toEqual(["Create standard 'S_Verify' and its KPI for this step", "Attach standard 'Accurate'", "Disable 'frontstage-without-standard' for this line"]);
        expect(offer.actions[0].isPreferred).toBe(true);
        const applied = await applyFix(offer, "Create standard 'S_Verify' and its KPI for this step");
        expect(applied.text).toContain(`    owner Manager
  }
  standard S_Verify "核验证件服务标准" {
    dimension responsiveness
    kind hard
    bounds duration
    target <= 4 min
    method system-log
    frequency monthly
    owner Teller
  }
  kpi K_S_Verify "核验证件服务标准指标" {
    measures S_Verify
    formula "…"
    unit min
    direction lower
    target 4
    period monthly
    source "…"
    owner Teller
  }
  process Main {
    step Verify "核验证件" by Teller {
      duration 4 min
      standard S_Verify
      next end
    }`);
        expectSound(applied);
        for (const gone of [rule, 'step-exceeds-standard', 'standard-incomplete']) expect(remainingRules(applied)).not.toContain(gone);
        await expectFixedWithoutNewDiagnostics(offer, applied, rule);
    });

    test('attaches an existing standard; a step without duration gets a reliability standard', async () => {
        const attached = await applyFix(await offeredFixes(spec, { rule }), "Attach standard 'Accurate'");
        expect(attached.text).toContain('      duration 4 min\n      standard Accurate\n      next end\n');
        expectSound(attached);
        expect(remainingRules(attached)).not.toContain(rule);
        const timeless = await applyFix(await offeredFixes(spec.replace('duration 4 min ', ''), { rule }), "Create standard 'S_Verify' and its KPI for this step");
        expect(timeless.text).toContain('  standard S_Verify "核验证件服务标准" {\n    dimension reliability\n    kind hard\n    target >= 98 %\n    method audit\n');
        expectSound(timeless);
        expect(remainingRules(timeless)).not.toContain(rule);
    });

    test('Chinese titles', async () => {
        expect(titles(await offeredFixes(spec, { rule, locale: 'zh-CN' })).slice(0, 2)).toEqual(['为此步骤创建服务标准“S_Verify”及其 KPI', '关联服务标准“Accurate”']);
    });
});

import { describe, expect, test } from 'vitest';
import { applyFix, expectFixedWithoutNewDiagnostics, expectSound, offeredFixes, remainingRules, titles } from '../../../../test/helpers/quick-fix-kit.js';

const rule = 'wait-without-standard';

describe('quick fix for wait-without-standard', () => {
    const spec = `
service Bank {
  actor Manager "网点负责人" backstage
  actor Customer "客户" customer
  standard QueueMax {
    dimension responsiveness
    kind hard
    bounds wait
    target <= 20 min
    method system-log
    frequency monthly
    owner Manager
  }
  standard Polite {
    dimension empathy
    kind soft
    target >= 4.5 score
    method survey
    frequency monthly
    owner Manager
  }
  process Main {
    step Take by Customer {
      evidence "号票"
      wait 12 min
      standard Polite
      next end
    }
  }
}
`;

    test('creates a wait standard the wait meets and appends it to the standards of the step (preferred)', async () => {
        const offer = await offeredFixes(spec, { rule });
        expect(titles(offer)).toEqual(["Create wait standard 'S_Wait_Take' and its KPI", "Attach wait standard 'QueueMax'", "Disable 'wait-without-standard' for this line"]);
        expect(offer.actions[0].isPreferred).toBe(true);
        const applied = await applyFix(offer, "Create wait standard 'S_Wait_Take' and its KPI");
        expect(applied.text).toContain(`    owner Manager
  }
  standard S_Wait_Take "Take等候时间" {
    dimension responsiveness
    kind hard
    bounds wait
    target <= 12 min
    method system-log
    frequency monthly
    owner Manager
  }
  kpi K_S_Wait_Take "Take等候时间指标" {
    measures S_Wait_Take
    formula "…"
    unit min
    direction lower
    target 12
    period monthly
    source "…"
    owner Manager
  }
  process Main {`);
        expect(applied.text).toContain('      standard Polite, S_Wait_Take\n');
        expectSound(applied);
        for (const gone of [rule, 'step-exceeds-standard', 'standard-incomplete']) expect(remainingRules(applied)).not.toContain(gone);
        await expectFixedWithoutNewDiagnostics(offer, applied, rule);
    });

    test("attaches one of the service's wait standards", async () => {
        const applied = await applyFix(await offeredFixes(spec, { rule }), "Attach wait standard 'QueueMax'");
        expect(applied.text).toContain('      standard Polite, QueueMax\n');
        expectSound(applied);
        expect(remainingRules(applied)).not.toContain(rule);
    });

    test('a step without standards gets a standard line above its flow', async () => {
        const bare = spec.replace('      standard Polite\n', '');
        const applied = await applyFix(await offeredFixes(bare, { rule }), "Attach wait standard 'QueueMax'");
        expect(applied.text).toContain('      wait 12 min\n      standard QueueMax\n      next end\n');
        expectSound(applied);
        expect(remainingRules(applied)).not.toContain(rule);
    });

    test('Chinese titles', async () => {
        expect(titles(await offeredFixes(spec, { rule, locale: 'zh-CN' })).slice(0, 2)).toEqual(['创建等候时间标准“S_Wait_Take”及其 KPI', '关联等候时间标准“QueueMax”']);
    });
});

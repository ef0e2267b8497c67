import { describe, expect, test } from 'vitest';
import { applyFix, expectSound, offeredFixes, remainingRules, titles } from '../../../../test/helpers/quick-fix-kit.js';

const rule = 'invalid-threshold';

const kpi = (direction: string, target: string, warning: string, unit = 'min') => `
service Bank {
  actor Manager "网点负责人" backstage
  standard Fast {
    dimension responsiveness
    target <= 15 min
    method system-log
    frequency monthly
    owner Manager
  }
  kpi AvgWait {
    measures Fast
    formula "sum(wait) / count(tickets)"
    unit ${unit}
    direction ${direction}
    target ${target}
    warning ${warning}
    period monthly
    source "queue system"
    owner Manager
  }
}
`;

describe('quick fix for invalid-threshold', () => {
    test('lower is better: the warning goes as far above the target as it was below (preferred)', async () => {
        const offer = await offeredFixes(kpi('lower', '10', '8'), { rule });
        expect(titles(offer)).toEqual([
            'Set warning to 12, on the bad side of the target', "Change direction to 'higher'", "Disable 'invalid-threshold' for this line"
        ]);
        expect(offer.actions[0].isPreferred).toBe(true);
        const applied = await applyFix(offer, titles(offer)[0]);
        expect(applied.text).toContain('    target 10\n    warning 12\n');
        expectSound(applied);
        expect(remainingRules(applied)).not.toContain(rule);
    });

    test("higher is better; mixed time units are compared and written in the target's unit", async () => {
        const applied = await applyFix(await offeredFixes(kpi('higher', '2 h', '150 min'), { rule }), 'Set warning to 1.5 h, on the bad side of the target');
        expect(applied.text).toContain('    target 2 h\n    warning 1.5 h\n');
        expectSound(applied);
        expect(remainingRules(applied)).not.toContain(rule);
    });

    test('a warning equal to the target moves a tenth away, and the direction cannot fix it', async () => {
        const offer = await offeredFixes(kpi('higher', '95', '95', '%'), { rule });
        expect(titles(offer)).toEqual(['Set warning to 85.5, on the bad side of the target', "Disable 'invalid-threshold' for this line"]);
        const applied = await applyFix(offer, titles(offer)[0]);
        expectSound(applied);
        expect(remainingRules(applied)).not.toContain(rule);
        const zero = await applyFix(await offeredFixes(kpi('lower', '0', '0', 'count'), { rule }), 'Set warning to 1, on the bad side of the target');
        expectSound(zero);
        expect(remainingRules(zero)).not.toContain(rule);
    });

    test('turning the direction also fixes it', async () => {
        const applied = await applyFix(await offeredFixes(kpi('lower', '10', '8'), { rule }), "Change direction to 'higher'");
        expect(applied.text).toContain('    direction higher\n');
        expectSound(applied);
        expect(remainingRules(applied)).not.toContain(rule);
    });

    test('Chinese titles', async () => {
        expect(titles(await offeredFixes(kpi('lower', '10', '8'), { rule, locale: 'zh-CN' })).slice(0, 2))
            .toEqual(['将预警值改为 12（位于目标值的不达标一侧）', '将方向改为“higher”']);
    });
});

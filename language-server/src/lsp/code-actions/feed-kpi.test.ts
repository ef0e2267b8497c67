import { describe, expect, test } from 'vitest';
import { applyFix, expectSound, offeredFixes, remainingRules, titles } from '../../../../test/helpers/quick-fix-kit.js';

const rule = 'feedback-unmapped';

describe('quick fix for feedback-unmapped', () => {
    const spec = `
kpi NetPromoter {
  measures Warm
}
standard Warm {
  dimension empathy
  kind soft
}
service Hotel {
  kpi Occupancy { }
  feedback Pad "评价器" {
    channel counter
  }
}
`;

    test('feeds a KPI in reach, one measuring a perceived standard preferred', async () => {
        const offer = await offeredFixes(spec, { rule });
        expect(titles(offer)).toEqual(["Feed KPI 'NetPromoter'", "Feed KPI 'Occupancy'", "Disable 'feedback-unmapped' for this line"]);
        expect(offer.actions[0].isPreferred).toBe(true);
        const applied = await applyFix(offer, "Feed KPI 'Occupancy'");
        expect(applied.text).toContain('  feedback Pad "评价器" {\n    channel counter\n    feeds Occupancy\n  }');
        expectSound(applied);
        expect(remainingRules(applied)).not.toContain(rule);
    });

    test('Chinese title', async () => {
        expect(titles(await offeredFixes(spec, { rule, locale: 'zh-CN' }))[0]).toBe('向 KPI“NetPromoter”提供数据');
    });
});

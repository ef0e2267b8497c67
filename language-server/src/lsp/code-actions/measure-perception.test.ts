import { describe, expect, test } from 'vitest';
import { applyFix, expectSound, offeredFixes, remainingRules, titles } from '../../../../test/helpers/quick-fix-kit.js';

const rule = 'soft-standard-log-measured';

describe('quick fix for soft-standard-log-measured', () => {
    const spec = `
standard Friendly "态度友善" {
  dimension empathy
  kind soft
  target >= 4.5 score
  method system-log
  frequency monthly
}
`;

    test('offers survey (preferred), mystery shopping and observation, or a hard standard', async () => {
        const offer = await offeredFixes(spec, { rule });
        expect(titles(offer)).toEqual([
            "Measure with 'survey'", "Measure with 'mystery-shopper'", "Measure with 'observation'",
            "Make the standard 'hard' (operationally counted)", "Disable 'soft-standard-log-measured' for this line"
        ]);
        expect(offer.actions.map(action => action.isPreferred ?? false)).toEqual([true, false, false, false, false]);
    });

    test.each([
        ["Measure with 'survey'", '  method survey\n'],
        ["Measure with 'mystery-shopper'", '  method mystery-shopper\n'],
        ["Make the standard 'hard' (operationally counted)", '  kind hard\n']
    ])('%s replaces the value in place', async (title, line) => {
        const applied = await applyFix(await offeredFixes(spec, { rule }), title);
        expect(applied.text).toContain(line);
        expectSound(applied);
        expect(remainingRules(applied)).not.toContain(rule);
    });

    test('Chinese titles', async () => {
        expect(titles(await offeredFixes(spec, { rule, locale: 'zh-CN' })).slice(0, 1)).toEqual(['改用“survey”测量']);
    });
});

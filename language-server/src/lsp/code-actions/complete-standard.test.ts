import { describe, expect, test } from 'vitest';
import { applyFix, expectSound, offeredFixes, remainingRules, titles } from '../../../../test/helpers/quick-fix-kit.js';

const rule = 'standard-incomplete';

describe('quick fix for standard-incomplete', () => {
    const spec = `
service Bank {
  owner Manager
  actor Manager "网点负责人" backstage
  standard WaitMax "等候上限" {
    kind hard
    bounds wait
  }
  process Main {
    step Queue { wait 12 min standard WaitMax next Serve }
    step Serve { wait 18 min standard WaitMax next end }
  }
}
`;

    test('adds every missing field, one per line; a wait target that the longest designed wait meets', async () => {
        const offer = await offeredFixes(spec, { rule });
        const title = "Complete standard 'WaitMax': add dimension, target, method, frequency and owner";
        expect(titles(offer)[0]).toBe(title);
        expect(offer.actions[0].isPreferred).toBe(true);
        const applied = await applyFix(offer, title);
        expect(applied.text).toContain(`  standard WaitMax "等候上限" {
    kind hard
    bounds wait
    dimension responsiveness
    target <= 18 min
    method system-log
    frequency monthly
    owner Manager
  }`);
        expectSound(applied);
        expect(remainingRules(applied)).not.toContain(rule);
        expect(remainingRules(applied)).not.toContain('step-exceeds-standard');
    });

    test('only what is missing; a soft standard is surveyed; a one-line block stays on its line in a file of one-line blocks', async () => {
        const soft = `
service Hotel {
  actor Concierge "礼宾" frontstage
  standard Warm { dimension empathy kind soft }
}
`;
        const offer = await offeredFixes(soft, { rule });
        const applied = await applyFix(offer, "Complete standard 'Warm': add target, method, frequency and owner");
        expect(applied.text).toContain('  standard Warm { dimension empathy kind soft target >= 4.5 score method survey frequency monthly owner Concierge }\n');
        expectSound(applied);
        expect(remainingRules(applied)).not.toContain(rule);
        expect(remainingRules(applied)).not.toContain('soft-standard-log-measured');
    });

    test('a block on one line is opened up in a file of blocks', async () => {
        const mixed = `
service Hotel {
  actor Concierge "礼宾" frontstage
  standard Warm { dimension empathy kind soft }
  standard Clean {
    dimension tangibles
    target >= 95 %
    method audit
    frequency monthly
    owner Concierge
  }
  kpi K_Clean {
    measures Clean
  }
}
`;
        const applied = await applyFix(await offeredFixes(mixed, { rule }), "Complete standard 'Warm': add target, method, frequency and owner");
        expect(applied.text).toContain(`  standard Warm {
    dimension empathy kind soft
    target >= 4.5 score
    method survey
    frequency monthly
    owner Concierge
  }`);
        expectSound(applied);
        expect(remainingRules(applied)).not.toContain(rule);
    });

    test('without any performer in reach the owner is left out (and still reported)', async () => {
        const ownerless = `
standard Accurate {
  dimension reliability
}
`;
        const offer = await offeredFixes(ownerless, { rule });
        const applied = await applyFix(offer, "Complete standard 'Accurate': add target, method and frequency");
        expect(applied.text).toBe(`
standard Accurate {
  dimension reliability
  target >= 98 %
  method audit
  frequency monthly
}
`);
        expectSound(applied);
        expect(applied.diagnostics.find(diagnostic => diagnostic.rule === rule)?.message).toContain('lacks owner');
    });

    test('Chinese title lists the fields the Chinese way', async () => {
        const offer = await offeredFixes(spec, { rule, locale: 'zh-CN' });
        expect(titles(offer)[0]).toBe('补全服务标准“WaitMax”：添加 dimension、target、method、frequency、owner');
    });
});

import { describe, expect, test } from 'vitest';
import { applyFix, expectSound, offeredFixes, remainingRules, titles } from '../../../../test/helpers/quick-fix-kit.js';

const rule = 'fail-without-recovery';

describe('quick fix for fail-without-recovery', () => {
    const spec = `
service Bank {
  actor Teller "柜员" frontstage
  process Open {
    stage Handle {
      step Verify by Teller {
        fail "证件过期"
        next Done
      }
      step Done by Teller { next end }
    }
  }
}
`;

    test('creates a recovery step by the same performer right after the failing one, and recovers with it; titled in the file\'s language', async () => {
        const offer = await offeredFixes(spec, { rule });
        expect(offer.actions.filter(action => action.isPreferred).map(action => action.title)).toEqual(["Create recovery step 'Recover_Verify'"]);
        const applied = await applyFix(offer, "Create recovery step 'Recover_Verify'");
        expect(applied.text).toContain(`
      step Verify by Teller {
        fail "证件过期" recover Recover_Verify
        next Done
      }
      step Recover_Verify "补救：证件过期" by Teller {
        next end
      }
      step Done by Teller { next end }
`);
        expectSound(applied);
        expect(remainingRules(applied)).not.toContain(rule);
        expect(remainingRules(applied)).not.toContain('unreachable-step');
        expect(remainingRules(applied)).not.toContain('dead-end-step');
    });

    test('the name does not collide, the title escapes quotes, a step without performer stays without', async () => {
        const taken = `
service Bank {
  actor Recover_Verify "already a name" backstage
  process Open {
    step Verify {
      fail "the \\"ID\\" expired"
      next end
    } // checked at the counter
  }
}
`;
        const offer = await offeredFixes(taken, { rule });
        expect(titles(offer)).toContain("Create recovery step 'Recover_Verify2'");
        const applied = await applyFix(offer, "Create recovery step 'Recover_Verify2'");
        expect(applied.text).toContain(`    } // checked at the counter
    step Recover_Verify2 "Recover: the \\"ID\\" expired" {
      next end
    }
`);
        expectSound(applied);
        expect(remainingRules(applied)).not.toContain(rule);
    });

    test('Chinese title and Chinese step title in the Chinese locale', async () => {
        const offer = await offeredFixes(spec, { rule, locale: 'zh-CN' });
        expect(titles(offer)).toContain('创建补救步骤“Recover_Verify”');
        const applied = await applyFix(offer, '创建补救步骤“Recover_Verify”');
        expect(applied.text).toContain('step Recover_Verify "补救：证件过期" by Teller {');
    });
});

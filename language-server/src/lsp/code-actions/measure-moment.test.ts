import { describe, expect, test } from 'vitest';
import { applyFix, expectSound, offeredFixes, remainingRules, titles } from '../../../../test/helpers/quick-fix-kit.js';

const rule = 'moment-unmeasured';

describe('quick fix for moment-unmeasured', () => {
    const spec = `
service Clinic {
  actor Nurse "护士" frontstage
  standard Explain {
    dimension assurance
    kind soft
    target >= 4.5 score
    method survey
    frequency monthly
    owner Nurse
  }
  standard Calm {
    dimension empathy
    kind soft
    target >= 4 score
    method survey
    frequency monthly
    owner Nurse
  }
  process Visit {
    step Talk by Nurse {
      standard Explain, Calm
      moment
      next end
    }
  }
}
`;

    test("offers a KPI for each of the moment's standards, the first preferred; applying one measures the moment", async () => {
        const offer = await offeredFixes(spec, { rule });
        expect(titles(offer)).toEqual([
            "Create KPI 'K_Explain' measuring 'Explain'", "Create KPI 'K_Calm' measuring 'Calm'", "Disable 'moment-unmeasured' for this line"
        ]);
        expect(offer.actions.map(action => action.isPreferred ?? false)).toEqual([true, false, false]);
        const applied = await applyFix(offer, "Create KPI 'K_Calm' measuring 'Calm'");
        expect(applied.text).toContain(`    owner Nurse
  }
  kpi K_Calm "Calm指标" {
    measures Calm
    formula "…"
    unit score
    direction higher
    target 4
    period monthly
    source "…"
    owner Nurse
  }
  process Visit {`);
        expectSound(applied);
        expect(remainingRules(applied)).not.toContain(rule);
    });

    test('a moment without standards gets no KPI to create', async () => {
        const bare = spec.replace('      standard Explain, Calm\n', '');
        const offer = await offeredFixes(bare, { rule });
        expect(titles(offer)).toEqual(["Disable 'moment-unmeasured' for this line"]);
    });
});

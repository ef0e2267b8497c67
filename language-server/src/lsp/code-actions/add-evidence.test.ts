import { describe, expect, test } from 'vitest';
import { applyFix, expectSound, offeredFixes, remainingRules, titles } from '../../../../test/helpers/quick-fix-kit.js';

const rule = 'touchpoint-without-evidence';

describe('quick fix for touchpoint-without-evidence', () => {
    const spec = `
service Bank {
  actor Customer "客户" customer
  actor Teller "柜员" frontstage
  process Main {
    step Submit "递交证件" by Customer {
      duration 2 min
      next Check
    }
    step Check by Teller { duration 3 min next end }
  }
}
`;

    test('adds an evidence line to fill in, first in the step (preferred)', async () => {
        const offer = await offeredFixes(spec, { rule });
        expect(titles(offer)[0]).toBe("Add an 'evidence' line");
        expect(offer.actions[0].isPreferred).toBe(true);
        const applied = await applyFix(offer, "Add an 'evidence' line");
        expect(applied.text).toContain('    step Submit "递交证件" by Customer {\n      evidence "…"\n      duration 2 min\n      next Check\n    }');
        expectSound(applied);
        expect(remainingRules(applied)).not.toContain(rule);
    });

    test('in a file of one-line blocks the evidence leads, on the step\'s line', async () => {
        const oneLine = spec.replace('{\n      duration 2 min\n      next Check\n    }', '{ duration 2 min next Check }');
        const applied = await applyFix(await offeredFixes(oneLine, { rule }), "Add an 'evidence' line");
        expect(applied.text).toContain('    step Submit "递交证件" by Customer { evidence "…" duration 2 min next Check }\n');
        expectSound(applied);
        expect(remainingRules(applied)).not.toContain(rule);
    });

    test('an empty step block: opened up in a file of blocks, kept on its line in a file of one-line blocks', async () => {
        const empty = spec.replace('{\n      duration 2 min\n      next Check\n    }', '{ }');
        const opened = await applyFix(await offeredFixes(empty.replace('{ duration 3 min next end }', '{\n      next end\n    }'), { rule }), "Add an 'evidence' line");
        expect(opened.text).toContain('    step Submit "递交证件" by Customer {\n      evidence "…"\n    }');
        const applied = await applyFix(await offeredFixes(empty, { rule }), "Add an 'evidence' line");
        expect(applied.text).toContain('    step Submit "递交证件" by Customer { evidence "…" }\n');
        expectSound(applied);
        expect(remainingRules(applied)).not.toContain(rule);
    });

    test('Chinese title', async () => {
        expect(titles(await offeredFixes(spec, { rule, locale: 'zh-CN' }))[0]).toBe('添加“evidence”（有形展示）');
    });
});

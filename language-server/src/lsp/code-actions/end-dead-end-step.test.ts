import { describe, expect, test } from 'vitest';
import { applyFix, expectSound, offeredFixes, remainingRules, titles } from '../../../../test/helpers/quick-fix-kit.js';

const rule = 'dead-end-step';

describe('quick fix for dead-end-step', () => {
    const spec = `
service Lab {
  actor Tech "technician" backstage
  process Test {
    step Run by Tech {
      duration 5 min
    }
    step Report by Tech { next end }
  }
}
`;

    test("adds 'next end' (preferred) on its own line, indented inside the step", async () => {
        const offer = await offeredFixes(spec, { rule });
        expect(offer.actions.find(action => action.isPreferred)?.title).toBe("Add 'next end'");
        const applied = await applyFix(offer, "Add 'next end'");
        expect(applied.text).toContain('    step Run by Tech {\n      duration 5 min\n      next end\n    }\n');
        expectSound(applied);
        expect(remainingRules(applied)).not.toContain(rule);
    });

    test('or continues with the step written after it', async () => {
        const offer = await offeredFixes(spec, { rule });
        expect(titles(offer)).toContain("Continue with step 'Report'");
        const applied = await applyFix(offer, "Continue with step 'Report'");
        expect(applied.text).toContain('      duration 5 min\n      next Report\n    }');
        expectSound(applied);
        expect(remainingRules(applied)).not.toContain(rule);
    });

    test('in a file of one-line blocks an empty block gets the end on its line; the last step offers only the end', async () => {
        const oneLine = `
service Lab {
  process Test {
    step First { next Last }
    step Last { }
  }
}
`;
        const offer = await offeredFixes(oneLine, { rule });
        expect(titles(offer).filter(title => !title.startsWith('Disable'))).toEqual(["Add 'next end'"]);
        const applied = await applyFix(offer, "Add 'next end'");
        expect(applied.text).toContain('    step Last { next end }\n');
        expectSound(applied);
        expect(remainingRules(applied)).not.toContain(rule);
    });

    test('in a file of blocks a one-line block is opened up, its content on its own line', async () => {
        const oneLine = `
service Lab {
  process Test {
    step Only { duration 2 min }
    step Other {
      duration 1 min
      next end
    }
    step Third {
      next end
    }
  }
}
`;
        const applied = await applyFix(await offeredFixes(oneLine, { rule }), "Add 'next end'");
        expect(applied.text).toContain('    step Only {\n      duration 2 min\n      next end\n    }\n');
        expectSound(applied);
        expect(remainingRules(applied)).not.toContain(rule);
    });

    test('Chinese titles in the Chinese locale', async () => {
        const zh = `
service 检验 {
  process 化验 {
    step 出报告 { }
    step 归档 { next end }
  }
}
`;
        const offer = await offeredFixes(zh, { rule, locale: 'zh-CN' });
        expect(titles(offer)).toEqual(expect.arrayContaining(['添加“next end”', '接续到步骤“归档”']));
    });
});

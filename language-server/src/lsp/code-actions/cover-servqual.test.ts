import { describe, expect, test } from 'vitest';
import { applyFix, expectSound, offeredFixes, remainingRules, titles } from '../../../../test/helpers/quick-fix-kit.js';

const rule = 'servqual-coverage';

describe('quick fix for servqual-coverage', () => {
    const spec = `
service Bank {
  owner Manager
  actor Manager "网点负责人" backstage
  standard Fast {
    dimension responsiveness
    kind hard
    target <= 15 min
    method system-log
    frequency monthly
    owner Manager
  }
  standard Right {
    dimension reliability
    kind hard
    target >= 99 %
    method audit
    frequency monthly
    owner Manager
  }
  process Main {
    step Only { next end }
  }
}
`;

    test('adds standards for all missing dimensions at once (preferred), complete and among the standards', async () => {
        const offer = await offeredFixes(spec, { rule });
        expect(titles(offer)).toEqual([
            'Add standards for all 3 missing SERVQUAL dimensions',
            "Add a standard for SERVQUAL dimension 'assurance'",
            "Add a standard for SERVQUAL dimension 'empathy'",
            "Add a standard for SERVQUAL dimension 'tangibles'",
            "Disable 'servqual-coverage' for this line"
        ]);
        expect(offer.actions.map(action => action.isPreferred ?? false)).toEqual([true, false, false, false, false]);
        const applied = await applyFix(offer, 'Add standards for all 3 missing SERVQUAL dimensions');
        expect(applied.text).toContain(`    target >= 99 %
    method audit
    frequency monthly
    owner Manager
  }
  standard S_Assurance {
    dimension assurance
    kind soft
    target >= 4.5 score
    method survey
    frequency monthly
    owner Manager
  }
  standard S_Empathy {`);
        expect(applied.text).toContain('  standard S_Tangibles {\n    dimension tangibles\n    kind hard\n    target >= 95 %\n    method audit\n');
        expectSound(applied);
        for (const gone of [rule, 'standard-incomplete', 'soft-standard-log-measured']) expect(remainingRules(applied)).not.toContain(gone);
    });

    test('one dimension at a time narrows the diagnostic; the name avoids existing ones', async () => {
        const taken = spec.replace('  process Main {', '  kpi S_Empathy {\n    measures Fast\n  }\n  process Main {');
        const applied = await applyFix(await offeredFixes(taken, { rule }), "Add a standard for SERVQUAL dimension 'empathy'");
        expect(applied.text).toContain('  standard S_Empathy2 {\n    dimension empathy\n');
        expectSound(applied);
        expect(applied.diagnostics.find(diagnostic => diagnostic.rule === rule)?.message)
            .toBe("Service 'Bank' has no standard for the SERVQUAL dimensions assurance and tangibles.");
    });

    test('a service with nothing but a process: the standards go before it; the last missing dimension is preferred', async () => {
        const bare = `
service Desk {
  // The counter
  /** 前台流程 */
  process P {
    step A { next end }
  }
}
`;
        const offer = await offeredFixes(bare, { rule });
        expect(titles(offer)[0]).toBe('Add standards for all 5 missing SERVQUAL dimensions');
        const applied = await applyFix(offer, titles(offer)[0]);
        expect(applied.text).toMatch(/^\nservice Desk \{\n {2}standard S_Reliability \{\n {4}dimension reliability\n/);
        expect(applied.text).toContain('    frequency monthly\n  }\n  // The counter\n  /** 前台流程 */\n  process P {');
        expect(remainingRules(applied)).not.toContain(rule);
        const one = spec.replace('dimension reliability', 'dimension assurance').replace('  process Main {', '  standard Nice {\n    dimension empathy\n  }\n  standard Clean {\n    dimension tangibles\n  }\n  process Main {');
        const last = await offeredFixes(one, { rule });
        expect(last.actions.filter(action => action.isPreferred).map(action => action.title)).toEqual(["Add a standard for SERVQUAL dimension 'reliability'"]);
    });

    test('Chinese titles', async () => {
        expect(titles(await offeredFixes(spec, { rule, locale: 'zh-CN' })).slice(0, 2))
            .toEqual(['为缺少的全部 3 个 SERVQUAL 维度添加服务标准', '为 SERVQUAL 维度“assurance”添加服务标准']);
    });
});

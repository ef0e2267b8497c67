import { describe, expect, test } from 'vitest';
import { applyFix, expectSound, offeredFixes, remainingRules, titles } from '../../../../test/helpers/quick-fix-kit.js';

const rule = 'no-feedback-channel';

describe('quick fix for no-feedback-channel', () => {
    const spec = `
service Hotel {
  actor Manager "经理" backstage
  standard Fast {
    dimension responsiveness
    target <= 5 min
    method system-log
    frequency monthly
    owner Manager
  }
  standard Warm {
    dimension empathy
    kind soft
    target >= 4.5 score
    method survey
    frequency monthly
    owner Manager
  }
  kpi CheckInTime {
    measures Fast
  }
  kpi Warmth {
    measures Warm
  }
  process Stay {
    step Arrive { next end }
  }
  promise Quick <= 10 min
}
`;

    test('adds a survey channel feeding the KPI of a perceived standard, after the promises (preferred)', async () => {
        const offer = await offeredFixes(spec, { rule });
        expect(titles(offer)[0]).toBe("Add survey feedback 'F_Survey'");
        expect(offer.actions[0].isPreferred).toBe(true);
        const applied = await applyFix(offer, "Add survey feedback 'F_Survey'");
        // The file's only title is Chinese: so is the new one.
        expect(applied.text).toContain('  promise Quick <= 10 min\n  feedback F_Survey "顾客问卷" {\n    channel survey\n    feeds Warmth\n  }\n}');
        expectSound(applied);
        expect(remainingRules(applied)).not.toContain(rule);
        expect(remainingRules(applied)).not.toContain('feedback-unmapped');
    });

    test('without KPIs the channel feeds nothing yet; in a file of one-line blocks it is one line', async () => {
        const bare = 'service Desk {\n  process P {\n    step A { next end }\n  }\n}\n';
        const applied = await applyFix(await offeredFixes(bare, { rule }), "Add survey feedback 'F_Survey'");
        expect(applied.text).toBe('service Desk {\n  process P {\n    step A { next end }\n  }\n  feedback F_Survey "Customer survey" { channel survey }\n}\n');
        expectSound(applied);
        expect(remainingRules(applied)).not.toContain(rule);
    });

    test('among Chinese names, a Chinese name', async () => {
        const chinese = 'service 前台 {\n  process 接待 {\n    step 问候 {\n      next end\n    }\n  }\n}\n';
        const offer = await offeredFixes(chinese, { rule, locale: 'zh-CN' });
        const applied = await applyFix(offer, '添加问卷反馈渠道“问卷反馈”');
        expect(applied.text).toContain('  feedback 问卷反馈 "顾客问卷" {\n    channel survey\n  }\n}');
        expectSound(applied);
    });

    test('Chinese title', async () => {
        expect(titles(await offeredFixes(spec, { rule, locale: 'zh-CN' }))[0]).toBe('添加问卷反馈渠道“F_Survey”');
    });
});

import { describe, expect, test } from 'vitest';
import type { Locale } from '#protocol/locale.js';
import { diagnoseCleanly, diagnoseRule, lineOf } from '../../../../test/helpers/diagnose.js';

const rule = 'wait-without-standard';

const check = (specs: string | Record<string, string>, locale?: Locale) => diagnoseCleanly(rule, specs, locale);

function spec(stepBody: string): string {
    return `service Bank {
  actor Customer "客户" customer
  standard QueueStd "排队不超过15分钟" { bounds wait target <= 15 min }
  standard ServeStd "办理不超过5分钟" { bounds duration target <= 5 min }
  standard PlainStd "礼貌" { target >= 4 score }
  process Main {
    step TakeTicket by Customer {
${stepBody}
      next end
    }
  }
}
`;
}

describe('wait-without-standard', () => {
    test('fires on the wait property of a step without any standard', async () => {
        const text = spec('      wait 12 min');
        const found = await check(text);
        expect(found).toHaveLength(1);
        expect(found[0].line).toBe(lineOf(text, 'wait 12 min'));
        expect(found[0].severity).toBe('warning');
        expect(found[0].message).toBe("Step 'TakeTicket' makes the customer wait, but none of its standards bounds the wait ('bounds wait').");
    });

    test('fires when the attached standards bound something else, or nothing', async () => {
        const text = spec(`      wait 12 min
      standard ServeStd, PlainStd`);
        const found = await check(text);
        expect(found).toHaveLength(1);
        expect(found[0].line).toBe(lineOf(text, 'wait 12 min'));
    });

    test('does not fire when a standard bounds the wait, even one the wait breaks', async () => {
        expect(await check(spec(`      wait 12 min
      standard ServeStd, QueueStd`))).toEqual([]);
        expect(await check(spec(`      wait 40 min
      standard QueueStd`))).toEqual([]);
    });

    test('does not fire on a step without wait', async () => {
        expect(await check(spec(`      duration 3 min
      standard ServeStd`))).toEqual([]);
        expect(await check(spec(''))).toEqual([]);
    });

    test('one diagnostic per waiting step', async () => {
        const text = `service Bank {
  actor Customer "客户" customer
  standard QueueStd "排队" { bounds wait target <= 15 min }
  process Main {
    step First by Customer { wait 5 min standard QueueStd next Second }
    step Second by Customer { wait 6 min next Third }
    step Third by Customer { wait 7 min next end }
  }
}
`;
        const found = await check(text);
        expect(found.map(d => d.line)).toEqual([lineOf(text, 'wait 6 min'), lineOf(text, 'wait 7 min')]);
    });

    test('a wait standard declared top-level in another file, or in another service, counts', async () => {
        const library = `standard 排队时限 "排队不超过15分钟" {
  bounds wait
  target <= 15 min
}
service 总行 {
  standard 候车时限 "候车" { bounds wait target <= 10 min }
}
`;
        const service = `service 网点 {
  actor 客户 "客户" customer
  process 开户 {
    step 取号 by 客户 { wait 12 min standard 排队时限 next 候车 }
    step 候车 by 客户 { wait 8 min standard 总行.候车时限 next 离开 }
    step 离开 by 客户 { wait 1 min next end }
  }
}
`;
        const found = await check({ 'library.svc': library, 'service.svc': service });
        expect(found).toHaveLength(1);
        expect(found[0].file).toBe('service.svc');
        expect(found[0].line).toBe(lineOf(service, 'wait 1 min'));
        expect(found[0].message).toContain("'离开'");
    });

    test('gives a Chinese message', async () => {
        const text = `service 网点 {
  actor 客户 "客户" customer
  process 开户 {
    step 取号 by 客户 {
      wait 12 min
      next end
    }
  }
}
`;
        const found = await diagnoseRule(rule, text, 'zh-CN');
        expect(found).toHaveLength(1);
        expect(found[0].line).toBe(lineOf(text, 'wait 12 min'));
        expect(found[0].message).toBe('步骤“取号”有等候，但没有关联限定等候时间（bounds wait）的服务标准。');
    });
});

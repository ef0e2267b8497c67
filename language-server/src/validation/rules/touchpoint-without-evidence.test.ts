import { describe, expect, test } from 'vitest';
import type { Locale } from '#protocol/locale.js';
import { diagnose, diagnoseCleanly, diagnoseRule, lineOf } from '../../../../test/helpers/diagnose.js';

const rule = 'touchpoint-without-evidence';

const check = (specs: string | Record<string, string>, locale?: Locale) => diagnoseCleanly(rule, specs, locale);

function spec(steps: string): string {
    return `service Hotel {
  actor Guest "宾客" customer
  actor FrontDesk "前台" frontstage
  actor Housekeeping "客房部" backstage
  system GuestApp "宾客App" customer
  process Stay {
${steps}
  }
}
`;
}

describe('touchpoint-without-evidence', () => {
    test('fires on the name of a customer step without evidence, as info', async () => {
        const text = spec(`    step CheckIn "办理入住" by Guest {
      wait 5 min
      next end
    }`);
        const found = await check(text);
        expect(found).toHaveLength(1);
        expect(found[0].line).toBe(lineOf(text, 'step CheckIn'));
        expect(found[0].severity).toBe('info');
        expect(found[0].message).toBe(`Customer step 'CheckIn' has no physical evidence; name what the customer sees or receives with 'evidence "…"'.`);
    });

    test('does not fire on a customer step with evidence', async () => {
        expect(await check(spec(`    step CheckIn by Guest { evidence "房卡", "欢迎信" next end }`))).toEqual([]);
    });

    test('does not fire on frontstage or backstage steps', async () => {
        expect(await check(spec(`    step Greet by FrontDesk { next Clean }
    step Clean by Housekeeping { next end }`))).toEqual([]);
    });

    test('a customer-lane system makes a customer step too', async () => {
        const text = spec(`    step Book by GuestApp { next Pay }
    step Pay by Guest { evidence "账单" next end }`);
        const found = await check(text);
        expect(found).toHaveLength(1);
        expect(found[0].line).toBe(lineOf(text, 'step Book'));
    });

    test('stays silent on a step without performer or with an unresolved performer', async () => {
        expect(await check(spec(`    step Anyone { next end }`))).toEqual([]);
        const text = spec(`    step Ghost by Nobody { next end }`);
        const all = await diagnose(text);
        expect(all.filter(d => d.rule === 'unresolved-reference')).toHaveLength(1);
        expect(all.filter(d => d.rule === rule)).toEqual([]);
    });

    test('a customer actor declared top-level in another file makes a customer step', async () => {
        const library = `actor 宾客 "宾客" customer
`;
        const service = `service 酒店 {
  process 入住 {
    step 到店 by 宾客 { evidence "门童" next 签字 }
    step 签字 by 宾客 { next end }
  }
}
`;
        const found = await check({ 'library.svc': library, 'service.svc': service });
        expect(found).toHaveLength(1);
        expect(found[0].file).toBe('service.svc');
        expect(found[0].line).toBe(lineOf(service, 'step 签字'));
        expect(found[0].message).toContain("'签字'");
    });

    test('gives a Chinese message', async () => {
        const text = `service 酒店 {
  actor 宾客 "宾客" customer
  process 入住 {
    step 签字 by 宾客 { next end }
  }
}
`;
        const found = await diagnoseRule(rule, text, 'zh-CN');
        expect(found).toHaveLength(1);
        expect(found[0].line).toBe(lineOf(text, 'step 签字'));
        expect(found[0].message).toBe('顾客步骤“签字”没有有形展示；请用 evidence "…" 写出顾客看到或拿到的东西。');
    });
});

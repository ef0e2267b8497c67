import { describe, expect, test } from 'vitest';
import type { Locale } from '#protocol/locale.js';
import { diagnoseCleanly, diagnoseRule, lineOf } from '../../../../test/helpers/diagnose.js';

const rule = 'no-feedback-channel';

const check = (specs: string | Record<string, string>, locale?: Locale) => diagnoseCleanly(rule, specs, locale);

describe('no-feedback-channel', () => {
    test('fires on the name of a service without feedback, as info', async () => {
        const text = `// 营业网点
service Bank "银行网点" {
  actor Teller "柜员" frontstage
}
`;
        const found = await check(text);
        expect(found).toHaveLength(1);
        expect(found[0].line).toBe(lineOf(text, 'service Bank'));
        expect(found[0].severity).toBe('info');
        expect(found[0].message).toBe("Service 'Bank' has no feedback channel; add a 'feedback' so customers' voices reach the KPIs.");
    });

    test('does not fire when the service has a feedback, even one that feeds nothing', async () => {
        expect(await check(`service Bank {
  kpi Score { }
  feedback Pad { channel counter feeds Score }
}
`)).toEqual([]);
        expect(await check(`service Bank {
  feedback Pad { channel counter }
}
`)).toEqual([]);
    });

    test('each service needs its own feedback', async () => {
        const text = `service WithPad {
  feedback Pad { channel counter }
}
service Without {
  actor Teller "柜员" frontstage
}
`;
        const found = await check(text);
        expect(found).toHaveLength(1);
        expect(found[0].line).toBe(lineOf(text, 'service Without'));
        expect(found[0].message).toContain("'Without'");
    });

    test('top-level elements outside a service are not judged', async () => {
        expect(await check(`actor Teller "柜员" frontstage
kpi Score { }
`)).toEqual([]);
    });

    test('gives a Chinese message', async () => {
        const text = `service 网点 {
  actor 柜员 "柜员" frontstage
}
`;
        const found = await diagnoseRule(rule, text, 'zh-CN');
        expect(found).toHaveLength(1);
        expect(found[0].line).toBe(1);
        expect(found[0].message).toBe('服务“网点”没有反馈渠道；请添加 feedback，让顾客的声音进入 KPI。');
    });
});

import { describe, expect, test } from 'vitest';
import type { Locale } from '#protocol/locale.js';
import { diagnoseCleanly, diagnoseRule, lineOf } from '../../../../test/helpers/diagnose.js';

const rule = 'feedback-unmapped';

const check = (specs: string | Record<string, string>, locale?: Locale) => diagnoseCleanly(rule, specs, locale);

describe('feedback-unmapped', () => {
    test('fires on the name of a feedback without feeds, as info', async () => {
        const text = `service Bank {
  kpi Score "满意度" { }
  feedback Pad "柜台评价器" {
    channel counter
  }
}
`;
        const found = await check(text);
        expect(found).toHaveLength(1);
        expect(found[0].line).toBe(lineOf(text, 'feedback Pad'));
        expect(found[0].severity).toBe('info');
        expect(found[0].message).toBe("Feedback channel 'Pad' feeds no KPI; add 'feeds KPI' so what customers say is used.");
    });

    test('does not fire when the feedback feeds a KPI', async () => {
        expect(await check(`service Bank {
  kpi Score { }
  kpi Complaints { }
  feedback Pad {
    channel counter
    feeds Score, Complaints
  }
}
`)).toEqual([]);
    });

    test('one diagnostic per unmapped feedback, an empty one included', async () => {
        const text = `service Bank {
  kpi Score { }
  feedback Pad { channel counter feeds Score }
  feedback Hotline { channel phone }
  feedback Blank { }
}
`;
        const found = await check(text);
        expect(found.map(d => d.line)).toEqual([lineOf(text, 'feedback Hotline'), lineOf(text, 'feedback Blank')]);
    });

    test('feeding a top-level KPI declared in another file maps the feedback', async () => {
        const library = `kpi 满意度 "客户满意度" { }
`;
        const service = `service 网点 {
  feedback 评价器 {
    channel counter
    feeds 满意度
  }
  feedback 热线 {
    channel phone
  }
}
`;
        const found = await check({ 'library.svc': library, 'service.svc': service });
        expect(found).toHaveLength(1);
        expect(found[0].file).toBe('service.svc');
        expect(found[0].line).toBe(lineOf(service, 'feedback 热线'));
        expect(found[0].message).toContain("'热线'");
    });

    test('gives a Chinese message', async () => {
        const text = `service 网点 {
  feedback 热线 { channel phone }
}
`;
        const found = await diagnoseRule(rule, text, 'zh-CN');
        expect(found).toHaveLength(1);
        expect(found[0].line).toBe(2);
        expect(found[0].message).toBe('反馈渠道“热线”没有向任何 KPI 提供数据；请添加“feeds KPI名”。');
    });
});

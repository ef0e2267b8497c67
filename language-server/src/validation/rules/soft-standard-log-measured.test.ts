import { describe, expect, test } from 'vitest';
import type { Locale } from '#protocol/locale.js';
import { diagnoseCleanly, diagnoseRule, lineOf } from '../../../../test/helpers/diagnose.js';

const rule = 'soft-standard-log-measured';

const check = (specs: string | Record<string, string>, locale?: Locale) => diagnoseCleanly(rule, specs, locale);

function spec(kind: string, method: string): string {
    return `service Hotel {
  actor FrontDesk "前台" frontstage
  standard Friendly "热情问候" {
    dimension empathy
${kind ? `    kind ${kind}\n` : ''}    target >= 90 %
${method ? `    method ${method}\n` : ''}    frequency monthly
    owner FrontDesk
  }
}
`;
}

describe('soft-standard-log-measured', () => {
    test('fires on the method property of a soft standard measured by system-log', async () => {
        const text = spec('soft', 'system-log');
        const found = await check(text);
        expect(found).toHaveLength(1);
        expect(found[0].line).toBe(lineOf(text, 'method system-log'));
        expect(found[0].severity).toBe('warning');
        expect(found[0].message).toBe("Standard 'Friendly' is soft (perceived by the customer), but a system log cannot measure perception; use survey, observation or mystery-shopper.");
    });

    test('does not fire for a soft standard measured by perception methods', async () => {
        for (const method of ['survey', 'observation', 'mystery-shopper', 'audit']) {
            expect(await check(spec('soft', method)), method).toEqual([]);
        }
    });

    test('does not fire for a hard standard, a standard without kind, or without method', async () => {
        expect(await check(spec('hard', 'system-log'))).toEqual([]);
        expect(await check(spec('', 'system-log'))).toEqual([]);
        expect(await check(spec('soft', ''))).toEqual([]);
    });

    test('fires on top-level standards, in the file that declares them', async () => {
        const library = `standard 环境整洁 "大堂整洁" {
  dimension tangibles
  kind soft
  method system-log
}
standard 入住时长 "入住不超过5分钟" {
  kind hard
  method system-log
}
`;
        const service = `service 酒店 {
  standard 微笑 { kind soft method survey }
}
`;
        const found = await check({ 'library.svc': library, 'service.svc': service });
        expect(found).toHaveLength(1);
        expect(found[0].file).toBe('library.svc');
        expect(found[0].line).toBe(lineOf(library, 'method system-log'));
        expect(found[0].message).toContain("'环境整洁'");
    });

    test('gives a Chinese message', async () => {
        const text = `standard 热情问候 {
  kind soft
  method system-log
}
`;
        const found = await diagnoseRule(rule, text, 'zh-CN');
        expect(found).toHaveLength(1);
        expect(found[0].line).toBe(3);
        expect(found[0].message).toBe('服务标准“热情问候”是软性标准（顾客感知），系统日志无法测量感知；请改用 survey、observation 或 mystery-shopper。');
    });
});

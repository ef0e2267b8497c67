import { describe, expect, test } from 'vitest';
import type { Locale } from '#protocol/locale.js';
import { diagnoseCleanly, diagnoseRule, lineOf } from '../../../../test/helpers/diagnose.js';

const rule = 'queue-wait-exceeds-standard';

const check = (specs: string | Record<string, string>, locale?: Locale) => diagnoseCleanly(rule, specs, locale);

interface Options {
    /** Target of the wait standard `Wait` attached to the served step. */
    target?: string;
    duration?: string;
    demand?: string;
    servers?: string;
    /** Extra lines in the capacity block (e.g. its own standard). */
    capacityExtra?: string;
    /** Standards attached to the served step. */
    stepStandards?: string;
    /** Extra standards of the service. */
    standards?: string;
}

function spec({ target = '<= 1 min', duration = '1 min', demand = '40 per h', servers = '1', capacityExtra = '', stepStandards = 'Wait', standards = '' }: Options = {}): string {
    return `service Bank {
  actor Teller "柜员" frontstage
  standard Wait "等候" {
    bounds wait
    target ${target}
  }
${standards}
  process Main {
    step Serve by Teller { duration ${duration} standard ${stepStandards} next end }
  }
  capacity Desk "柜台" {
    serves Serve
    demand ${demand}
    servers ${servers}
${capacityExtra}
  }
}
`;
}

describe('queue-wait-exceeds-standard', () => {
    test('M/M/1: Wq = ρ/(μ−λ); fires on the capacity name with Wq, ρ and the standard', async () => {
        // λ = 40/h = 2/3 per min, μ = 1 per min, ρ = 2/3, Wq = (2/3)/(1 − 2/3) = 2 min.
        const text = spec();
        const found = await check(text);
        expect(found).toHaveLength(1);
        expect(found[0].line).toBe(lineOf(text, 'capacity Desk'));
        expect(found[0].severity).toBe('warning');
        expect(found[0].message).toBe("Mean queue wait Wq = 2 min at capacity 'Desk' (Erlang C, ρ = 66.7 %) exceeds standard 'Wait' (≤ 1 min).");
    });

    test('a Wq equal to a <= target satisfies it; < does not', async () => {
        expect(await check(spec({ target: '<= 2 min' }))).toEqual([]);
        const strict = await check(spec({ target: '< 2 min' }));
        expect(strict).toHaveLength(1);
        expect(strict[0].message).toContain('Wq = 2 min');
    });

    test('does not fire when Wq meets the standard', async () => {
        expect(await check(spec({ target: '<= 5 min' }))).toEqual([]);
    });

    test('converts units: demand per day, duration in seconds, target in seconds or hours', async () => {
        // 960 per d = 40 per h; 60 s = 1 min: still Wq = 2 min = 120 s.
        expect(await check(spec({ demand: '960 per d', duration: '60 s', target: '<= 120 s' }))).toEqual([]);
        const found = await check(spec({ demand: '960 per d', duration: '60 s', target: '<= 0.03 h' }));
        expect(found).toHaveLength(1);
        expect(found[0].message).toBe("Mean queue wait Wq = 2 min at capacity 'Desk' (Erlang C, ρ = 66.7 %) exceeds standard 'Wait' (≤ 0.03 h).");
    });

    test('M/M/2 with offered load 1: Wq = 1/3 min = 20 s', async () => {
        // λ = 1/min, μ = 1/min, c = 2, a = 1, ρ = 0.5: P0 = 1/3, C = 1/3, Wq = C/(cμ − λ) = 1/3 min.
        expect(await check(spec({ demand: '60 per h', servers: '2', target: '<= 20 s' }))).toEqual([]);
        const found = await check(spec({ demand: '60 per h', servers: '2', target: '< 20 s' }));
        expect(found).toHaveLength(1);
        expect(found[0].message).toBe("Mean queue wait Wq = 20 s at capacity 'Desk' (Erlang C, ρ = 50 %) exceeds standard 'Wait' (< 20 s).");
    });

    test('M/M/2 with ρ = 0.75: Wq = 27/14 min ≈ 115.7 s', async () => {
        // λ = 1/min, service 1.5 min (μ = 2/3), c = 2, a = 1.5: P0 = 1/7, C = 4.5/7, Wq = C/(4/3 − 1) = 27/14 min.
        const found = await check(spec({ demand: '60 per h', duration: '1.5 min', servers: '2', target: '<= 1.9 min' }));
        expect(found).toHaveLength(1);
        expect(found[0].message).toBe("Mean queue wait Wq = 115.7 s at capacity 'Desk' (Erlang C, ρ = 75 %) exceeds standard 'Wait' (≤ 1.9 min).");
        expect(await check(spec({ demand: '60 per h', duration: '1.5 min', servers: '2', target: '<= 1.93 min' }))).toEqual([]);
    });

    test('silent when ρ ≥ 1 (capacity-overload reports it instead)', async () => {
        const saturated = spec({ demand: '60 per h', target: '<= 1 s' });
        expect(await check(saturated)).toEqual([]);
        expect((await diagnoseRule('capacity-overload', saturated))).toHaveLength(1);
        expect(await check(spec({ demand: '90 per h', target: '<= 1 s' }))).toEqual([]);
    });

    test("the capacity's own standard takes precedence over the served step's wait standards", async () => {
        const loose = spec({
            target: '<= 1 min',
            standards: '  standard Loose "宽松" { bounds wait target <= 5 min }',
            capacityExtra: '    standard Loose'
        });
        expect(await check(loose)).toEqual([]);

        const strict = spec({
            target: '<= 5 min',
            standards: '  standard Strict "严格" { bounds wait target <= 90 s }',
            capacityExtra: '    standard Strict'
        });
        const found = await check(strict);
        expect(found).toHaveLength(1);
        expect(found[0].line).toBe(lineOf(strict, 'capacity Desk'));
        expect(found[0].message).toBe("Mean queue wait Wq = 2 min at capacity 'Desk' (Erlang C, ρ = 66.7 %) exceeds standard 'Strict' (≤ 90 s).");
    });

    test("without its own standard, names every breached wait standard of the served step (not duration ones)", async () => {
        const text = spec({
            target: '<= 1 min',
            standards: `  standard Wait90 "90秒" { bounds wait target <= 90 s }
  standard WaitLoose "十分钟" { bounds wait target <= 10 min }
  standard Fast "快速" { bounds duration target <= 30 s }`,
            stepStandards: 'Wait, Wait90, WaitLoose, Fast'
        });
        const found = await check(text);
        expect(found).toHaveLength(1);
        expect(found[0].message).toBe("Mean queue wait Wq = 2 min at capacity 'Desk' (Erlang C, ρ = 66.7 %) exceeds standard 'Wait' (≤ 1 min) and 'Wait90' (≤ 90 s).");
    });

    test('ignores targets without a time unit, and capacities without demand', async () => {
        expect(await check(spec({ target: '<= 1' }))).toEqual([]);
        expect(await check(spec({ target: '>= 90 %' }))).toEqual([]);
        const noDemand = spec().replace('    demand 40 per h\n', '');
        expect(noDemand).not.toContain('demand');
        expect(await check(noDemand)).toEqual([]);
    });

    test('uses a top-level standard declared in another file as the capacity standard', async () => {
        const library = `standard 等候上限 "等候不超过1分钟" {
  bounds wait
  target <= 1 min
}
`;
        const service = `service 营业厅 {
  actor 柜员 "柜员" frontstage
  process 主流程 {
    step 办理 by 柜员 { duration 1 min next end }
  }
  capacity 柜台 {
    serves 办理
    demand 40 per h
    servers 1
    standard 等候上限
  }
}
`;
        const found = await check({ 'library.svc': library, 'service.svc': service });
        expect(found).toHaveLength(1);
        expect(found[0].file).toBe('service.svc');
        expect(found[0].line).toBe(lineOf(service, 'capacity 柜台'));
        expect(found[0].message).toContain("Wq = 2 min at capacity '柜台'");
        expect(found[0].message).toContain("'等候上限' (≤ 1 min)");
    });

    test('gives a Chinese message with the same figures', async () => {
        const text = `service 营业厅 {
  actor 柜员 "柜员" frontstage
  standard 等候上限 "等候不超过1分钟" { bounds wait target <= 1 min }
  process 主流程 {
    step 办理 by 柜员 { duration 1 min standard 等候上限 next end }
  }
  capacity 柜台 { serves 办理 demand 40 per h servers 1 }
}
`;
        const found = await diagnoseRule(rule, text, 'zh-CN');
        expect(found).toHaveLength(1);
        expect(found[0].line).toBe(lineOf(text, 'capacity 柜台'));
        expect(found[0].message).toBe('服务能力“柜台”的平均排队等候 Wq = 2 min（Erlang C，ρ = 66.7 %）超出服务标准“等候上限” (≤ 1 min)。');
    });
});

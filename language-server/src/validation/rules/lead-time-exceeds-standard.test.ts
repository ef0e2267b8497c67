import { describe, expect, test } from 'vitest';
import type { Locale } from '#protocol/locale.js';
import { diagnose, diagnoseCleanly, diagnoseRule, lineOf } from '../../../../test/helpers/diagnose.js';

const rule = 'lead-time-exceeds-standard';

const check = (specs: string | Record<string, string>, locale?: Locale) => diagnoseCleanly(rule, specs, locale);

/** A service whose process `Main` uses the lead-time standard `Lead` (target given) and holds `steps`. */
function spec(target: string, steps: string, extraStandards = ''): string {
    return `service Shop {
  actor Clerk "店员" frontstage
  standard Lead "限时办结" {
    bounds lead-time
    target ${target}
  }
${extraStandards}
  process Main "主流程" {
    standard Lead
${steps}
  }
}
`;
}

// Two branches: Arrive (5 min) → Short (10 min) / Long (1 h) → Finish (5 min); longest 70 min.
const branches = `
    step Arrive by Clerk { wait 5 min next Short, Long }
    step Short by Clerk { duration 10 min next Finish }
    step Long by Clerk { duration 1 h next Finish }
    step Finish by Clerk { duration 5 min next end }`;

describe('lead-time-exceeds-standard', () => {
    test('fires on the process name with the longest path, the target and the critical path', async () => {
        const text = spec('<= 1 h', branches);
        const found = await check(text);
        expect(found).toHaveLength(1);
        expect(found[0].line).toBe(lineOf(text, 'process Main'));
        expect(found[0].severity).toBe('warning');
        expect(found[0].message).toBe("Lead time 70 min of process 'Main' exceeds standard 'Lead' (≤ 1 h); critical path: Arrive → Long → Finish.");
    });

    test('a lead time equal to a <= target satisfies it; < does not', async () => {
        expect(await check(spec('<= 70 min', branches))).toEqual([]);
        const strict = await check(spec('< 70 min', branches));
        expect(strict).toHaveLength(1);
        expect(strict[0].message).toContain('Lead time 70 min');
        expect(strict[0].message).toContain("'Lead' (< 70 min)");
    });

    test('does not fire when the lead time meets the target', async () => {
        expect(await check(spec('<= 2 h', branches))).toEqual([]);
    });

    test('converts units: 1 d = 24 h = 1440 min, seconds count too', async () => {
        const day = `
    step Queue by Clerk { wait 20 h next Work }
    step Work by Clerk { duration 240 min next end }`;
        expect(await check(spec('<= 1 d', day))).toEqual([]);
        const dayAndHalfMinute = `
    step Queue by Clerk { wait 20 h next Work }
    step Work by Clerk { duration 240 min next Sign }
    step Sign by Clerk { duration 30 s next end }`;
        const found = await check(spec('<= 1 d', dayAndHalfMinute));
        expect(found).toHaveLength(1);
        expect(found[0].message).toBe("Lead time 24.01 h of process 'Main' exceeds standard 'Lead' (≤ 1 d); critical path: Queue → Work → Sign.");
        // 90 s = 1.5 min exactly.
        const seconds = `
    step Quick by Clerk { duration 90 s next end }`;
        expect(await check(spec('<= 1.5 min', seconds))).toEqual([]);
        expect(await check(spec('< 1.5 min', seconds))).toHaveLength(1);
    });

    test('a loop is cut at its back edge and counted once', async () => {
        const loop = `
    step Arrive by Clerk { wait 10 min next Work }
    step Work by Clerk { duration 20 min next Check }
    step Check by Clerk { duration 5 min next Work when "返工", end }`;
        expect(await check(spec('<= 35 min', loop))).toEqual([]);
        const found = await check(spec('<= 30 min', loop));
        expect(found).toHaveLength(1);
        expect(found[0].message).toBe("Lead time 35 min of process 'Main' exceeds standard 'Lead' (≤ 30 min); critical path: Arrive → Work → Check.");
    });

    test('the back edge dropped is the one the depth-first search meets first, in written order', async () => {
        // Start → Left, Right; Left → Right; Right → Left, Done. Each of Left, Right, Done takes 10 min.
        // Left first: Right → Left is dropped, Start → Left → Right → Done = 30 min.
        const leftFirst = `
    step Start by Clerk { next Left, Right }
    step Left by Clerk { duration 10 min next Right }
    step Right by Clerk { duration 10 min next Left, Done }
    step Done by Clerk { duration 10 min next end }`;
        const found = await check(spec('<= 25 min', leftFirst));
        expect(found).toHaveLength(1);
        expect(found[0].message).toContain('Lead time 30 min');
        expect(found[0].message).toContain('critical path: Start → Left → Right → Done.');
        // Right first: Left → Right is dropped; the longest remaining path takes 20 min.
        const rightFirst = leftFirst.replace('next Left, Right', 'next Right, Left');
        expect(await check(spec('<= 25 min', rightFirst))).toEqual([]);
        expect((await check(spec('<= 19 min', rightFirst)))[0].message).toContain('Lead time 20 min');
    });

    test('recovery paths are not part of the lead time, even when they would be the longest', async () => {
        const recovery = `
    step Check by Clerk { duration 10 min fail "资料不全" recover Fix next Hand }
    step Hand by Clerk { duration 10 min next end }
    step Fix by Clerk { duration 3 h next Hand }`;
        expect(await check(spec('<= 20 min', recovery))).toEqual([]);
        const found = await check(spec('< 20 min', recovery));
        expect(found).toHaveLength(1);
        expect(found[0].message).toContain('Lead time 20 min');
        expect(found[0].message).toContain('critical path: Check → Hand.');
    });

    test('steps without wait or duration count 0', async () => {
        const zeros = `
    step Enter by Clerk { next Serve }
    step Serve by Clerk { duration 15 min next Leave }
    step Leave by Clerk { next end }`;
        expect(await check(spec('<= 15 min', zeros))).toEqual([]);
        const found = await check(spec('< 15 min', zeros));
        expect(found).toHaveLength(1);
        expect(found[0].message).toContain('Lead time 15 min');
        expect(found[0].message).toContain('critical path: Enter → Serve → Leave.');
    });

    test('an unresolved next does not hide a breach the resolved edges already show', async () => {
        // Fixing the typo can only add edges: the known longest path stays a path of the flow.
        const text = spec('<= 1 h', branches.replace('step Short by Clerk { duration 10 min next Finish }', 'step Short by Clerk { duration 10 min next Finsh }'));
        const all = await diagnose(text);
        expect(all.filter(d => d.rule === 'unresolved-reference' || d.rule === rule).map(d => [d.rule, d.line]))
            .toEqual([[rule, lineOf(text, 'process Main')], ['unresolved-reference', lineOf(text, 'step Short')]]);
    });

    test('names every breached lead-time standard in one diagnostic, and only those', async () => {
        const others = `
  standard Lead2 "两小时" { bounds lead-time target <= 2 h }
  standard Lead30 "半小时" { bounds lead-time target <= 30 min }
  standard WaitOnly "等候" { bounds wait target <= 1 min }`;
        const text = spec('<= 1 h', branches, others).replace('standard Lead\n', 'standard Lead, Lead2, Lead30, WaitOnly\n');
        const found = await check(text);
        expect(found).toHaveLength(1);
        expect(found[0].line).toBe(lineOf(text, 'process Main'));
        expect(found[0].message).toBe("Lead time 70 min of process 'Main' exceeds standard 'Lead' (≤ 1 h) and 'Lead30' (≤ 30 min); critical path: Arrive → Long → Finish.");
    });

    test('ignores standards that do not bound lead-time, and targets without a time unit', async () => {
        const waitStandard = spec('<= 1 min', branches).replace('bounds lead-time', 'bounds wait');
        expect(await check(waitStandard)).toEqual([]);
        expect(await check(spec('<= 5', branches))).toEqual([]);
        expect(await check(spec('>= 95 %', branches))).toEqual([]);
    });

    test('a >= target is breached by a shorter lead time', async () => {
        const found = await check(spec('>= 2 h', branches));
        expect(found).toHaveLength(1);
        expect(found[0].message).toContain("Lead time 70 min of process 'Main' exceeds standard 'Lead' (≥ 2 h)");
    });

    test('uses a top-level standard declared in another file', async () => {
        const library = `standard 办结时限 "30分钟办结" {
  bounds lead-time
  target <= 30 min
}
`;
        const service = `service 开户 {
  actor 柜员 "柜员" frontstage
  process 主流程 {
    standard 办结时限
    step 取号 by 柜员 { wait 20 min next 办理 }
    step 办理 by 柜员 { duration 15 min next end }
  }
}
`;
        const found = await check({ 'library.svc': library, 'service.svc': service });
        expect(found).toHaveLength(1);
        expect(found[0].file).toBe('service.svc');
        expect(found[0].line).toBe(lineOf(service, 'process 主流程'));
        expect(found[0].message).toBe("Lead time 35 min of process '主流程' exceeds standard '办结时限' (≤ 30 min); critical path: 取号 → 办理.");
    });

    test('gives a Chinese message with the same figures', async () => {
        const text = `service 开户 {
  actor 柜员 "柜员" frontstage
  standard 办结时限 "30分钟办结" { bounds lead-time target <= 30 min }
  process 主流程 {
    standard 办结时限
    step 取号 by 柜员 { wait 20 min next 办理 }
    step 办理 by 柜员 { duration 15 min next end }
  }
}
`;
        const found = await diagnoseRule(rule, text, 'zh-CN');
        expect(found).toHaveLength(1);
        expect(found[0].line).toBe(lineOf(text, 'process 主流程'));
        expect(found[0].message).toBe('流程“主流程”的总时长 35 min 超出服务标准“办结时限” (≤ 30 min)；关键路径：取号 → 办理。');
    });
});

import { describe, expect, test } from 'vitest';
import type { Locale } from '#protocol/locale.js';
import { diagnose, diagnoseCleanly, diagnoseRule, lineOf } from '../../../../test/helpers/diagnose.js';

const rule = 'promise-exceeds-standard';

const check = (specs: string | Record<string, string>, locale?: Locale) => diagnoseCleanly(rule, specs, locale);

/** Process `Main`: 10 min wait + 15 min service = 25 min lead time. */
const mainProcess = `
  process Main {
    step Queue by Clerk { wait 10 min next Serve }
    step Serve by Clerk { duration 15 min next end }
  }`;

function spec(promise: string, processes = mainProcess): string {
    return `service Post {
  actor Clerk "营业员" frontstage
${processes}
  ${promise}
}
`;
}

describe('promise-exceeds-standard', () => {
    test('fires on the promise name when the promise is stricter than the lead time', async () => {
        const text = spec('promise Fast "20分钟办结" <= 20 min');
        const found = await check(text);
        expect(found).toHaveLength(1);
        expect(found[0].line).toBe(lineOf(text, 'promise Fast'));
        expect(found[0].severity).toBe('warning');
        expect(found[0].message).toBe("Promise 'Fast' (≤ 20 min) is stricter than the lead time of process 'Main' (25 min): the service cannot keep what it tells customers (gap 4).");
    });

    test('does not fire when the lead time keeps the promise', async () => {
        expect(await check(spec('promise Fast <= 30 min'))).toEqual([]);
    });

    test('a lead time equal to a <= promise keeps it; < does not', async () => {
        expect(await check(spec('promise Fast <= 25 min'))).toEqual([]);
        const found = await check(spec('promise Fast < 25 min'));
        expect(found).toHaveLength(1);
        expect(found[0].message).toContain("Promise 'Fast' (< 25 min)");
        expect(found[0].message).toContain("process 'Main' (25 min)");
    });

    test('converts units: a promise in h or s against a lead time in min', async () => {
        const process = `
  process Main {
    step Queue by Clerk { wait 30 min next Serve }
    step Serve by Clerk { duration 1 h next Sign }
    step Sign by Clerk { duration 30 s next end }
  }`;
        // 90.5 min
        expect(await check(spec('promise Fast <= 5430 s', process))).toEqual([]);
        const found = await check(spec('promise Fast <= 1.5 h', process));
        expect(found).toHaveLength(1);
        expect(found[0].message).toContain("Promise 'Fast' (≤ 1.5 h) is stricter than the lead time of process 'Main' (90.5 min)");
        expect(await check(spec('promise Day <= 1 d', process))).toEqual([]);
    });

    test('uses the lead time: loops counted once, recovery paths left out', async () => {
        const process = `
  process Main {
    step Check by Clerk { duration 10 min fail "资料不全" recover Fix next Work }
    step Work by Clerk { duration 10 min next Check when "复核", end }
    step Fix by Clerk { duration 2 h next Work }
  }`;
        expect(await check(spec('promise Fast <= 20 min', process))).toEqual([]);
        const found = await check(spec('promise Fast < 20 min', process));
        expect(found).toHaveLength(1);
        expect(found[0].message).toContain("process 'Main' (20 min)");
    });

    test('names every process of the service it breaks in one diagnostic', async () => {
        const processes = `${mainProcess}
  process Slow {
    step Long by Clerk { duration 3 h next end }
  }
  process Quick {
    step Short by Clerk { duration 5 min next end }
  }`;
        const text = spec('promise Fast <= 20 min', processes);
        const found = await check(text);
        expect(found).toHaveLength(1);
        expect(found[0].line).toBe(lineOf(text, 'promise Fast'));
        expect(found[0].message).toBe("Promise 'Fast' (≤ 20 min) is stricter than the lead time of process 'Main' (25 min), process 'Slow' (3 h): the service cannot keep what it tells customers (gap 4).");
    });

    test('only the processes of its own service count', async () => {
        const text = `service Slow {
  actor Clerk "营业员" frontstage
  process Long {
    step Work by Clerk { duration 3 h next end }
  }
}
service Post {
  actor Clerk "营业员" frontstage
${mainProcess}
  promise Fast <= 30 min
}
`;
        expect(await check(text)).toEqual([]);
    });

    test('ignores a process without steps, and a promise that is not a time', async () => {
        expect(await check(spec('promise Fast <= 20 min', '  process Empty { }'))).toEqual([]);
        const notTime = await diagnose(spec('promise Fast <= 5 count'));
        expect(notTime.filter(d => d.rule === rule)).toEqual([]);
        expect(await check(spec('promise Fast <= 5'))).toEqual([]);
    });

    test('a >= promise is broken by a shorter lead time', async () => {
        const found = await check(spec('promise Thorough >= 30 min'));
        expect(found).toHaveLength(1);
        expect(found[0].message).toContain("Promise 'Thorough' (≥ 30 min)");
    });

    test('gives a Chinese message with the same figures', async () => {
        const text = `service 邮政 {
  actor 营业员 "营业员" frontstage
  process 寄件 {
    step 排队 by 营业员 { wait 10 min next 收寄 }
    step 收寄 by 营业员 { duration 15 min next end }
  }
  promise 二十分钟 "20分钟办结" <= 20 min
}
`;
        const found = await diagnoseRule(rule, text, 'zh-CN');
        expect(found).toHaveLength(1);
        expect(found[0].line).toBe(lineOf(text, 'promise 二十分钟'));
        expect(found[0].message).toBe('承诺“二十分钟”（≤ 20 min）比流程“寄件”的总时长（25 min）更严格：服务无法兑现对顾客的承诺（差距 4）。');
    });
});

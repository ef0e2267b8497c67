import { describe, expect, test } from 'vitest';
import type { Locale } from '#protocol/locale.js';
import { diagnoseCleanly, diagnoseRule, lineOf } from '../../../../test/helpers/diagnose.js';

const rule = 'step-exceeds-standard';

const check = (specs: string | Record<string, string>, locale?: Locale) => diagnoseCleanly(rule, specs, locale);

/** One step `Serve` with the given properties; standards `WaitStd` (bounds wait) and `TimeStd` (bounds duration). */
function spec(waitTarget: string, durationTarget: string, stepBody: string, extraStandards = ''): string {
    return `service Clinic {
  actor Nurse "护士" frontstage
  standard WaitStd "等候" {
    bounds wait
    target ${waitTarget}
  }
  standard TimeStd "时长" {
    bounds duration
    target ${durationTarget}
  }
${extraStandards}
  process Main {
    step Serve by Nurse {
${stepBody}
      next end
    }
  }
}
`;
}

describe('step-exceeds-standard', () => {
    test('fires on the wait property when the wait is worse than a wait standard', async () => {
        const text = spec('<= 15 min', '<= 10 min', `      wait 20 min
      standard WaitStd, TimeStd`);
        const found = await check(text);
        expect(found).toHaveLength(1);
        expect(found[0].line).toBe(lineOf(text, 'wait 20 min'));
        expect(found[0].severity).toBe('warning');
        expect(found[0].message).toBe("Wait 20 min of step 'Serve' does not meet 'WaitStd' (≤ 15 min).");
    });

    test('fires on the duration property, and separately for wait and duration', async () => {
        const text = spec('<= 15 min', '<= 10 min', `      wait 20 min
      duration 12 min
      standard WaitStd, TimeStd`);
        const found = await check(text);
        expect(found).toHaveLength(2);
        expect(found.map(d => d.line)).toEqual([lineOf(text, 'wait 20 min'), lineOf(text, 'duration 12 min')]);
        expect(found[1].message).toBe("Duration 12 min of step 'Serve' does not meet 'TimeStd' (≤ 10 min).");
    });

    test('does not fire when wait and duration meet their standards', async () => {
        expect(await check(spec('<= 15 min', '<= 10 min', `      wait 10 min
      duration 5 min
      standard WaitStd, TimeStd`))).toEqual([]);
    });

    test('a value equal to a <= target satisfies it; < does not', async () => {
        const body = `      wait 15 min
      standard WaitStd`;
        expect(await check(spec('<= 15 min', '<= 10 min', body))).toEqual([]);
        const found = await check(spec('< 15 min', '<= 10 min', body));
        expect(found).toHaveLength(1);
        expect(found[0].message).toBe("Wait 15 min of step 'Serve' does not meet 'WaitStd' (< 15 min).");
    });

    test('a >= target (a minimum) is breached by a shorter duration; equal satisfies it', async () => {
        const body = `      duration 5 min
      standard TimeStd`;
        const found = await check(spec('<= 15 min', '>= 10 min', body));
        expect(found).toHaveLength(1);
        expect(found[0].message).toBe("Duration 5 min of step 'Serve' does not meet 'TimeStd' (≥ 10 min).");
        expect(await check(spec('<= 15 min', '>= 5 min', body))).toEqual([]);
    });

    test('converts units: a standard in h against a wait in min, seconds against minutes', async () => {
        expect(await check(spec('<= 1 h', '<= 10 min', `      wait 60 min
      standard WaitStd`))).toEqual([]);
        const hour = await check(spec('<= 0.5 h', '<= 10 min', `      wait 45 min
      standard WaitStd`));
        expect(hour).toHaveLength(1);
        expect(hour[0].message).toBe("Wait 45 min of step 'Serve' does not meet 'WaitStd' (≤ 0.5 h).");
        const seconds = await check(spec('<= 15 min', '<= 30 s', `      duration 45 s
      standard TimeStd`));
        expect(seconds).toHaveLength(1);
        expect(seconds[0].message).toBe("Duration 45 s of step 'Serve' does not meet 'TimeStd' (≤ 30 s).");
        expect(await check(spec('<= 15 min', '<= 0.75 min', `      duration 45 s
      standard TimeStd`))).toEqual([]);
        expect(await check(spec('<= 1 d', '<= 10 min', `      wait 24 h
      standard WaitStd`))).toEqual([]);
    });

    test('the wait or duration reads as written in the spec, as its hover and the blueprint show it', async () => {
        const found = await check(spec('<= 60 min', '<= 1 min', `      wait 1.5 h
      duration 1.25 min
      standard WaitStd, TimeStd`));
        expect(found.map(d => d.message)).toEqual([
            "Wait 1.5 h of step 'Serve' does not meet 'WaitStd' (≤ 60 min).",
            "Duration 1.25 min of step 'Serve' does not meet 'TimeStd' (≤ 1 min)."
        ]);
    });

    test('a standard bounds only what its bounds names', async () => {
        // TimeStd bounds duration: it does not judge the wait, and WaitStd does not judge the duration.
        expect(await check(spec('<= 1 min', '<= 1 min', `      wait 30 min
      standard TimeStd`))).toEqual([]);
        expect(await check(spec('<= 1 min', '<= 1 min', `      duration 30 min
      standard WaitStd`))).toEqual([]);
        // A standard without bounds judges neither.
        const unbounded = spec('<= 1 min', '<= 1 min', `      wait 30 min
      duration 30 min
      standard Loose`, '  standard Loose "无界" { target <= 1 min }');
        expect(await check(unbounded)).toEqual([]);
    });

    test('ignores targets without a time unit', async () => {
        expect(await check(spec('<= 5', '<= 95 %', `      wait 30 min
      duration 30 min
      standard WaitStd, TimeStd`))).toEqual([]);
    });

    test('names every breached standard in one diagnostic, and only those', async () => {
        const text = spec('<= 15 min', '<= 10 min', `      wait 20 min
      standard WaitStd, Wait10, WaitLoose`, `  standard Wait10 "十分钟" { bounds wait target <= 10 min }
  standard WaitLoose "半小时" { bounds wait target <= 30 min }`);
        const found = await check(text);
        expect(found).toHaveLength(1);
        expect(found[0].line).toBe(lineOf(text, 'wait 20 min'));
        expect(found[0].message).toBe("Wait 20 min of step 'Serve' does not meet 'WaitStd' (≤ 15 min) and 'Wait10' (≤ 10 min).");
    });

    test('uses a top-level standard declared in another file', async () => {
        const library = `standard 候诊上限 "候诊不超过30分钟" {
  bounds wait
  target <= 30 min
}
`;
        const service = `service 门诊 {
  actor 护士 "护士" frontstage
  process 就诊 {
    step 候诊 by 护士 {
      wait 45 min
      standard 候诊上限
      next end
    }
  }
}
`;
        const found = await check({ 'library.svc': library, 'service.svc': service });
        expect(found).toHaveLength(1);
        expect(found[0].file).toBe('service.svc');
        expect(found[0].line).toBe(lineOf(service, 'wait 45 min'));
        expect(found[0].message).toBe("Wait 45 min of step '候诊' does not meet '候诊上限' (≤ 30 min).");
    });

    test('gives a Chinese message with the same figures', async () => {
        const text = `service 门诊 {
  actor 护士 "护士" frontstage
  standard 候诊上限 "候诊不超过30分钟" { bounds wait target <= 30 min }
  standard 问诊时长 "问诊不超过10分钟" { bounds duration target <= 10 min }
  process 就诊 {
    step 候诊 by 护士 {
      wait 45 min
      duration 12 min
      standard 候诊上限, 问诊时长
      next end
    }
  }
}
`;
        const found = await diagnoseRule(rule, text, 'zh-CN');
        expect(found).toHaveLength(2);
        expect(found[0].line).toBe(lineOf(text, 'wait 45 min'));
        expect(found[0].message).toBe('步骤“候诊”的等候时间 45 min 未达到服务标准“候诊上限” (≤ 30 min)。');
        expect(found[1].line).toBe(lineOf(text, 'duration 12 min'));
        expect(found[1].message).toBe('步骤“候诊”的办理时长 12 min 未达到服务标准“问诊时长” (≤ 10 min)。');
    });
});

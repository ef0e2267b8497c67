import { describe, expect, test } from 'vitest';
import type { Locale } from '#protocol/locale.js';
import { diagnoseCleanly, diagnoseRule, lineOf } from '../../../../test/helpers/diagnose.js';

const rule = 'moment-unmeasured';

const check = (specs: string | Record<string, string>, locale?: Locale) => diagnoseCleanly(rule, specs, locale);

/** Standards `Measured` (measured by KPI `Rate`) and `Unmeasured`; step `Verify` with `stepBody`. */
function spec(stepBody: string): string {
    return `service Bank {
  actor Teller "柜员" frontstage
  standard Measured "核验准确" { target >= 99 % }
  standard Unmeasured "核验及时" { target <= 5 min }
  kpi Rate "准确率" { measures Measured }
  process Main {
    step Verify by Teller {
${stepBody}
      next end
    }
  }
}
`;
}

describe('moment-unmeasured', () => {
    test('fires on the moment property of a moment step without any standard', async () => {
        const text = spec(`      duration 4 min
      moment`);
        const found = await check(text);
        expect(found).toHaveLength(1);
        expect(found[0].line).toBe(lineOf(text, 'moment'));
        expect(found[0].severity).toBe('warning');
        expect(found[0].message).toBe("Step 'Verify' is a moment of truth, but none of its standards is measured by a KPI.");
    });

    test('fires when none of its standards is measured by a KPI', async () => {
        const text = spec(`      moment
      standard Unmeasured`);
        const found = await check(text);
        expect(found).toHaveLength(1);
        expect(found[0].line).toBe(lineOf(text, 'moment'));
    });

    test('does not fire when one of its standards is measured', async () => {
        expect(await check(spec(`      moment
      standard Unmeasured, Measured`))).toEqual([]);
    });

    test('only a KPI measures: an improvement addressing the standard, or a step using it, does not', async () => {
        const text = `service Bank {
  actor Teller "柜员" frontstage
  standard Timely "核验及时" { target <= 5 min }
  kpi Other { }
  improvement Faster { addresses Timely, Other }
  process Main {
    step Verify by Teller {
      moment
      standard Timely
      next Check
    }
    step Check by Teller { standard Timely next end }
  }
}
`;
        const found = await check(text);
        expect(found).toHaveLength(1);
        expect(found[0].line).toBe(lineOf(text, 'moment'));
    });

    test('does not fire on a step that is not a moment of truth', async () => {
        expect(await check(spec('      standard Unmeasured'))).toEqual([]);
    });

    test('a KPI in another file measuring a top-level standard counts', async () => {
        const library = `standard 核验准确 "核验零差错" { target >= 99.9 % }
standard 无人衡量 "无人衡量" { target >= 90 % }
`;
        const kpis = `kpi 准确率 "核验准确率" { measures 无关, 核验准确 }
standard 无关 { target >= 1 % }
`;
        const service = `service 开户 {
  actor 柜员 "柜员" frontstage
  process 主流程 {
    step 核验 by 柜员 {
      moment
      standard 核验准确
      next 复核
    }
    step 复核 by 柜员 {
      moment
      standard 无人衡量
      next end
    }
  }
}
`;
        const found = await check({ 'library.svc': library, 'kpis.svc': kpis, 'service.svc': service });
        expect(found).toHaveLength(1);
        expect(found[0].file).toBe('service.svc');
        expect(found[0].line).toBe(lineOf(service, 'standard 无人衡量') - 1);
        expect(found[0].message).toContain("'复核'");
    });

    test("a KPI in another file measuring a service's standard by its qualified name counts", async () => {
        const service = `service Bank {
  actor Teller "柜员" frontstage
  standard Accurate "核验准确" { target >= 99 % }
  process Main {
    step Verify by Teller { moment standard Accurate next end }
  }
}
`;
        const kpis = `kpi Accuracy { measures Bank.Accurate }
`;
        expect(await check({ 'service.svc': service, 'kpis.svc': kpis })).toEqual([]);
        const found = await check({ 'service.svc': service });
        expect(found).toHaveLength(1);
        expect(found[0].line).toBe(lineOf(service, 'step Verify'));
    });

    test('gives a Chinese message', async () => {
        const text = `service 开户 {
  actor 柜员 "柜员" frontstage
  process 主流程 {
    step 核验 by 柜员 {
      moment
      next end
    }
  }
}
`;
        const found = await diagnoseRule(rule, text, 'zh-CN');
        expect(found).toHaveLength(1);
        expect(found[0].line).toBe(lineOf(text, 'moment'));
        expect(found[0].message).toBe('步骤“核验”是关键时刻，但它的服务标准都没有 KPI 衡量。');
    });
});

import { describe, expect, test } from 'vitest';
import type { Locale } from '#protocol/locale.js';
import { diagnose, diagnoseCleanly, diagnoseRule, lineOf } from '../../../../test/helpers/diagnose.js';

const rule = 'stage-without-customer-action';

const check = (specs: string | Record<string, string>, locale?: Locale) => diagnoseCleanly(rule, specs, locale);

function spec(stages: string): string {
    return `service Hotel {
  actor Guest "宾客" customer
  actor FrontDesk "前台" frontstage
  actor Housekeeping "客房部" backstage
  system PMS "酒店管理系统" support
  system Kiosk "自助机" frontstage
  system GuestApp "宾客App" customer
  process Stay {
${stages}
  }
}
`;
}

describe('stage-without-customer-action', () => {
    test('fires on the name of a stage with frontstage, backstage and support steps only', async () => {
        const text = spec(`    stage Prepare "准备" {
      step Clean by Housekeeping { next Assign }
      step Assign by PMS { next Greet }
      step Greet by FrontDesk { next UseKiosk }
      step UseKiosk by Kiosk { next end }
    }`);
        const found = await check(text);
        expect(found).toHaveLength(1);
        expect(found[0].line).toBe(lineOf(text, 'stage Prepare'));
        expect(found[0].severity).toBe('warning');
        expect(found[0].message).toBe("Stage 'Prepare' holds no customer step; a blueprint stage is a phase of the customer's journey, so show what the customer does in it.");
    });

    test('does not fire on a stage with a customer step (an actor or a system in lane customer)', async () => {
        expect(await check(spec(`    stage Arrive {
      step Greet by FrontDesk { next Enter }
      step Enter by Guest { next end }
    }`))).toEqual([]);
        expect(await check(spec(`    stage Book {
      step Reserve by GuestApp { next Confirm }
      step Confirm by PMS { next end }
    }`))).toEqual([]);
    });

    test('fires on each stage without a customer step, and on an empty stage', async () => {
        const text = spec(`    stage Arrive {
      step Enter by Guest { next Clean }
    }
    stage Back {
      step Clean by Housekeeping { next end }
    }
    stage Empty { }`);
        const found = await check(text);
        expect(found.map(d => d.line)).toEqual([lineOf(text, 'stage Back'), lineOf(text, 'stage Empty')]);
    });

    test('steps outside any stage are not judged', async () => {
        expect(await check(spec(`    step Clean by Housekeeping { next end }`))).toEqual([]);
    });

    test('stays silent when a step of the stage has no lane: no performer', async () => {
        expect(await check(spec(`    stage Prepare {
      step Clean by Housekeeping { next Unknown }
      step Unknown { next end }
    }`))).toEqual([]);
    });

    test('stays silent when a performer does not resolve', async () => {
        const text = spec(`    stage Prepare {
      step Clean by Housekeeping { next Ghost }
      step Ghost by Nobody { next end }
    }`);
        const all = await diagnose(text);
        expect(all.filter(d => d.rule === 'unresolved-reference')).toHaveLength(1);
        expect(all.filter(d => d.rule === rule)).toEqual([]);
    });

    test('a customer actor declared top-level in another file counts', async () => {
        const library = `actor 宾客 "宾客" customer
actor 客房部 "客房部" backstage
`;
        const service = `service 酒店 {
  process 入住 {
    stage 到店 {
      step 办理入住 by 宾客 { next 打扫 }
    }
    stage 后台 {
      step 打扫 by 客房部 { next end }
    }
  }
}
`;
        const found = await check({ 'library.svc': library, 'service.svc': service });
        expect(found).toHaveLength(1);
        expect(found[0].file).toBe('service.svc');
        expect(found[0].line).toBe(lineOf(service, 'stage 后台'));
        expect(found[0].message).toContain("'后台'");
    });

    test('gives a Chinese message', async () => {
        const text = `service 酒店 {
  actor 客房部 "客房部" backstage
  process 入住 {
    stage 准备 {
      step 打扫 by 客房部 { next end }
    }
  }
}
`;
        const found = await diagnoseRule(rule, text, 'zh-CN');
        expect(found).toHaveLength(1);
        expect(found[0].line).toBe(lineOf(text, 'stage 准备'));
        expect(found[0].message).toBe('阶段“准备”中没有顾客步骤；服务蓝图的阶段是顾客旅程的一段，请写出顾客在此阶段做什么。');
    });
});

import { describe, expect, test } from 'vitest';
import { applyFix, expectFixedWithoutNewDiagnostics, expectSound, offeredFixes, titles } from '../../../../test/helpers/quick-fix-kit.js';

const rule = 'stage-without-customer-action';

describe('quick fix for stage-without-customer-action', () => {
    const spec = `
service Bank {
  actor Guest "Guest" customer
  actor Teller "Teller" frontstage
  actor Reviewer "Back office" backstage
  standard Right "Right first time" {
    dimension reliability
    kind hard
    target >= 99 %
    method audit
    frequency monthly
    owner Teller
  }
  kpi RightRate "Right first time rate" {
    measures Right
    formula "ok / all"
    unit %
    direction higher
    target 99
    period monthly
    source "audit"
    owner Teller
  }
  feedback Pad "Rating pad" {
    channel counter
    feeds RightRate
  }
  process Open {
    stage Arrive {
      step Take by Guest {
        evidence "ticket"
        next Greet
      }
    }
    stage Handle {
      step Greet by Teller {
        standard Right
        next Review
      }
      step Review by Reviewer {
        next Give
      }
      step Give by Teller {
        standard Right
        next end
      }
    }
  }
}
`;

    test('adds a customer step after a frontstage step of the stage that goes to no other step (preferred), in block style', async () => {
        const offer = await offeredFixes(spec, { rule });
        expect(titles(offer)).toEqual(["Add a customer step to stage 'Handle'", "Disable 'stage-without-customer-action' for this line"]);
        expect(offer.actions[0].isPreferred).toBe(true);
        const applied = await applyFix(offer, "Add a customer step to stage 'Handle'");
        expect(applied.text).toContain(`      step Give by Teller {
        standard Right
        next Customer_Handle
      }
      step Customer_Handle "…" by Guest {
        evidence "…"
        next end
      }
    }`);
        expectSound(applied);
        await expectFixedWithoutNewDiagnostics(offer, applied, rule);
    });

    test('before a frontstage step when after it the flow goes backstage: the new step takes over the way in', async () => {
        const noGive = spec.replace('        next Give\n', '        next end\n').replace(/ {6}step Give[^]*?\n {6}\}\n/, '')
            .replace('        evidence "ticket"\n        next Greet\n      }\n', '        evidence "ticket"\n        next Welcome\n      }\n      step Welcome by Teller {\n        standard Right\n        next Greet\n      }\n');
        const offer = await offeredFixes(noGive, { rule });
        const applied = await applyFix(offer, "Add a customer step to stage 'Handle'");
        expect(applied.text).toContain(`      step Welcome by Teller {
        standard Right
        next Customer_Handle
      }
    }
    stage Handle {
      step Customer_Handle "…" by Guest {
        evidence "…"
        next Greet
      }
      step Greet by Teller {`);
        expectSound(applied);
        await expectFixedWithoutNewDiagnostics(offer, applied, rule);
    });

    test('not where a customer step would take the place of the frontstage step that served another customer step', async () => {
        const served = spec.replace('        next Give\n', '        next end\n').replace(/ {6}step Give[^]*?\n {6}\}\n/, '');
        expect(titles(await offeredFixes(served, { rule }))).toEqual(["Disable 'stage-without-customer-action' for this line"]);
    });

    test('a one-line file of Chinese names gets a one-line step with a Chinese name (en and zh-CN titles)', async () => {
        const chinese = `
service 开户 "个人开户" {
  actor 客户 "客户" customer
  actor 柜员 "柜员" frontstage
  actor 复核岗 "复核岗" backstage
  standard 一次办对 "一次办对" { dimension reliability kind hard target >= 99 % method audit frequency monthly owner 柜员 }
  kpi 办对率 "一次办对率" { measures 一次办对 formula "ok/all" unit % direction higher target 99 period monthly source "系统" owner 柜员 }
  feedback 评价器 "柜台评价器" { channel counter feeds 办对率 }
  process 主流程 "开户" {
    stage 到店 "到店" { step 取号 "取号" by 客户 { evidence "号票" next 核验 } }
    stage 办理 "办理" {
      step 核验 "核验证件" by 柜员 { standard 一次办对 next 复核 }
      step 复核 "复核" by 复核岗 { next 交付 }
      step 交付 "交付" by 柜员 { standard 一次办对 next end }
    }
  }
}
`;
        expect(titles(await offeredFixes(chinese, { rule }))[0]).toBe("Add a customer step to stage '办理'");
        const offer = await offeredFixes(chinese, { rule, locale: 'zh-CN' });
        expect(titles(offer)[0]).toBe('在阶段“办理”中添加顾客步骤');
        const applied = await applyFix(offer, '在阶段“办理”中添加顾客步骤');
        expect(applied.text).toContain(`      step 交付 "交付" by 柜员 { standard 一次办对 next 顾客办理 }
      step 顾客办理 "…" by 客户 { evidence "…" next end }
    }`);
        expectSound(applied);
        await expectFixedWithoutNewDiagnostics(offer, applied, rule);
    });

    test('without a customer actor, one is declared among the actors', async () => {
        const noCustomer = `
service Desk {
  actor Clerk "Clerk" frontstage
  standard Polite {
    dimension empathy
    kind soft
    target >= 4.5 score
    method survey
    frequency monthly
    owner Clerk
  }
  kpi PoliteScore {
    measures Polite
    formula "avg(score)"
    unit score
    direction higher
    target 4.5
    period monthly
    source "survey"
    owner Clerk
  }
  process Help {
    stage Answer {
      step Reply by Clerk {
        standard Polite
        next end
      }
    }
  }
}
`;
        const offer = await offeredFixes(noCustomer, { rule });
        const applied = await applyFix(offer, "Add a customer step to stage 'Answer'");
        expect(applied.text).toContain('  actor Clerk "Clerk" frontstage\n  actor Customer "Customer" customer\n');
        expect(applied.text).toContain('      step Customer_Answer "…" by Customer {\n        evidence "…"\n        next end\n      }\n');
        expectSound(applied);
        await expectFixedWithoutNewDiagnostics(offer, applied, rule);
    });

    test('no fix where no frontstage step of the stage could serve a customer step without crossing the line of visibility', async () => {
        const hidden = spec.replace(/ {6}step Greet[^]*?\n {6}\}\n/, '').replace('next Greet', 'next Review')
            .replace(/ {6}step Give[^]*?\n {6}\}\n/, '').replace('next Give', 'next end');
        expect(titles(await offeredFixes(hidden, { rule }))).toEqual(["Disable 'stage-without-customer-action' for this line"]);
    });
});

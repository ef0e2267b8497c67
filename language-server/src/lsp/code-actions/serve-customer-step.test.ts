import { describe, expect, test } from 'vitest';
import { applyFix, expectFixedWithoutNewDiagnostics, expectSound, offeredFixes, remainingRules, titles } from '../../../../test/helpers/quick-fix-kit.js';

const rule = 'customer-step-unserved';

describe('quick fix for customer-step-unserved', () => {
    const spec = `
service Clinic {
  actor Patient "Patient" customer
  actor Nurse "Nurse" frontstage
  system Records "Records" support
  standard Polite "Polite words" {
    dimension empathy
    kind soft
    target >= 4.5 score
    method survey
    frequency monthly
    owner Nurse
  }
  kpi PoliteScore "Politeness score" {
    measures Polite
    formula "avg(score)"
    unit score
    direction higher
    target 4.6
    period monthly
    source "survey"
    owner Nurse
  }
  feedback Pad "Rating pad" {
    channel counter
    feeds PoliteScore
  }
  process Visit {
    step Triage by Nurse {
      standard Polite
      next Print
    }
    step Print by Records {
      next Collect
    }
    step Collect by Patient {
      evidence "report"
      next end
    }
  }
}
`;

    test('behind a support step, the frontstage step goes before the customer step (preferred) and also ends the crossing', async () => {
        const offer = await offeredFixes(spec, { rule });
        expect(titles(offer)).toEqual([
            "Insert a frontstage step before 'Collect' to serve it", "Insert a frontstage step after 'Collect' to serve it",
            "Disable 'customer-step-unserved' for this line"
        ]);
        expect(offer.actions.map(action => action.isPreferred ?? false)).toEqual([true, false, false]);
        const applied = await applyFix(offer, "Insert a frontstage step before 'Collect' to serve it");
        expect(applied.text).toContain(`    step Print by Records {
      next Serve_Collect
    }
    step Serve_Collect "…" by Nurse {
      standard Polite
      next Collect
    }
    step Collect by Patient {`);
        expectSound(applied);
        expect(remainingRules(applied)).not.toContain('backstage-visible');
        await expectFixedWithoutNewDiagnostics(offer, applied, rule);
    });

    test('or after it, going where the customer step went', async () => {
        const offer = await offeredFixes(spec, { rule });
        const applied = await applyFix(offer, "Insert a frontstage step after 'Collect' to serve it");
        expect(applied.text).toContain(`    step Collect by Patient {
      evidence "report"
      next Serve_Collect
    }
    step Serve_Collect "…" by Nurse {
      standard Polite
      next end
    }
  }`);
        expectSound(applied);
        await expectFixedWithoutNewDiagnostics(offer, applied, rule);
    });

    test('a customer step that starts the process is served after it; one-line file, Chinese names (en and zh-CN titles)', async () => {
        const chinese = `
service 开户 "个人开户" {
  actor 客户 "客户" customer
  actor 柜员 "柜员" frontstage
  standard 一次办对 "一次办对" { dimension reliability kind hard target >= 99 % method audit frequency monthly owner 柜员 }
  kpi 办对率 "一次办对率" { measures 一次办对 formula "ok/all" unit % direction higher target 99 period monthly source "系统" owner 柜员 }
  feedback 评价器 "柜台评价器" { channel counter feeds 办对率 }
  process 主流程 "开户" {
    stage 到店 "到店" {
      step 取号 "取号" by 客户 { evidence "号票" next 填表 when "新客户" }
      step 填表 "填写申请表" by 客户 { evidence "申请表" next 核验 }
      step 核验 "核验证件" by 柜员 { standard 一次办对 next end }
    }
  }
}
`;
        expect(titles(await offeredFixes(chinese, { rule }))[0]).toBe("Insert a frontstage step after '取号' to serve it");
        const offer = await offeredFixes(chinese, { rule, locale: 'zh-CN' });
        expect(titles(offer)).toEqual(['在“取号”之后插入接待它的前台步骤', '在此行禁用“customer-step-unserved”']);
        const applied = await applyFix(offer, '在“取号”之后插入接待它的前台步骤');
        expect(applied.text).toContain(`      step 取号 "取号" by 客户 { evidence "号票" next 接待取号 }
      step 接待取号 "…" by 柜员 { standard 一次办对 next 填表 when "新客户" }
      step 填表`);
        expectSound(applied);
        await expectFixedWithoutNewDiagnostics(offer, applied, rule);
    });

    test('without frontstage staff or standards: a frontstage actor, and a standard with the KPI that measures it', async () => {
        const bare = `
service Shop {
  owner Boss
  actor Buyer "Buyer" customer
  actor Boss "Boss" backstage
  feedback Pad "Rating pad" {
    channel web
  }
  process Buy {
    step Browse by Buyer {
      evidence "shelf"
      next end
    }
  }
}
`;
        const offer = await offeredFixes(bare, { rule });
        const applied = await applyFix(offer, "Insert a frontstage step after 'Browse' to serve it");
        expect(applied.text).toContain('  actor Boss "Boss" backstage\n  actor Staff "Front-line staff" frontstage\n');
        expect(applied.text).toContain('  standard S_Serve_Browse "Standard for Serve_Browse" {\n    dimension reliability\n');
        expect(applied.text).toContain('  kpi K_S_Serve_Browse "Standard for Serve_Browse KPI" {\n    measures S_Serve_Browse\n');
        expect(applied.text).toContain('    step Serve_Browse "…" by Staff {\n      standard S_Serve_Browse\n      next end\n    }\n');
        expectSound(applied);
        await expectFixedWithoutNewDiagnostics(offer, applied, rule);
    });
});

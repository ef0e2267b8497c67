import { describe, expect, test } from 'vitest';
import { diagnose } from '../../../../test/helpers/diagnose.js';
import { applyFix, expectSound, offeredFixes, remainingRules, titles } from '../../../../test/helpers/quick-fix-kit.js';

const rule = 'servqual-coverage';

describe('quick fix for servqual-coverage', () => {
    const spec = `
service Bank {
  owner Manager
  actor Manager "网点负责人" backstage
  standard Fast {
    dimension responsiveness
    kind hard
    target <= 15 min
    method system-log
    frequency monthly
    owner Manager
  }
  standard Right {
    dimension reliability
    kind hard
    target >= 99 %
    method audit
    frequency monthly
    owner Manager
  }
  process Main {
    step Only { next end }
  }
}
`;

    test('adds standards and their KPIs for all missing dimensions at once (preferred), complete, titled and among the standards', async () => {
        const offer = await offeredFixes(spec, { rule });
        expect(titles(offer)).toEqual([
            'Add standards and their KPIs for all 3 missing SERVQUAL dimensions',
            "Add a standard and its KPI for SERVQUAL dimension 'assurance'",
            "Add a standard and its KPI for SERVQUAL dimension 'empathy'",
            "Add a standard and its KPI for SERVQUAL dimension 'tangibles'",
            "Disable 'servqual-coverage' for this line"
        ]);
        expect(offer.actions.map(action => action.isPreferred ?? false)).toEqual([true, false, false, false, false]);
        const applied = await applyFix(offer, 'Add standards and their KPIs for all 3 missing SERVQUAL dimensions');
        // The file's one title is Chinese: the new titles are the dimensions' Chinese names.
        expect(applied.text).toContain(`    target >= 99 %
    method audit
    frequency monthly
    owner Manager
  }
  standard S_Assurance "保证性" {
    dimension assurance
    kind soft
    target >= 4.5 score
    method survey
    frequency monthly
    owner Manager
  }
  standard S_Empathy "移情性" {`);
        expect(applied.text).toContain('  standard S_Tangibles "有形性" {\n    dimension tangibles\n    kind hard\n    target >= 95 %\n    method audit\n');
        expect(applied.text).toContain(`    owner Manager
  }
  kpi K_S_Assurance "保证性指标" {
    measures S_Assurance
    formula "…"
    unit score
    direction higher
    target 4.5
    period monthly
    source "…"
    owner Manager
  }
  kpi K_S_Empathy "移情性指标" {`);
        expectSound(applied);
        for (const gone of [rule, 'standard-incomplete', 'soft-standard-log-measured', 'kpi-incomplete']) expect(remainingRules(applied)).not.toContain(gone);
        expect(remainingRules(applied)).toEqual((await diagnose({ 'spec.svc': spec })).map(diagnostic => diagnostic.rule).filter(found => found !== rule));
    });

    test('one dimension at a time narrows the diagnostic; the name avoids existing ones', async () => {
        const taken = spec.replace('  process Main {', '  kpi S_Empathy {\n    measures Fast\n  }\n  process Main {');
        const applied = await applyFix(await offeredFixes(taken, { rule }), "Add a standard and its KPI for SERVQUAL dimension 'empathy'");
        expect(applied.text).toContain('  standard S_Empathy2 "移情性" {\n    dimension empathy\n');
        expect(applied.text).toContain('  kpi K_S_Empathy2 "移情性指标" {\n    measures S_Empathy2\n');
        expectSound(applied);
        expect(applied.diagnostics.find(diagnostic => diagnostic.rule === rule)?.message)
            .toBe("Service 'Bank' has no standard for the SERVQUAL dimensions assurance and tangibles.");
    });

    test('a service with nothing but a process: the standards go before it; the last missing dimension is preferred', async () => {
        const bare = `
service Desk {
  // The counter
  /** 前台流程 */
  process P {
    step A { next end }
  }
}
`;
        const offer = await offeredFixes(bare, { rule });
        expect(titles(offer)[0]).toBe('Add standards and their KPIs for all 5 missing SERVQUAL dimensions');
        const applied = await applyFix(offer, titles(offer)[0]);
        // One one-line block against none written open: the file's style is one line per element.
        expect(applied.text).toMatch(/^\nservice Desk \{\n {2}standard S_Reliability "Reliability" \{ dimension reliability kind hard target >= 98 % method audit frequency monthly \}\n/);
        expect(applied.text).toContain('  kpi K_S_Tangibles "Tangibles KPI" { measures S_Tangibles formula "…" unit % direction higher target 95 period monthly source "…" }\n  // The counter\n  /** 前台流程 */\n  process P {');
        expect(remainingRules(applied)).not.toContain(rule);
        const one = spec.replace('dimension reliability', 'dimension assurance').replace('  process Main {', '  standard Nice {\n    dimension empathy\n  }\n  standard Clean {\n    dimension tangibles\n  }\n  process Main {');
        const last = await offeredFixes(one, { rule });
        expect(last.actions.filter(action => action.isPreferred).map(action => action.title)).toEqual(["Add a standard and its KPI for SERVQUAL dimension 'reliability'"]);
    });

    test('Chinese titles', async () => {
        expect(titles(await offeredFixes(spec, { rule, locale: 'zh-CN' })).slice(0, 2))
            .toEqual(['为缺少的全部 3 个 SERVQUAL 维度添加服务标准及其 KPI', '为 SERVQUAL 维度“assurance”添加服务标准及其 KPI']);
    });

    test('in a one-line file of Chinese names: one-line standards and KPIs with Chinese names and titles, and no new diagnostic', async () => {
        const chinese = `
service 开户 "个人开户" {
  owner 网点负责人
  actor 客户 "客户" customer
  actor 柜员 "柜员" frontstage
  actor 网点负责人 "网点负责人" backstage
  standard 快速办理 "十五分钟办结" { dimension responsiveness kind hard target <= 15 min method system-log frequency monthly owner 网点负责人 }
  standard 一次办对 "一次办对" { dimension reliability kind hard target >= 99 % method audit frequency monthly owner 网点负责人 }
  kpi 办结时长 "平均办结时长" { measures 快速办理 formula "avg(t)" unit min direction lower target 12 period monthly source "系统" owner 网点负责人 }
  process 主流程 "开户" {
    step 递交 "递交证件" by 客户 { evidence "申请表" next 核验 }
    step 核验 "核验证件" by 柜员 { standard 快速办理, 一次办对 next end }
  }
  feedback 评价器 "柜台评价器" { channel counter feeds 办结时长 }
}
`;
        const before = (await diagnose({ 'spec.svc': chinese })).map(diagnostic => diagnostic.rule);
        expect(before).toEqual(expect.arrayContaining([rule, 'standard-unmeasured']));
        for (const locale of ['en', 'zh-CN'] as const) {
            const offer = await offeredFixes(chinese, { rule, locale });
            const applied = await applyFix(offer, titles(offer)[0]);
            expect(applied.text).toContain(`  kpi 办结时长 "平均办结时长" { measures 快速办理 formula "avg(t)" unit min direction lower target 12 period monthly source "系统" owner 网点负责人 }
  kpi 保证性标准指标 "保证性指标" { measures 保证性标准 formula "…" unit score direction higher target 4.5 period monthly source "…" owner 网点负责人 }
  kpi 移情性标准指标 "移情性指标" { measures 移情性标准 formula "…" unit score direction higher target 4.5 period monthly source "…" owner 网点负责人 }
  kpi 有形性标准指标 "有形性指标" { measures 有形性标准 formula "…" unit % direction higher target 95 period monthly source "…" owner 网点负责人 }
  process 主流程 "开户" {`);
            expect(applied.text).toContain(`owner 网点负责人 }
  standard 保证性标准 "保证性" { dimension assurance kind soft target >= 4.5 score method survey frequency monthly owner 网点负责人 }
  standard 移情性标准 "移情性" {`);
            expectSound(applied);
            expect(remainingRules(applied)).toEqual(before.filter(found => found !== rule));
        }
    });
});

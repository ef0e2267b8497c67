import { describe, expect, test } from 'vitest';
import { locales, type Locale } from '#protocol/locale.js';
import { formatMinutes, formatPercent } from '../model/format-quantity.js';
import { htmlReport, markdownReport } from './index.js';
import { reportLabels } from './report-labels.js';
import { exampleModels, fixedDate, htmlRows, htmlSection, markdownRows, markdownSection, markdownTables, type ExampleModel } from '../../../test/helpers/report-kit.js';

const examples = await exampleModels();
const sectionIds = ['summary', 'blueprint', 'standards', 'kpis', 'performance', 'capacity', 'lead-time', 'promises', 'feedback', 'improvements', 'diagnostics'];
const headingKeys = ['summary', 'blueprint', 'standards', 'kpis', 'performance', 'capacity', 'leadTime', 'promises', 'feedback', 'improvements', 'diagnostics'] as const;
/** Examples with measured data: their own data files (telecom) or standards measured through library KPIs (hospitality). */
const measuredExamples = ['hospitality/room-service.svc', 'telecom/broadband-installation.svc'];

function reports(model: ExampleModel, locale: Locale) {
    const input = { document: model.document, service: model.service, locale, generatedAt: fixedDate };
    return { markdown: markdownReport(input), html: htmlReport(input), labels: reportLabels[locale] };
}

/** M/M/c mean wait from the textbook sums (not the recurrence the model uses): Wq = C(c, a) / (c·μ − λ). */
function erlangWaitByHand(arrivalsPerMinute: number, serviceMinutes: number, servers: number): number {
    const load = arrivalsPerMinute * serviceMinutes;
    const factorial = (n: number) => Array.from({ length: n }, (_, i) => i + 1).reduce((product, k) => product * k, 1);
    const queued = load ** servers / (factorial(servers) * (1 - load / servers));
    const idle = Array.from({ length: servers }, (_, k) => load ** k / factorial(k)).reduce((sum, term) => sum + term, 0) + queued;
    return (queued / idle) / (servers / serviceMinutes - arrivalsPerMinute);
}

const perMinute: Record<string, number> = { s: 60, min: 1, h: 1 / 60, d: 1 / (24 * 60) };

test('every example is found, the two hospitality files as one workspace', () => {
    expect(examples.map(model => model.example)).toEqual([
        'banking/loan-application.svc', 'ecommerce/return-refund.svc', 'government/business-license.svc',
        'healthcare/outpatient-visit.svc', 'hospitality/room-service.svc', 'telecom/broadband-installation.svc'
    ]);
});

describe.each(examples)('$example', model => {
    test.each(locales)('%s: every section in order, in both formats', locale => {
        const { markdown, html, labels } = reports(model, locale);
        const shown = (key: string) => key !== 'performance' || measuredExamples.includes(model.example);
        const headings = headingKeys.filter(shown).map(key => labels.headings[key]);
        expect([...markdown.matchAll(/^## \d+\. (.+)$/gm)].map(match => match[1])).toEqual(headings);
        expect([...html.matchAll(/<section id="([^"]+)"/g)].map(match => match[1])).toEqual(sectionIds.filter(shown));
        expect([...html.matchAll(/<h2>\d+\. ([^<]+)<\/h2>/g)].map(match => match[1])).toEqual(headings.map(heading => heading.replace('&', '&amp;')));
        expect(markdown).toContain(labels.generatedOn('2027-03-15'));
        expect(html).toContain(`<html lang="${locale}">`);
    });

    test.each(locales)('%s: one table row per standard, KPI, capacity, process, promise, feedback and improvement', locale => {
        const { markdown, html, labels } = reports(model, locale);
        const { service } = model;
        const expected: Array<[keyof typeof labels.headings, string, string[]]> = [
            ['standards', 'standards', service.standards.map(standard => standard.name)],
            ['kpis', 'kpis', service.kpis.map(kpi => kpi.name)],
            ['promises', 'promises', service.promises.map(promise => promise.name)],
            ['feedback', 'feedback', service.feedback.map(feedback => feedback.name)],
            ['improvements', 'improvements', service.improvements.map(improvement => improvement.name)]
        ];
        for (const [heading, id, names] of expected) {
            expect(markdownRows(markdown, labels.headings[heading]).map(row => row[0]), heading).toEqual(names);
            expect(htmlRows(htmlSection(html, id)).map(row => row[0]), heading).toEqual(names);
        }
        expect(markdownRows(markdown, labels.headings.capacity)).toHaveLength(service.capacities.length);
        expect(markdownRows(markdown, labels.headings.leadTime)).toHaveLength(service.processes.length);
    });

    test.each(locales)('%s: each capacity shows ρ and the Erlang C wait worked out by hand, and meets its wait standard', locale => {
        const { markdown, html, labels } = reports(model, locale);
        const rows = markdownRows(markdown, labels.headings.capacity);
        model.service.capacities.forEach((capacity, index) => {
            const [amount, unit] = capacity.demand!.split(' per ');
            const arrivals = Number(amount) * perMinute[unit];
            const rho = arrivals * capacity.serviceMinutes! / capacity.servers!;
            const row = rows[index];
            expect(row[5], capacity.name).toBe(formatPercent(rho));
            expect(row[6], capacity.name).toBe(formatMinutes(erlangWaitByHand(arrivals, capacity.serviceMinutes!, capacity.servers!)));
            expect(row[8], capacity.name).toBe(labels.met);
        });
        expect(htmlRows(htmlSection(html, 'capacity')).map(row => row[8])).toEqual(model.service.capacities.map(() => labels.met));
    });

    test.each(locales)('%s: lead times meet their standards, promises are kept, nothing is open', locale => {
        const { markdown, html, labels } = reports(model, locale);
        for (const row of markdownRows(markdown, labels.headings.leadTime)) expect(row[4]).toBe(labels.met);
        for (const row of markdownRows(markdown, labels.headings.promises)) expect(row[4]).toBe(labels.kept);
        expect(markdownSection(markdown, labels.headings.diagnostics)).toContain(labels.empty.diagnostics);
        expect(htmlSection(html, 'diagnostics')).toContain(labels.empty.diagnostics);
    });

    test.each(locales)('%s: every Markdown table row has as many cells as its header', locale => {
        for (const table of markdownTables(reports(model, locale).markdown)) {
            for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
        }
    });
});

describe('healthcare/outpatient-visit.svc in detail', () => {
    const model = examples.find(example => example.example === 'healthcare/outpatient-visit.svc')!;

    test('zh-CN: title, summary and the standards table with localized dimension, kind, method and frequency', () => {
        const { markdown } = reports(model, 'zh-CN');
        expect(markdown.startsWith('# 内科门诊就诊（门诊就诊）\n\n服务规范报告 · 生成日期：2027-03-15 · 源文件：outpatient-visit.svc\n')).toBe(true);
        const summary = markdownSection(markdown, '服务概况');
        expect(summary).toContain('- **服务描述**：普通内科门诊患者的挂号、分诊、诊疗、化验与取药服务');
        expect(summary).toContain('- **说明**：内科普通门诊：从自助挂号到取药离院');
        expect(summary).toContain('- **版本**：3.2');
        expect(summary).toContain('- **角色 / 系统**：9 / 0');
        expect(summary).toContain('- **步骤**：15');
        expect(summary).toContain('- **关键时刻**：3');
        expect(summary).toContain('- **失误点**：3');
        const standards = markdownRows(markdown, '服务标准');
        expect(standards[0]).toEqual(['候诊不超30分钟', '分诊后候诊不超过30分钟', '响应性', '硬性', '≤ 30 min', '10 min', '系统日志', '每月', '门诊部主任', '平均候诊时间']);
        expect(standards.find(row => row[0] === '报告60分钟')).toEqual(['报告60分钟', '血常规报告60分钟内出具', '可靠性', '硬性', '≤ 60 min', '—', '系统日志', '每周', '检验科技师（检验技师）', '报告及时率']);
        expect(standards.map(row => row[2])).toEqual(['响应性', '响应性', '响应性', '可靠性', '可靠性', '保证性', '移情性', '有形性']);
        expect(standards.find(row => row[0] === '专业解答')?.slice(3, 8)).toEqual(['软性', '≥ 4.5 score', '—', '问卷调查', '每月']);
    });

    test('zh-CN: KPI table with direction, baseline, target and warning', () => {
        const kpis = markdownRows(reports(model, 'zh-CN').markdown, '关键绩效指标（KPI）');
        expect(kpis[0]).toEqual(['平均候诊时间', '平均候诊时间', 'sum(接诊时间 - 分诊时间) / count(就诊人次)', 'min', '越低越好', '35', '15', '25', '每月', '分诊叫号系统', '门诊部主任', '候诊不超30分钟']);
        expect(kpis.find(row => row[0] === '患者满意度')?.slice(4)).toEqual(['越高越好', '4.3', '4.7', '4.5', '每月', '医院App就诊评价', '门诊部主任', '专业解答、耐心问诊']);
    });

    test('zh-CN: capacity analysis — 内科诊室: λ = 40/h, 8 min, c = 6 → ρ = 88.9 %, Wq ≈ 8.56 min ≤ 30 min', () => {
        // By hand: a = λ/μ = (40/60)·8 = 5.33, ρ = a/6 = 0.889; C(6, 5.33) ≈ 0.642; Wq = C / (6/8 − 2/3) = 0.642 / 0.0833 ≈ 8.56 min.
        const capacity = markdownRows(reports(model, 'zh-CN').markdown, '服务能力分析');
        expect(capacity[0]).toEqual(['内科诊室', '问诊与查体（接诊）', '40 / h', '6', '8 min', '88.9 %', '8.56 min', '候诊不超30分钟（≤ 30 min）', '达标']);
        expect(capacity[1].slice(5)).toEqual(['75 %', '91.7 s', '窗口排队不超10分钟（≤ 10 min）', '达标']);
        expect(capacity[2].slice(5)).toEqual(['88.9 %', '4.79 min', '窗口排队不超10分钟（≤ 10 min）', '达标']);
        expect(markdownSection(reports(model, 'zh-CN').markdown, '服务能力分析')).toContain('ρ ≥ 1 表示超负荷');
    });

    test('zh-CN: lead time 102 min via 化验, its critical path, the 2 h standard met and the 3 h promise kept', () => {
        const { markdown } = reports(model, 'zh-CN');
        expect(markdownRows(markdown, '各流程总时长')).toEqual([[
            '门诊就诊流程（就诊流程）', '102 min',
            '自助挂号 → 预检分诊 → 候诊叫号 → 问诊与查体 → 手机缴纳检验费 → 采血 → 标本检验与报告审核 → 解读报告并开具处方 → 收费窗口排队 → 收费结算 → 审方与调配 → 发药与用药交代 → 取药离院',
            '两小时完成就诊（≤ 2 h）', '达标'
        ]]);
        expect(markdownRows(markdown, '对外服务承诺')).toEqual([['三小时完成', '含化验就诊3小时内完成', '≤ 3 h', '102 min', '可兑现']]);
        expect(markdownRows(markdown, '反馈渠道')).toEqual([['就诊评价', '医院App就诊后评价', '移动应用', '患者满意度']]);
        expect(markdownRows(markdown, '改进措施')).toEqual([['报告线上推送', '化验报告线上推送，复诊免排队', '就诊总时长、候诊不超30分钟', '执行', '门诊部主任', '2027-04-30']]);
    });

    test('zh-CN: without diagrams the blueprint lists the steps by lane, with fail points and their recovery', () => {
        const blueprint = markdownSection(reports(model, 'zh-CN').markdown, '服务蓝图');
        expect(blueprint).toContain('本报告未附蓝图图形');
        expect(blueprint).toContain('### 门诊就诊流程（就诊流程）的步骤');
        const rows = markdownRows(reports(model, 'zh-CN').markdown, '服务蓝图');
        expect(rows).toHaveLength(15);
        expect(rows[1]).toEqual(['挂号与分诊', '预检分诊（分诊）', '前台', '导诊护士', '—', '—', '2 min', '专业解答、环境标识', '—', '患者挂错科室 → 免费改挂正确科室']);
        expect(rows[7].slice(0, 4)).toEqual(['化验与复诊', '标本检验与报告审核（检验）', '后台', '检验科技师（检验技师）']);
    });

    test('en: the same tables in English words', () => {
        const { markdown, html } = reports(model, 'en');
        expect(markdown.startsWith('# 内科门诊就诊 (门诊就诊)\n\nService specification report · Generated 2027-03-15 · Source: outpatient-visit.svc\n')).toBe(true);
        expect(markdownRows(markdown, 'Service standards')[0]).toEqual(['候诊不超30分钟', '分诊后候诊不超过30分钟', 'responsiveness', 'hard', '≤ 30 min', '10 min', 'system log', 'monthly', '门诊部主任', '平均候诊时间']);
        expect(markdownRows(markdown, 'Key performance indicators')[0].slice(3, 8)).toEqual(['min', 'lower is better', '35', '15', '25']);
        expect(markdownRows(markdown, 'Capacity analysis')[0].slice(2)).toEqual(['40 per h', '6', '8 min', '88.9 %', '8.56 min', '候诊不超30分钟 (≤ 30 min)', 'met']);
        expect(markdownRows(markdown, 'Improvement actions')[0][3]).toBe('do');
        expect(markdownSection(markdown, 'Capacity analysis')).toContain('ρ ≥ 1 means the capacity is overloaded');
        expect(htmlRows(htmlSection(html, 'standards'))[0]).toEqual(['候诊不超30分钟', '分诊后候诊不超过30分钟', 'responsiveness', 'hard', '≤ 30 min', '10 min', 'system log', 'monthly', '门诊部主任', '平均候诊时间']);
        expect(htmlRows(htmlSection(html, 'capacity'))[0][8]).toBe('met');
    });
});

describe('other examples in detail', () => {
    const byName = (example: string) => examples.find(model => model.example === example)!;

    test('banking: a multi-day lead time in days, a 12/h desk at ρ = 75 %, Wq ≈ 7.64 min', () => {
        const { markdown } = reports(byName('banking/loan-application.svc'), 'en');
        expect(markdownRows(markdown, 'Capacity analysis')[0].slice(2, 7)).toEqual(['12 per h', '4', '15 min', '75 %', '7.64 min']);
        const [leadTime] = markdownRows(markdown, 'Lead time per process');
        expect(leadTime[1]).toBe('2.07 d');
        expect(leadTime[3]).toBe('LoanIn3d (≤ 3 d)');
    });

    test('government: the single pick-up window is M/M/1 at ρ = 50 %, Wq = 3 min; the zh-CN KPI period is localized', () => {
        const { markdown } = reports(byName('government/business-license.svc'), 'zh-CN');
        const capacity = markdownRows(markdown, '服务能力分析');
        expect(capacity.map(row => row.slice(5, 7))).toEqual([['77.8 %', '7.11 min'], ['50 %', '3 min']]);
        expect(markdownRows(markdown, '反馈渠道').map(row => row[2])).toEqual(['柜台/窗口', '电话']);
    });

    test('hospitality and telecom: waits under a minute are shown in seconds', () => {
        // Room service: a = 0.4/min · 3 min = 1.2, c = 3: C = 0.48 / 3.40 = 0.141, Wq = 0.141 / (1 − 0.4) = 0.235 min = 14.1 s.
        expect(markdownRows(reports(byName('hospitality/room-service.svc'), 'en').markdown, 'Capacity analysis')[0][6]).toBe('14.1 s');
        expect(markdownRows(reports(byName('telecom/broadband-installation.svc'), 'en').markdown, 'Capacity analysis')[0][6]).toBe('18.4 s');
    });

    test('hospitality: library actors and standards used across files appear by name', () => {
        const { markdown } = reports(byName('hospitality/room-service.svc'), 'en');
        const standards = markdownRows(markdown, 'Service standards');
        expect(standards.map(row => row[0])).toEqual(expect.arrayContaining(['NameGreeting', 'AllergenCheck']));
        expect(markdownSection(markdown, 'Service summary')).toContain('- **Owner**: FnBDirector');
    });
});

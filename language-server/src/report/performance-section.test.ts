import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { checkMeasured, type MeasuredWorkspace } from '../../../test/helpers/measured-workspace.js';
import type { BlueprintDocument, ServiceModel } from '#protocol/blueprint-schema.js';
import { buildBlueprint } from '../blueprint/build-blueprint.js';
import { locales, type Locale } from '#protocol/locale.js';
import { htmlReport, markdownReport, type ReportInput } from './index.js';
import { reportLabels } from './report-labels.js';
import { examplesRoot, fixedDate, htmlRows, htmlSection, markdownRows, markdownSection, markdownTables, modelsOf } from '../../../test/helpers/report-kit.js';

type Model = { document: BlueprintDocument; service: ServiceModel };

function reports(model: Model, locale: Locale, extra: Partial<ReportInput> = {}) {
    const input: ReportInput = { document: model.document, service: model.service, locale, generatedAt: fixedDate, ...extra };
    return { markdown: markdownReport(input), html: htmlReport(input), labels: reportLabels[locale] };
}

/** The headings of a Markdown report, numbers left out. */
function headings(markdown: string): string[] {
    return [...markdown.matchAll(/^## \d+\. (.+)$/gm)].map(match => match[1]);
}

describe('telecom/broadband-installation.svc: six KPIs and a survey with importance', () => {
    let telecom: Model;
    beforeAll(async () => {
        [telecom] = await modelsOf([join(examplesRoot, 'telecom/broadband-installation.svc')]);
    });

    test('en: the section follows the KPIs, with the latest value, period, target, warning, status and trend of each KPI', () => {
        const { markdown } = reports(telecom, 'en');
        expect(headings(markdown).slice(3, 6)).toEqual(['Key performance indicators', 'Measured performance', 'Capacity analysis']);
        const [kpis] = markdownTables(markdownSection(markdown, 'Measured performance'));
        expect(kpis.columns).toEqual(['KPI', 'Latest value', 'Period', 'Target', 'Warning', 'Status', 'Trend']);
        expect(kpis.rows).toEqual([
            // 12.4 s on 10-31 after 13.6 s; the 0.22 min row of 10-28 reads 13.2 s.
            ['热线平均接通时长 (AvgAnswerTime)', '12.4 s', '2026-10-31', '15 s', '25 s', 'on target', '↓ better'],
            ['24小时上门率 (NextDayVisitRate)', '96.4 %', '2026-W44', '95 %', '90 %', 'on target', '↑ better'],
            ['平均装机时长 (InstallCycleTime)', '22.8 h', '2026-W44', '24 h', '36 h', 'on target', '↓ better'],
            ['准时上门与测速达标率 (FieldQuality)', '98.6 %', '2026-W44', '96 %', '92 %', 'on target', '↑ better'],
            ['装机满意度 (InstallSatisfaction)', '4.79 score', '2026-10', '4.7 score', '4.5 score', 'on target', '↑ better'],
            ['装机照片质检合格率 (PhotoAuditPassRate)', '97.8 %', '2026-10', '97 %', '93 %', 'on target', '↑ better']
        ]);
    });

    test('en: every compared standard is met, named in one sentence; VisitWithin24h (a time standard measured in %) is not compared', () => {
        const section = markdownSection(reports(telecom, 'en').markdown, 'Measured performance');
        expect(section).toContain('Every standard compared with measured data is met: 热线30秒内人工接通 (AnswerIn30s), 受理后48小时内装通 (InstallIn48h), ');
        expect(section).not.toContain('VisitWithin24h');
        expect(section).not.toContain('Standards not met');
    });

    test('en: the SERVQUAL gaps ranked from the largest shortfall, with the mean importance', () => {
        const section = markdownSection(reports(telecom, 'en').markdown, 'Measured performance');
        expect(section).toContain('### SERVQUAL gaps — 2026年三季度SERVQUAL问卷 (ServqualQ3): 40 answered rows, scale 1–7');
        const gaps = markdownTables(section)[1];
        expect(gaps.columns).toEqual(['Dimension', 'Mean expectation E', 'Mean perception P', 'Gap P − E', 'Mean importance']);
        // By hand, reliability: E = 51.4 / 8 = 6.425, P = 48.4 / 8 = 6.05, importance = 265 / 8 = 33.125;
        // tangibles: E = 38.5 / 8 = 4.8125, P = 42.75 / 8 = 5.34375, gap +0.53.
        expect(gaps.rows).toEqual([
            ['reliability', '6.43', '6.05', '-0.37', '33.1'],
            ['empathy', '5.85', '5.78', '-0.075', '12.5'],
            ['responsiveness', '6.22', '6.16', '-0.063', '25.6'],
            ['assurance', '6.22', '6.22', '0', '18.8'],
            ['tangibles', '4.81', '5.34', '+0.53', '10']
        ]);
    });

    test('zh-CN: the same tables in Chinese words', () => {
        const { markdown } = reports(telecom, 'zh-CN');
        expect(headings(markdown)[4]).toBe('实测绩效');
        const section = markdownSection(markdown, '实测绩效');
        const [kpis, gaps] = markdownTables(section);
        expect(kpis.columns).toEqual(['KPI', '最新实测值', '期间', '目标值', '预警值', '状态', '趋势']);
        expect(kpis.rows[0]).toEqual(['热线平均接通时长（AvgAnswerTime）', '12.4 s', '2026-10-31', '15 s', '25 s', '达标', '↓ 变好']);
        expect(section).toContain('与实测数据比对的服务标准全部达标：热线30秒内人工接通（AnswerIn30s）、');
        expect(section).toContain('### SERVQUAL 差距——2026年三季度SERVQUAL问卷（ServqualQ3）：有效作答 40 行，量表 1–7');
        expect(gaps.columns).toEqual(['维度', '平均期望 E', '平均感知 P', '差距 P − E', '平均重要性']);
        expect(gaps.rows.map(row => row[0])).toEqual(['可靠性', '移情性', '响应性', '保证性', '有形性']);
    });

    test('HTML: the same rows, on target coloured good; without charts the section says so', () => {
        const { html, labels } = reports(telecom, 'en');
        const section = htmlSection(html, 'performance');
        expect(htmlRows(section)[0]).toEqual(['热线平均接通时长 (AvgAnswerTime)', '12.4 s', '2026-10-31', '15 s', '25 s', 'on target', '↓ better']);
        expect(section).toContain('<td class="good">on target</td>');
        expect(section).toContain(`<p>${labels.performance.chartsMissing}</p>`);
    });

    test('charts: Mermaid sources in Markdown, rendered SVGs inline in HTML, after the tables', () => {
        const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><text>AvgAnswerTime</text></svg>';
        const { markdown, html, labels } = reports(telecom, 'en', {
            performanceMermaid: [{ title: 'Hotline', text: 'xychart-beta\n  line [16.8, 14.2]\n' }],
            performanceSvgs: [{ title: 'Hotline', svg }]
        });
        const section = markdownSection(markdown, 'Measured performance');
        expect(section).toContain('### Hotline\n\n```mermaid\nxychart-beta\n  line [16.8, 14.2]\n```');
        expect(section.indexOf('```mermaid')).toBeGreaterThan(section.indexOf('SERVQUAL gaps'));
        expect(section).not.toContain(labels.performance.chartsMissing);
        expect(htmlSection(html, 'performance')).toContain(`<figure><figcaption>Hotline</figcaption>\n${svg}\n</figure>`);
        // The blueprint's diagrams are its own.
        expect(htmlSection(html, 'blueprint')).not.toContain(svg);
    });
});

/** A service whose data show every status: at warning and worsening, off target, unchanged, no data, a broken standard. */
const deskSpec = (data: string) => `// svc-disable-next-line servqual-coverage, no-feedback-channel
service Desk "服务台" {
  actor Lead "主管" backstage
  standard Fast "快速响应" { dimension responsiveness kind hard target <= 15 min method system-log frequency monthly owner Lead }
  standard Kind "态度亲切" { dimension empathy kind soft target >= 4 score method survey frequency monthly owner Lead }
  kpi AvgWait "平均等候" { measures Fast formula "avg(wait)" unit min direction lower target 12 warning 15 period monthly source "叫号系统" owner Lead }
  kpi Friendly "亲切度" { measures Kind formula "avg(score)" unit score direction higher target 4.5 warning 4 period monthly source "问卷" owner Lead }
  kpi Visits "到访量" { measures Fast formula "count(visits)" unit count period monthly source "闸机" owner Lead }
  kpi Callbacks "回访率" { measures Kind formula "callbacks / visits" unit % direction higher target 90 period monthly source "回访系统" owner Lead }
${data}}
`;

const deskData = {
    'desk.svc': deskSpec('  measurements Monthly from "data/kpi.csv"\n  survey Q3 "三季度问卷" from "data/q3.csv" scale 5\n  survey Q4 "四季度问卷" from "data/q4.csv" scale 5\n'),
    'data/kpi.csv': 'kpi,period,value\nAvgWait,2026-07,10\nAvgWait,2026-08,11\nAvgWait,2026-09,13\nAvgWait,2026-10,18\n'
        + 'Friendly,2026-10,4.2\nVisits,2026-09,120\nVisits,2026-10,120\n',
    'data/q3.csv': 'dimension,expectation,perception\nempathy,5,3\nreliability,4,4\n',
    'data/q4.csv': 'dimension,expectation,perception\nempathy,5,\n'
};

describe('a service whose data break its targets', () => {
    const workspaces: MeasuredWorkspace[] = [];
    afterAll(() => workspaces.forEach(workspace => workspace.remove()));

    async function modelOf(files: Record<string, string>): Promise<Model> {
        const workspace = await checkMeasured(files);
        workspaces.push(workspace);
        const document = buildBlueprint(workspace.check.files[0].document, workspace.check.services);
        return { document, service: document.services[0] };
    }

    test('en: at warning and worsening, off target, unchanged without direction, and the KPI without data named', async () => {
        const { markdown, html } = reports(await modelOf(deskData), 'en');
        const section = markdownSection(markdown, 'Measured performance');
        expect(markdownTables(section)[0].rows).toEqual([
            ['平均等候 (AvgWait)', '18 min', '2026-10', '12 min', '15 min', '**at warning**', '**↑ worse, worsening three periods in a row**'],
            // A single value has no trend.
            ['亲切度 (Friendly)', '4.2 score', '2026-10', '4.5 score', '4 score', '**off target**', '—'],
            // No direction: neither better nor worse, and never on target.
            ['到访量 (Visits)', '120 count', '2026-10', '—', '—', '—', '→ unchanged']
        ]);
        expect(section).toContain('No valid value yet for 回访率 (Callbacks).');
        expect(htmlSection(html, 'performance')).toContain('<td class="bad">at warning</td>');
    });

    test('en: the broken standard with the KPI that shows it; the met one is not listed', async () => {
        const section = markdownSection(reports(await modelOf(deskData), 'en').markdown, 'Measured performance');
        expect(section).toContain('### Standards not met');
        const notMet = markdownTables(section)[1];
        expect(notMet.columns).toEqual(['Standard', 'Shown by']);
        expect(notMet.rows).toEqual([['快速响应 (Fast)', '**平均等候 (AvgWait) 18 min (2026-10) does not satisfy ≤ 15 min**']]);
        expect(section).not.toContain('Every standard compared');
    });

    test('en: a survey without importance has no importance column; a survey without answered rows says so', async () => {
        const section = markdownSection(reports(await modelOf(deskData), 'en').markdown, 'Measured performance');
        const gaps = markdownTables(section)[2];
        expect(gaps.columns).toEqual(['Dimension', 'Mean expectation E', 'Mean perception P', 'Gap P − E']);
        // A gap of −2 is below the servqual-gap threshold of −1.
        expect(gaps.rows).toEqual([['empathy', '5', '3', '**-2**'], ['reliability', '4', '4', '0']]);
        expect(section).toContain('四季度问卷 (Q4): no answered rows yet.');
        expect(section.match(/Gap = mean perception/g)).toHaveLength(1);
    });

    test('zh-CN: the same verdicts in Chinese', async () => {
        const section = markdownSection(reports(await modelOf(deskData), 'zh-CN').markdown, '实测绩效');
        const [kpis, notMet] = markdownTables(section);
        expect(kpis.rows.map(row => row.slice(5))).toEqual([['**达到预警**', '**↑ 变差，连续三期恶化**'], ['**未达目标**', '—'], ['—', '→ 持平']]);
        expect(notMet.columns).toEqual(['服务标准', '实测依据']);
        expect(notMet.rows).toEqual([['快速响应（Fast）', '**平均等候（AvgWait） 18 min（2026-10）未满足 ≤ 15 min**']]);
        expect(section).toContain('以下 KPI 尚无有效实测值：回访率（Callbacks）。');
        expect(section).toContain('四季度问卷（Q4）：尚无有效作答。');
    });

    test.each(locales)('%s: data files without a valid value yet: one note, no table, no charts', async locale => {
        const model = await modelOf({ 'desk.svc': deskData['desk.svc'], 'data/kpi.csv': 'kpi,period,value\n', 'data/q3.csv': 'dimension,expectation,perception\n', 'data/q4.csv': 'dimension,expectation,perception\n' });
        const { markdown, html, labels } = reports(model, locale, { performanceMermaid: [{ title: 'Empty', text: 'flowchart LR\n' }] });
        const section = markdownSection(markdown, labels.headings.performance);
        expect(section).toContain(labels.performance.noValidData);
        expect(section).not.toContain(labels.performance.surveyUnanswered(labels.titled('三季度问卷', 'Q3')));
        expect(markdownTables(section)).toEqual([]);
        expect(section).not.toContain('```mermaid');
        expect(section).not.toContain(labels.performance.chartsMissing);
        expect(htmlSection(html, 'performance')).not.toContain('<table>');
    });

    test.each(locales)('%s: no data elements and no measured standard: no section at all', async locale => {
        const { markdown, html, labels } = reports(await modelOf({ 'desk.svc': deskSpec('') }), locale, { performanceMermaid: [{ title: 'Empty', text: 'flowchart LR\n' }] });
        expect(headings(markdown)).not.toContain(labels.headings.performance);
        expect(markdown).not.toContain(labels.performance.noValidData);
        expect(html).not.toContain('<section id="performance"');
        expect(headings(markdown).slice(3, 5)).toEqual([labels.headings.kpis, labels.headings.capacity]);
    });
});

test('hospitality: standards measured through library KPIs get the section with their verdict only', async () => {
    const models = await modelsOf(['hotel-library.svc', 'room-service.svc'].map(file => join(examplesRoot, 'hospitality', file)));
    const roomService = models.find(model => model.service.name === 'InRoomDining')!;
    const section = markdownSection(reports(roomService, 'en').markdown, 'Measured performance');
    expect(section).toMatch(/Every standard compared with measured data is met: .*NameGreeting.*AllergenCheck.*ServiceWareClean/);
    expect(markdownTables(section)).toEqual([]);
    expect(section).not.toContain(reportLabels.en.performance.chartsMissing);
    expect(markdownRows(reports(roomService, 'en').markdown, 'Measured performance')).toEqual([]);
});

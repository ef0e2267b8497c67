import { resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { ServiceModel } from '#protocol/blueprint-schema.js';
import { generateMermaid, type MermaidDiagram } from './index.js';
import { measuredServicesOf, parseChart, servicesOfFiles, shownText } from '../../../../test/helpers/mermaid-kit.js';

const examples = resolve(import.meta.dirname, '../../../../examples');

/**
 * Four KPIs: AvgWait on target, MaxWait off target and worsening (both
 * measure ShortWait), Smile at its warning with a single value, Loose
 * measuring no standard; a 5-point survey whose importance puts one
 * dimension in each quadrant (tangibles has no importance).
 */
const shop = {
    'spec.svc': `
service Shop "门店" {
  standard ShortWait "等候短" { target <= 15 min }
  standard Friendly "友好" { target >= 4 score }
  kpi AvgWait "平均等候" { measures ShortWait unit min direction lower target 10 warning 15 period monthly }
  kpi MaxWait "最长等候" { measures ShortWait unit min direction lower target 12 warning 20 period monthly }
  kpi Smile "微笑评分" { measures Friendly unit score direction higher target 4.5 warning 4 period monthly }
  kpi Loose { unit % direction higher period monthly }
  measurements Monthly "月度指标" from "data/kpi.csv"
  survey Q3 "三季度问卷" from "data/survey.csv" scale 5
}`,
    'data/kpi.csv': `kpi,period,value
AvgWait,2026-08,9
AvgWait,2026-09,11
AvgWait,2026-10,8.7
MaxWait,2026-07,10
MaxWait,2026-08,11
MaxWait,2026-09,12.5
MaxWait,2026-10,13
Smile,2026-10,3.9
Loose,2026-09,95%
Loose,2026-10,97%
`,
    'data/survey.csv': `respondent,dimension,expectation,perception,importance
r1,reliability,5,2,40
r1,responsiveness,4,5,30
r1,assurance,3,4,10
r1,empathy,4,2,10
r1,tangibles,3,3,
`
};

/** The part of xychart-beta's database the tests read. */
interface XyChartDb {
    getXYChartData(): {
        xAxis: { categories: string[] };
        yAxis: { title: string; min: number; max: number };
        plots: Array<{ type: 'line' | 'bar'; title: string; strokeFill?: string; fill?: string; data: Array<[string, number]>; pointLabels?: string[] }>;
    };
}

interface RadarDb {
    getAxes(): Array<{ name: string; label: string }>;
    getCurves(): Array<{ name: string; label: string; entries: number[] }>;
    getOptions(): { min: number; max: number; ticks: number };
}

interface QuadrantDb {
    getQuadrantData(): {
        points: Array<{ x: number; y: number; text: { text: string } }>;
        quadrants: Array<{ x: number; y: number; width: number; height: number; text: { text: string } }>;
    };
}

/** A KPI chart as Mermaid read it: the title and texts as shown, each plot's values. */
async function kpiChart(diagram: MermaidDiagram) {
    const { type, title, db } = await parseChart<XyChartDb>(diagram.text);
    const data = db.getXYChartData();
    return {
        type,
        title: shownText(title),
        periods: data.xAxis.categories.map(shownText),
        axis: { title: shownText(data.yAxis.title), min: data.yAxis.min, max: data.yAxis.max },
        plots: data.plots.map(plot => ({
            type: plot.type, name: shownText(plot.title), colour: plot.strokeFill ?? plot.fill,
            values: plot.data.map(([, value]) => value), labels: plot.pointLabels?.map(shownText)
        }))
    };
}

/** Each dimension of a quadrant chart, by the name of the quadrant Mermaid placed it in. */
async function quadrantOf(diagram: MermaidDiagram): Promise<Record<string, string>> {
    const { db } = await parseChart<QuadrantDb>(diagram.text);
    const { points, quadrants } = db.getQuadrantData();
    return Object.fromEntries(points.map(point => {
        const quadrant = quadrants.find(box => point.x > box.x && point.x < box.x + box.width && point.y > box.y && point.y < box.y + box.height);
        return [shownText(point.text.text), quadrant ? shownText(quadrant.text.text) : 'on a border'];
    }));
}

let service: ServiceModel;
beforeAll(async () => {
    [service] = await measuredServicesOf(shop);
});

describe('KPI charts', () => {
    test('grouped by the standards they measure, at the warning first, then off target, then in text order; titled by the group', () => {
        const diagrams = generateMermaid(service, 'performance', { locale: 'en' });
        expect(diagrams.map(diagram => [diagram.title, diagram.view, diagram.nodes, diagram.lanes]).slice(0, 4)).toEqual([
            ['友好 ≥ 4 score', 'performance', {}, []],
            ['等候短 ≤ 15 min', 'performance', {}, []],
            ['等候短 ≤ 15 min', 'performance', {}, []],
            ['KPIs that measure no standard', 'performance', {}, []]
        ]);
    });

    test('a line chart of the series over its periods, target and warning as constant lines named in the legend, the latest value written at its point', async () => {
        const [, maxWait, avgWait] = generateMermaid(service, 'performance', { locale: 'en' });
        expect(await kpiChart(avgWait)).toEqual({
            type: 'xychart',
            title: 'AvgWait 平均等候 — 8.7 min (2026-10) · on target',
            periods: ['2026-08', '2026-09', '2026-10'],
            axis: { title: 'min', min: 6, max: 18 },
            plots: [
                { type: 'line', name: 'measured', colour: '#1e88e5', values: [9, 11, 8.7], labels: ['', '', '8.7'] },
                { type: 'line', name: 'target 10 min', colour: '#2e7d32', values: [10, 10, 10], labels: undefined },
                { type: 'line', name: 'warning 15 min', colour: '#f9a825', values: [15, 15, 15], labels: undefined }
            ]
        });
        const max = await kpiChart(maxWait);
        expect(max.title).toBe('MaxWait 最长等候 — 13 min (2026-10) · off target · worsening');
        expect(max.periods).toEqual(['2026-07', '2026-08', '2026-09', '2026-10']);
        expect(max.plots[0]).toMatchObject({ colour: '#e65100', values: [10, 11, 12.5, 13] });
        // The axis holds the series, the target and the warning.
        expect(max.axis.min).toBeLessThanOrEqual(10);
        expect(max.axis.max).toBeGreaterThanOrEqual(20);
    });

    test('a KPI with one value still draws: a bar with its value, target and warning named on the value axis', async () => {
        const [smile] = generateMermaid(service, 'performance', { locale: 'en' });
        expect(smile.text).toContain('showDataLabel: true');
        expect(await kpiChart(smile)).toMatchObject({
            title: 'Smile 微笑评分 — 3.9 score (2026-10) · at warning',
            periods: ['2026-10'],
            axis: { title: 'score · target 4.5 score · warning 4 score' },
            plots: [{ type: 'bar', name: 'measured', colour: '#c62828', values: [3.9] }]
        });
    });

    test('a KPI without target and warning: the series alone, no status', async () => {
        const loose = generateMermaid(service, 'performance', { locale: 'en' })[3];
        const chart = await kpiChart(loose);
        expect(chart.title).toBe('Loose — 97 % (2026-10)');
        expect(chart.plots.map(plot => plot.name)).toEqual(['measured']);
    });

    test('period labels widen the chart as far as 1200 px; past that they give way to the first and last period in the axis title', async () => {
        const avgWait = service.measured!.kpis.find(kpi => kpi.name === 'AvgWait')!;
        const chartOf = (periods: string[]) => {
            const series = periods.map((period, index) => ({ period, value: 9 + index % 3, dataFile: 'data/kpi.csv', line: index + 2 }));
            const kpi = { ...avgWait, series, status: { ...avgWait.status, latest: { period: periods.at(-1)!, value: series.at(-1)!.value } } };
            return generateMermaid({ ...service, measured: { ...service.measured!, kpis: [kpi], surveys: [] } }, 'performance')[0];
        };
        const months = Array.from({ length: 12 }, (_, index) => `2026-${String(index + 1).padStart(2, '0')}`);
        const monthly = chartOf(months);
        expect(monthly.text).toMatch(/^ {4}width: 745$/m);
        expect(monthly.text).not.toContain('showLabel');
        expect((await kpiChart(monthly)).periods).toEqual(months);

        const days = Array.from({ length: 40 }, (_, index) => new Date(Date.UTC(2026, 8, 1 + index)).toISOString().slice(0, 10));
        const daily = chartOf(days);
        expect(daily.text).toMatch(/^ {4}width: 720$/m);
        expect(daily.text).toContain('    xAxis:\n      showLabel: false');
        expect(daily.text).toContain('x-axis "2026-09-01 – 2026-10-10" [');
        expect((await kpiChart(daily)).periods).toEqual(days);
    });

    test('zh-CN: status, legend and groups in Chinese', async () => {
        const diagrams = generateMermaid(service, 'performance', { locale: 'zh-CN' });
        expect(diagrams[3].title).toBe('未测量任何标准的指标');
        const titles = await Promise.all(diagrams.slice(0, 3).map(async diagram => (await kpiChart(diagram)).title));
        expect(titles).toEqual([
            'Smile 微笑评分 — 3.9 score (2026-10) · 达到预警',
            'MaxWait 最长等候 — 13 min (2026-10) · 未达目标 · 持续恶化',
            'AvgWait 平均等候 — 8.7 min (2026-10) · 达标'
        ]);
        expect((await kpiChart(diagrams[2])).plots.map(plot => plot.name)).toEqual(['实测值', '目标 10 min', '预警 15 min']);
    });
});

describe('survey charts', () => {
    test('a radar of mean expectation and perception per dimension, the gap after each name; the centre a point below the lowest mean', async () => {
        const radar = generateMermaid(service, 'performance', { locale: 'en' })[4];
        expect(radar.title).toBe('三季度问卷');
        const { type, title, db } = await parseChart<RadarDb>(radar.text);
        expect(type).toBe('radar');
        expect(shownText(title)).toBe('三季度问卷: SERVQUAL mean E and P (rings 1–5), gap P − E');
        expect(db.getAxes().map(axis => shownText(axis.label))).toEqual(['reliability (−3)', 'responsiveness (+1)', 'assurance (+1)', 'empathy (−2)', 'tangibles (0)']);
        expect(db.getCurves().map(curve => [shownText(curve.label), curve.entries])).toEqual([
            ['expectation (E)', [5, 4, 3, 4, 3]],
            ['perception (P)', [2, 5, 4, 2, 3]]
        ]);
        expect(db.getOptions()).toMatchObject({ min: 1, max: 5, ticks: 4 });
    });

    test('zh-CN: the dimensions by their Chinese names', async () => {
        const radar = generateMermaid(service, 'performance', { locale: 'zh-CN' })[4];
        const { db } = await parseChart<RadarDb>(radar.text);
        expect(db.getAxes().map(axis => shownText(axis.label))).toEqual(['可靠性 (−3)', '响应性 (+1)', '保证性 (+1)', '移情性 (−2)', '有形性 (0)']);
    });

    test('importance–performance: each dimension with importance in its quadrant (importance split at its mean, perception at the middle of the scale)', async () => {
        const en = generateMermaid(service, 'performance', { locale: 'en' });
        expect(en).toHaveLength(6);
        expect(en[5].title).toBe('三季度问卷');
        expect(await quadrantOf(en[5])).toEqual({
            reliability: 'concentrate here',
            responsiveness: 'keep up the good work',
            assurance: 'possible overkill',
            empathy: 'low priority'
        });
        const zh = generateMermaid(service, 'performance', { locale: 'zh-CN' });
        expect(await quadrantOf(zh[5])).toEqual({ 可靠性: '重点改进', 响应性: '继续保持', 保证性: '可能过度投入', 移情性: '低优先级' });
    });

    test('without importance, no matrix; without answered dimensions, no chart', () => {
        const [survey] = service.measured!.surveys;
        const withoutImportance = { ...survey, dimensions: survey.dimensions.map(({ meanImportance: _, ...dimension }) => dimension) };
        const only = (surveys: typeof survey[]) => generateMermaid({ ...service, measured: { ...service.measured!, kpis: [], surveys } }, 'performance');
        expect(only([withoutImportance]).map(diagram => diagram.text.split('\n').find(line => !/^(---|config:|\s)/.test(line)))).toEqual(['radar-beta']);
        expect(only([{ ...survey, dimensions: [] }]).map(diagram => diagram.text)).toEqual([expect.stringContaining('No KPI of this service has a valid value yet.')]);
    });
});

describe('empty states', () => {
    test('no data elements: one note saying what to add, with the measurements line and the CSV columns', async () => {
        for (const measured of [undefined, { dataElements: 0, kpis: [], surveys: [] }]) {
            const diagrams = generateMermaid({ ...service, measured }, 'performance', { locale: 'en' });
            expect(diagrams.map(diagram => diagram.title)).toEqual(['门店']);
            const { vertices } = await parseNote(diagrams[0]);
            expect(vertices).toEqual([
                'No measured data yet.<br/>Add to the service: measurements NAME "title" from "data/kpi.csv"<br/>CSV columns: kpi, period, value (指标, 期间, 数值), optional note'
            ]);
        }
        // Values of its KPIs read by a top-level measurements: charts all the same.
        expect(generateMermaid({ ...service, measured: { ...service.measured!, dataElements: 0 } }, 'performance')).toHaveLength(6);
        const [zh] = generateMermaid({ ...service, measured: undefined }, 'performance', { locale: 'zh-CN' });
        expect((await parseNote(zh)).vertices[0]).toContain('在服务中加入：measurements NAME "标题" from "data/kpi.csv"');
    });

    test('data elements but no valid value yet: another note, pointing at svc check', async () => {
        const [unread] = await measuredServicesOf({ ...shop, 'data/kpi.csv': 'kpi,period,value\nNobody,2026-10,1\n', 'data/survey.csv': 'dimension,expectation,perception\n' });
        expect(unread.measured).toMatchObject({ dataElements: 2, kpis: [] });
        for (const [locale, first] of [['en', 'No KPI of this service has a valid value yet.'], ['zh-CN', '本服务的指标尚无有效数值。']] as const) {
            const diagrams = generateMermaid(unread, 'performance', { locale });
            expect(diagrams).toHaveLength(1);
            expect((await parseNote(diagrams[0])).vertices[0].split('<br/>')[0]).toBe(first);
        }
    });
});

describe('the telecom example', () => {
    test('a chart per KPI, then the survey radar and its importance matrix, all read by Mermaid', async () => {
        const [{ service: telecom }] = await servicesOfFiles([resolve(examples, 'telecom/broadband-installation.svc')]);
        for (const locale of ['en', 'zh-CN'] as const) {
            const diagrams = generateMermaid(telecom, 'performance', { locale });
            const types = await Promise.all(diagrams.map(async diagram => (await parseChart(diagram.text)).type));
            expect(types).toEqual([...Array(6).fill('xychart'), 'radar', 'quadrantChart']);
        }
    });
});

/** The note of an empty state, as Mermaid's flowchart parser read it. */
async function parseNote(diagram: MermaidDiagram): Promise<{ vertices: string[] }> {
    const { db } = await parseChart<{ getVertices(): Map<string, { text?: string }> }>(diagram.text);
    return { vertices: [...db.getVertices().values()].map(vertex => shownText(vertex.text ?? '')) };
}

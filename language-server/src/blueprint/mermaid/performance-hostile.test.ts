import { beforeAll, describe, expect, test } from 'vitest';
import type { ServiceModel } from '#protocol/blueprint-schema.js';
import { generateMermaid } from './index.js';
import { hostileTexts, measuredServicesOf, parseChart, shownText } from '../../../../test/helpers/mermaid-kit.js';

/** A KPI with three values and a target, a KPI with one value, a survey with importance. */
const files = {
    'spec.svc': `
service S {
  standard Std { target <= 15 min }
  kpi K { measures Std unit min direction lower target 10 warning 15 period monthly }
  kpi One { unit min direction lower target 10 period monthly }
  measurements M from "data/kpi.csv"
  survey Q from "data/survey.csv" scale 5
}`,
    'data/kpi.csv': 'kpi,period,value\nK,2026-08,9\nK,2026-09,11\nK,2026-10,12\nOne,2026-10,4\n',
    'data/survey.csv': 'dimension,expectation,perception,importance\nreliability,5,3,40\nempathy,3,4,10\n'
};

/** Every text of the measured model a chart shows — standard, KPI and survey titles, units, periods — replaced by `text`. */
function withText(service: ServiceModel, text: string): ServiceModel {
    const measured = service.measured!;
    return {
        ...service,
        standards: service.standards.map(standard => ({ ...standard, title: text })),
        measured: {
            ...measured,
            kpis: measured.kpis.map(kpi => ({
                ...kpi, title: text, unit: text,
                series: kpi.series.map(point => ({ ...point, period: `${text}${point.period}` })),
                status: { ...kpi.status, latest: { ...kpi.status.latest, period: `${text}${kpi.status.latest.period}` } }
            })),
            surveys: measured.surveys.map(survey => ({ ...survey, title: text }))
        }
    };
}

/** What the spec or data may put in a chart: the content of each quoted string and of each title line. */
function textsOf(chart: string): string[] {
    return [...chart.matchAll(/"([^"]*)"|^\s*title ([^"\n].*)$/gm)].map(match => match[1] ?? match[2]);
}

/** The chart with those texts emptied, and the width that follows its title: its statements. */
function structureOf(chart: string): string {
    return chart.replace(/^(\s*title ).*$/gm, '$1…').replace(/"[^"]*"/g, '""').replace(/^(\s*(?:width|chartWidth): )\d+$/gm, '$1…');
}

/** Nothing that could end a string, start a directive, comment, tag or entity of its own, or a new line. */
const forbidden = /["<>`\r\n\u2028\u2029\u0085%{}[\]|\\:]/;

let plain: ServiceModel;
beforeAll(async () => {
    [plain] = await measuredServicesOf(files);
});

describe('spec and data text cannot change a chart', () => {
    test.each(hostileTexts)('%j as every title, unit and period', async text => {
        const benign = generateMermaid(withText(plain, 'Plain'), 'performance');
        const hostile = generateMermaid(withText(plain, text), 'performance');
        expect(hostile.map(diagram => diagram.title)).toEqual(benign.map(() => expect.any(String)));
        // The host escapes MermaidDiagram.title; here it is the text as written.
        expect(hostile[0].title).toBe(`${text} ≤ 15 min`);
        const shown = text.replace(/[\s\u0085]+/gu, ' ').trim();
        for (const [index, diagram] of hostile.entries()) {
            expect(structureOf(diagram.text)).toBe(structureOf(benign[index].text));
            for (const content of textsOf(diagram.text)) expect(content).not.toMatch(forbidden);
            expect(diagram.text).not.toMatch(/%%|<script|<img|^\s*click\b/im);
            const { type, title } = await parseChart(diagram.text);
            expect(type).toBe((await parseChart(benign[index].text)).type);
            // Mermaid reads the title back as written, line breaks as spaces.
            if (shown) expect(shownText(title)).toContain(shown);
        }
    });

    test('a period reaches the x axis as written', async () => {
        const [chart] = generateMermaid(withText(plain, '"], line [1'), 'performance');
        const { db } = await parseChart<{ getXYChartData(): { xAxis: { categories: string[] }; plots: unknown[] } }>(chart.text);
        expect(db.getXYChartData().xAxis.categories.map(shownText)).toEqual(['"], line [12026-08', '"], line [12026-09', '"], line [12026-10']);
        expect(db.getXYChartData().plots).toHaveLength(3);
    });
});

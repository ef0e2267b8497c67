/// <reference lib="dom" />
import { relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import type { ServiceModel } from '#protocol/blueprint-schema.js';
import { buildBlueprint } from '../../language-server/src/blueprint/build-blueprint.js';
import { generateMermaid } from '../../language-server/src/blueprint/mermaid/index.js';
import { measuredServicesOf } from '../helpers/mermaid-kit.js';
import { dimensionName, diagramTexts } from '../../language-server/src/blueprint/mermaid/texts.js';
import type { Locale } from '#protocol/locale.js';
import { formatNumber } from '../../language-server/src/model/format-quantity.js';
import { checkFiles } from '../../language-server/src/workspace/check-files.js';
import { exampleWorkspaces, measureBlueprint, rendererForFile } from './render-harness.js';

const chromium = rendererForFile();

const examplesRoot = resolve(import.meta.dirname, '../../examples');

const workspaces = exampleWorkspaces();

const figures: string[] = [];

afterAll(async () => {
    console.log(['Performance view (diagrams, milliseconds to draw):', ...figures].join('\n'));
});

/** The text an SVG shows, parsed as a file would be (XML): its <text> elements and HTML labels, blanks collapsed; or the parse error. */
async function shownText(page: Page, svg: string): Promise<string> {
    return page.evaluate(markup => {
        const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml');
        const error = parsed.querySelector('parsererror');
        if (error) return `parse error: ${error.textContent}`;
        return [...parsed.querySelectorAll('text, foreignObject')].map(element => element.textContent ?? '').join(' ').replace(/\s+/g, ' ');
    }, svg);
}

/** The performance view of a service drawn in Chromium, and the text it shows. */
async function drawPerformance(service: ServiceModel, locale: Locale): Promise<{ text: string; count: number; milliseconds: number }> {
    const diagrams = generateMermaid(service, 'performance', { locale });
    const rendered = await chromium.renderer.render(diagrams, { locale, theme: locale === 'en' ? 'light' : 'dark' });
    const texts = await Promise.all(rendered.map(({ svg }) => shownText(chromium.renderer.page, svg)));
    return { text: texts.join(' '), count: rendered.length, milliseconds: rendered.reduce((sum, { milliseconds }) => sum + milliseconds, 0) };
}

describe('performance view of the examples, drawn in Chromium', () => {
    test('there are examples with and without data', () => {
        expect(workspaces.map(workspace => workspace.name)).toEqual(expect.arrayContaining(['telecom', 'hospitality']));
    });

    test.for(workspaces)('$name', { timeout: 120_000 }, async ({ files }) => {
        const check = await checkFiles(files);
        let withData = 0;
        for (const file of check.files) {
            for (const service of buildBlueprint(file.document, check.services).services) {
                for (const locale of ['en', 'zh-CN'] as const) {
                    const { text, count, milliseconds } = await drawPerformance(service, locale);
                    expect(text).not.toMatch(/^parse error/);
                    const texts = diagramTexts(locale);
                    const measured = service.measured;
                    if (!measured || measured.dataElements === 0) {
                        expect(text).toContain(texts.noDataElements[0]);
                        expect(text).toContain('measurements NAME');
                    } else {
                        withData++;
                        for (const kpi of measured.kpis) {
                            expect(text).toContain(kpi.title ?? kpi.name);
                            expect(text).toContain(`${formatNumber(kpi.status.latest.value)}${kpi.unit ? ` ${kpi.unit}` : ''} (${kpi.status.latest.period})`);
                        }
                        for (const dimension of measured.surveys.flatMap(survey => survey.dimensions)) {
                            expect(text).toContain(dimensionName(dimension.dimension, texts));
                        }
                    }
                    figures.push(`${relative(examplesRoot, file.file)} ${service.name} ${locale}: ${count} diagrams, ${Math.round(milliseconds)} ms`);
                }
            }
        }
        if (files.some(file => file.endsWith('broadband-installation.svc'))) expect(withData).toBe(2);
        expect(chromium.incidents).toEqual({ dialogs: [], consoleErrors: [], pageErrors: [] });
    });
});

describe('hostile titles, units and periods in drawn charts', () => {
    const hostile = ['<img src=x onerror=alert(1)>', '%%{init: {"securityLevel":"loose"}}%%', '"]; line [1', 'style:#60;x#62;'];
    const files = {
        'spec.svc': `
service S {
  standard Std { target <= 15 min }
  kpi K { measures Std unit min direction lower target 10 warning 15 period monthly }
  measurements M from "data/kpi.csv"
  survey Q from "data/survey.csv" scale 5
}`,
        'data/kpi.csv': 'kpi,period,value\nK,2026-09,11\nK,2026-10,12\n',
        'data/survey.csv': 'dimension,expectation,perception,importance\nreliability,5,3,40\nempathy,3,4,10\n'
    };

    test.for(hostile)('%j is shown as written, and nothing runs', { timeout: 60_000 }, async text => {
        const [plain] = await measuredServicesOf(files);
        const measured = plain.measured!;
        const service: ServiceModel = {
            ...plain,
            measured: {
                ...measured,
                kpis: measured.kpis.map(kpi => ({ ...kpi, title: text, series: kpi.series.map(point => ({ ...point, period: `${text} ${point.period}` })) })),
                surveys: measured.surveys.map(survey => ({ ...survey, title: text }))
            }
        };
        const diagrams = generateMermaid(service, 'performance', { locale: 'en' });
        const rendered = await chromium.renderer.render(diagrams, { locale: 'en', theme: 'light' });
        const shown = await Promise.all(rendered.map(({ svg }) => shownText(chromium.renderer.page, svg)));
        // The KPI chart: title and both periods; the radar and the matrix: the survey's title.
        expect(shown[0]).toContain(`K ${text} — 12 min`);
        expect(shown[0]).toContain(`${text} 2026-09`);
        expect(shown[1]).toContain(`${text}: SERVQUAL`);
        expect(shown[2]).toContain(`${text}: importance`);
        for (const { svg } of rendered) {
            const tags = svg.match(/<[^>]*>/g) ?? [];
            expect(tags.filter(tag => /^<\s*(script|img|iframe|object|embed|a)[\s>/]/i.test(tag))).toEqual([]);
            expect(tags.filter(tag => /\son[a-z]+\s*=/i.test(tag))).toEqual([]);
        }
        await chromium.renderer.page.waitForTimeout(100);
        expect(chromium.incidents).toEqual({ dialogs: [], consoleErrors: [], pageErrors: [] });
    });
});

describe('blueprint overlay, drawn in Chromium', () => {
    test('a step whose standard is not met shows the measured value against the target; the legend explains it; off, neither', { timeout: 60_000 }, async () => {
        const [service] = await measuredServicesOf({
            'spec.svc': `
service Branch {
  actor Customer customer
  standard ShortWait "等候不超过15分钟" { target <= 15 min }
  kpi AvgWait { measures ShortWait unit min direction lower target 12 }
  measurements Monthly from "data/kpi.csv"
  process Visit { step Queue "取号等候" by Customer { standard ShortWait next end } }
}`,
            'data/kpi.csv': 'kpi,period,value\nAvgWait,2026-10,18\n'
        });
        for (const [locale, legend] of [['en', 'Standard not met'], ['zh-CN', '标准未达成']] as const) {
            const [diagram] = generateMermaid(service, 'blueprint', { locale });
            const [{ svg }] = await chromium.renderer.render([diagram], { locale, theme: 'light' });
            const geometry = await measureBlueprint(chromium.renderer.page, svg, diagram);
            expect(geometry.text).toContain('⚠ 18 min > 15 min');
            expect(geometry.text).toContain(legend);
            expect(geometry.steps.Queue).toBeDefined();
        }
        const [clean] = generateMermaid(service, 'blueprint', { measuredOverlay: false });
        const [{ svg }] = await chromium.renderer.render([clean], { locale: 'en', theme: 'light' });
        const text = (await measureBlueprint(chromium.renderer.page, svg, clean)).text;
        expect(text).toContain('取号等候');
        expect(text).not.toContain('⚠');
    });
});

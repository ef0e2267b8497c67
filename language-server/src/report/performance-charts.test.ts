import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkMeasured } from '../../../test/helpers/measured-workspace.js';
import { rendererForFile } from '../../../test/render/render-harness.js';
import type { BlueprintDocument, ServiceModel } from '#protocol/blueprint-schema.js';
import { buildBlueprint } from '../blueprint/build-blueprint.js';
import { runReport } from '../cli/report-command.js';
import { generateMermaid } from '../blueprint/mermaid/index.js';
import { locales, type Locale } from '#protocol/locale.js';
import { htmlReport } from './index.js';
import { reportLabels } from './report-labels.js';
import { examplesRoot, fixedDate, htmlSection, htmlTags, markdownSection, modelsOf } from '../../../test/helpers/report-kit.js';

const chromium = rendererForFile();

/*
 * The HTML report with its performance charts drawn in a real Chromium, as
 * `svc report` draws them: every chart inlined (past svg-guard), each KPI's
 * title in its chart.
 */

/** The report of a service with the charts of its performance view drawn, and the figures of its measured section. */
async function drawnReport(document: BlueprintDocument, service: ServiceModel, locale: Locale) {
    const charts = generateMermaid(service, 'performance', { locale });
    const svgs = await chromium.renderer.render(charts, { locale, theme: 'light' });
    const html = htmlReport({ document, service, locale, generatedAt: fixedDate, performanceMermaid: charts, performanceSvgs: svgs });
    const section = htmlSection(html, 'performance');
    return { charts, html, section, figures: section.match(/<figure>[\s\S]*?<\/figure>/g) ?? [] };
}

describe.each(locales)('%s', locale => {
    test('telecom: every chart of the performance view drawn inline, after the tables; each KPI title in a chart', async () => {
        const [{ document, service }] = await modelsOf([join(examplesRoot, 'telecom/broadband-installation.svc')]);
        const { charts, section, figures } = await drawnReport(document, service, locale);
        // Six KPI charts at least, then the survey's SERVQUAL chart and importance–performance matrix.
        expect(charts.length).toBeGreaterThanOrEqual(8);
        expect(figures).toHaveLength(charts.length);
        for (const figure of figures) expect(figure).toMatch(/<svg[\s>][\s\S]*<\/svg>/);
        for (const kpi of service.measured!.kpis) expect(figures.some(figure => figure.includes(kpi.title!)), kpi.name).toBe(true);
        expect(section.indexOf('<figure>')).toBeGreaterThan(section.lastIndexOf('</table>'));
        expect(section).not.toContain(reportLabels[locale].performance.chartsMissing);
    }, 60_000);

    test('a hostile KPI title is drawn as text: the chart is still inlined, and no tag of it is live', async () => {
        const hostile = '<img src=x onerror=alert(1)> "]-->X %%{init}%%';
        const workspace = await checkMeasured({
            'desk.svc': `// svc-disable-next-line servqual-coverage, no-feedback-channel
service Desk "服务台" {
  actor Lead "主管" backstage
  standard Fast "快速响应" { dimension responsiveness kind hard target <= 15 min method system-log frequency monthly owner Lead }
  kpi AvgWait "${hostile.replace(/"/g, '\\"')}" { measures Fast formula "avg(wait)" unit min direction lower target 12 warning 15 period monthly source "叫号系统" owner Lead }
  measurements Monthly from "data/kpi.csv"
}
`,
            'data/kpi.csv': 'kpi,period,value,note\nAvgWait,2026-09,10,"<script>alert(2)</script>"\nAvgWait,2026-10,18,\n'
        });
        try {
            const document = buildBlueprint(workspace.check.files[0].document, workspace.check.services);
            const { html, figures } = await drawnReport(document, document.services[0], locale);
            expect(figures.length).toBeGreaterThanOrEqual(1);
            expect(figures.join('')).toContain('&lt;img src=x onerror=alert(1)&gt;');
            expect(htmlTags(html).filter(tag => /^<\/?\s*(script|img|iframe)\b/i.test(tag) || /\son[a-z]+\s*=/i.test(tag))).toEqual([]);
            expect(html).not.toMatch(/alert\(2\)/);
        } finally {
            workspace.remove();
        }
    }, 60_000);
});

test('svc report: the HTML of a service with data draws its charts, the Markdown embeds them; a service without data gets no section', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'svc-report-charts-'));
    try {
        const paths = ['telecom', 'healthcare'].map(folder => join(examplesRoot, folder));
        const warnings: string[] = [];
        for (const format of ['html', 'md'] as const) {
            expect(await runReport({ paths, format, outDir, locale: 'en', force: true }, () => undefined, text => warnings.push(text))).toBe(0);
        }
        expect(warnings).toEqual([]);
        const telecom = (extension: string) => readFileSync(join(outDir, `telecom/broadband-installation/BroadbandInstall.${extension}`), 'utf-8');
        const html = htmlSection(telecom('html'), 'performance');
        expect(html.match(/<figure><figcaption>[^<]*<\/figcaption>\n<svg[\s>]/g)?.length).toBeGreaterThanOrEqual(8);
        expect(html).toContain('热线平均接通时长');
        const markdown = markdownSection(telecom('md'), 'Measured performance');
        expect(markdown.match(/^```mermaid$/gm)?.length).toBeGreaterThanOrEqual(8);
        // One line chart per KPI with data.
        expect(markdown.match(/^xychart-beta/gm)).toHaveLength(6);
        for (const extension of ['html', 'md']) {
            expect(readFileSync(join(outDir, `healthcare/outpatient-visit/门诊就诊.${extension}`), 'utf-8')).not.toContain('Measured performance');
        }
    } finally {
        rmSync(outDir, { recursive: true, force: true });
    }
}, 120_000);

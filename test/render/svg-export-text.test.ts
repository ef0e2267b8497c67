/// <reference lib="dom" />
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { ServiceModel } from '#protocol/blueprint-schema.js';
import { generateMermaid, type BlueprintView, type MermaidDiagram } from '../../language-server/src/blueprint/mermaid/index.js';
import { stackSvgs } from '../../language-server/src/export/stack-svgs.js';
import { hasMeasuredValues } from '../../language-server/src/report/performance-section.js';
import { hostileTexts, servicesOfFiles, svcString } from '../helpers/mermaid-kit.js';
import { runCli } from '../helpers/run-cli.js';
import { blankLabels, labelInk, svgLabels, unbroken, type LabelInk } from '../helpers/svg-text-check.js';
import { chain, handBuiltService, handBuiltStep } from './hand-built-service.js';
import { exampleWorkspaces, rendererForFile } from './render-harness.js';

const chromium = rendererForFile();

/*
 * "A non-browser renderer shows every label": every example's every view and
 * the hostile titles, drawn as `svc render --format svg` draws them, read back
 * as SVG text and drawn by resvg. The figures (diagrams, labels, time per
 * diagram) are printed for the project's notes.
 */

const repo = resolve(import.meta.dirname, '../..');
const views: BlueprintView[] = ['blueprint', 'flow', 'standards', 'performance'];

const scratch = mkdtempSync(join(tmpdir(), 'svc-svg-text-'));
/** What was checked, per group of diagrams (the examples, the hostile titles), for the project's notes. */
interface Figures { diagrams: number; labels: number; titles: number; renderMs: number[]; resvgMs: number[]; leastInk: LabelInk[] }
const figures = new Map<string, Figures>();
function figuresOf(group: string): Figures {
    if (!figures.has(group)) figures.set(group, { diagrams: 0, labels: 0, titles: 0, renderMs: [], resvgMs: [], leastInk: [] });
    return figures.get(group)!;
}

afterAll(async () => {
    rmSync(scratch, { recursive: true, force: true });
    for (const [group, figure] of figures) {
        const sorted = [...figure.renderMs].sort((a, b) => a - b);
        const least = figure.leastInk.sort((a, b) => a.inked / a.area - b.inked / b.area).slice(0, 3)
            .map(label => `${JSON.stringify(label.text.slice(0, 30))} ${(100 * label.inked / label.area).toFixed(1)} %`);
        console.log(`svg-export-text, ${group}: ${figure.diagrams} SVGs, ${figure.labels} labels inked by resvg, ${figure.titles} step titles found in their nodes; `
            + `render per diagram median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(0) ?? '–'} ms, max ${sorted.at(-1)?.toFixed(0) ?? '–'} ms; `
            + `resvg (twice per SVG) ${figure.resvgMs.reduce((sum, ms) => sum + ms, 0).toFixed(0)} ms in all; least inked: ${least.join(', ')}`);
    }
});

/** The title a step's node shows, by step id. */
function stepTitles(service: ServiceModel): Map<string, string> {
    return new Map(service.processes.flatMap(process => process.steps.map(step => [step.id, step.title ?? step.name] as const)));
}

/**
 * Checks one exported SVG: no HTML label and no nonce left, each step's title
 * in the text of its node, and every label inked by resvg.
 */
async function expectTextOnly(svg: string, group: string, where: string, nodes: Record<string, string> = {}, titles = new Map<string, string>()): Promise<void> {
    const figures = figuresOf(group);
    const labels = await svgLabels(chromium.renderer.page, svg, Object.values(nodes));
    expect(labels.parseError, where).toBeNull();
    expect(labels.foreignObjects, where).toBe(0);
    expect(labels.nonces, where).toBe(0);
    expect(svg, where).not.toMatch(/\snonce=/);
    for (const [stepId, nodeId] of Object.entries(nodes)) {
        const title = titles.get(stepId);
        if (title === undefined) continue;
        expect(unbroken(labels.nodeTexts[nodeId]), `${where}: step ${stepId}`).toContain(unbroken(title));
        figures.titles++;
    }
    expect(labels.texts.length, where).toBeGreaterThan(0);
    const started = performance.now();
    const { labels: inks } = labelInk(svg, labels.texts);
    figures.resvgMs.push(performance.now() - started);
    expect(blankLabels(inks), `${where}: labels resvg leaves blank`).toEqual([]);
    figures.labels += inks.length;
    figures.diagrams++;
    figures.leastInk.push(...inks.sort((a, b) => a.inked / a.area - b.inked / b.area).slice(0, 1));
}

async function renderedDiagrams(diagrams: MermaidDiagram[], group: string, locale: 'en' | 'zh-CN' = 'en') {
    const rendered = await chromium.renderer.render(diagrams, { locale, theme: 'light' });
    figuresOf(group).renderMs.push(...rendered.map(diagram => diagram.milliseconds));
    return rendered;
}

describe('SVG export: labels are SVG text that resvg draws', () => {
    for (const workspace of exampleWorkspaces()) {
        test(`every view of every service in examples/${workspace.name}`, { timeout: 600_000 }, async () => {
            for (const { file, service } of await servicesOfFiles(workspace.files)) {
                const titles = stepTitles(service);
                for (const view of views) {
                    if (view === 'performance' && !hasMeasuredValues(service)) continue;
                    const diagrams = generateMermaid(service, view, { locale: 'en' });
                    const rendered = await renderedDiagrams(diagrams, 'examples');
                    for (const [index, { svg }] of rendered.entries()) {
                        await expectTextOnly(svg, 'examples', `${relative(repo, file)} ${service.name} ${view} #${index + 1}`, diagrams[index].nodes, titles);
                    }
                    // As `svc render --format svg` writes it: several diagrams stacked under their titles.
                    if (rendered.length > 1) await expectTextOnly(stackSvgs(rendered), 'examples', `${relative(repo, file)} ${service.name} ${view} stacked`);
                }
            }
            expect(chromium.incidents).toEqual({ dialogs: [], consoleErrors: [], pageErrors: [] });
        });
    }

    test('hostile titles, line breaks included, in the blueprint and flow views', { timeout: 300_000 }, async () => {
        const lanes = ['customer', 'frontstage', 'backstage', 'support'] as const;
        const steps = hostileTexts.map((title, index) => handBuiltStep(`H${index}`, { title, lane: lanes[index % lanes.length], evidence: [title] }));
        const service = handBuiltService({ name: 'Hostile', title: 'Hostile', steps, edges: chain(steps).map((edge, index) => ({ ...edge, condition: hostileTexts[index] })) });
        for (const view of ['blueprint', 'flow'] as const) {
            const diagrams = generateMermaid(service, view, { locale: 'zh-CN' });
            const rendered = await renderedDiagrams(diagrams, 'hostile titles', 'zh-CN');
            for (const [index, { svg }] of rendered.entries()) {
                await expectTextOnly(svg, 'hostile titles', `hostile ${view} #${index + 1}`, diagrams[index].nodes, stepTitles(service));
                // Written as text, never as markup: no element the titles name.
                expect(svg).not.toMatch(/<(script|img|b)[\s>]/i);
            }
        }
        expect(chromium.incidents).toEqual({ dialogs: [], consoleErrors: [], pageErrors: [] });
    });

    test('svc render --format svg of a spec whose step titles are hostile', { timeout: 120_000 }, async () => {
        // A spec string holds no line break: those titles are covered by the hand-built model above.
        const titles = hostileTexts.filter(text => !/[\r\n\u2028\u2029\u0085]/.test(text));
        const performers = ['C customer', 'F frontstage', 'B backstage'];
        const spec = [
            'service Hostile "Hostile titles" {',
            ...performers.map(performer => `  actor ${performer.replace(' ', ` ${svcString(performer)} `)}`),
            '  process P "Hostile" {',
            ...titles.map((title, index) => `    step S${index} ${svcString(title)} by ${performers[index % performers.length][0]} { next ${index + 1 < titles.length ? `S${index + 1}` : 'end'} }`),
            '  }',
            '}'
        ].join('\n');
        const file = join(scratch, 'hostile.svc');
        writeFileSync(file, spec);
        const out = join(scratch, 'hostile.svg');
        const run = runCli(['render', file, '--format', 'svg', '-o', out], repo);
        expect(run.status, run.stderr).toBe(0);
        const svg = readFileSync(out, 'utf-8');
        const [{ service }] = await servicesOfFiles([file]);
        expect(service.processes[0].steps.map(step => step.title)).toEqual(titles);
        const diagrams = generateMermaid(service, 'blueprint', { locale: 'en' });
        // Stacked parts, when the process is split: each step is drawn in one of them.
        await expectTextOnly(svg, 'svc render of a hostile spec', 'svc render hostile.svc', Object.assign({}, ...diagrams.map(diagram => diagram.nodes)), stepTitles(service));
    });
});

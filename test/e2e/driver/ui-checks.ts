import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { artifactsDir } from './e2e-paths.js';
import { expectedProblemRows, stepsOf, type StepOnScreen } from './expectations.js';
import { problemRows, type ProblemRow } from './problems-panel.js';
import { svcJson } from './scratch-workspace.js';
import { cursorPosition, eventually, isDarkWorkbench, openFile, pick, runCommand, webviewContent } from './workbench.js';

/* What a user sees, checked in the workbench after the extension-host suite: one check after the other, in this order. */

export interface UiCheck {
    title: string;
    run(): Promise<void>;
}

export const previewSpec = { file: 'examples/healthcare/outpatient-visit.svc', name: 'outpatient-visit.svc', text: '自助挂号' };
/* The measured example: a KPI export whose row added (unsaved) breaks the standard AnswerIn30s (≤ 30 s). */
const measuredSpec = { file: 'examples/telecom/broadband-installation.svc', name: 'broadband-installation.svc', text: '家庭宽带装机' };
/** `mark`: what the overlay writes in the step's node (blanks removed, as in DrawnPreview.text). */
const measuredData = { file: 'examples/telecom/data/kpi-2026-10.csv', name: 'kpi-2026-10.csv', text: 'AvgAnswerTime', row: 'AvgAnswerTime,2026-11-01,45', mark: '45s>30s' };
const lanes = ['Physical evidence', 'Customer actions', 'Frontstage', 'Backstage', 'Support processes'];
const lines = ['Line of interaction', 'Line of visibility', 'Line of internal interaction'];

export const rowKey = (row: ProblemRow) => `${row.file}:${row.line}:${row.column} ${row.code}`;

export function sameList(what: string, shown: string[], wanted: string[]): void {
    const missing = wanted.filter(entry => !shown.includes(entry));
    const extra = shown.filter(entry => !wanted.includes(entry));
    if (missing.length || extra.length || shown.length !== wanted.length) {
        throw new Error(`${what}: missing ${JSON.stringify(missing)}, unexpected ${JSON.stringify(extra)} (${shown.length} shown, ${wanted.length} expected)`);
    }
}

interface DrawnPreview {
    stepNodes: number;
    text: string;
    laneLabels: string[];
    background: string;
    svgId: string;
}

async function drawnPreview(page: Page): Promise<DrawnPreview> {
    return webviewContent(page).locator('body').evaluate(body => ({
        stepNodes: body.querySelectorAll('svg .svc-step').length,
        text: [...body.querySelectorAll('svg')].map(svg => svg.textContent ?? '').join(' ').replace(/\s+/g, ''),
        laneLabels: [...body.querySelectorAll('svg g.cluster .cluster-label')].map(label => (label.textContent ?? '').trim()),
        background: getComputedStyle(body).backgroundColor,
        svgId: body.querySelector('svg')?.id ?? ''
    }));
}

/** Relative luminance 0…1 of a CSS `rgb(r, g, b)`. */
function luminance(color: string): number {
    const [r, g, b] = (color.match(/\d+(\.\d+)?/g) ?? ['255', '255', '255']).map(Number);
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

interface DrawnCharts {
    /** The text of each SVG, blanks removed. */
    svgTexts: string[];
    background: string;
    /** The fill of the charts' titles (xychart-beta, quadrantChart, radar-beta), as computed. */
    titleColours: string[];
}

/** The title of each chart: xychart-beta, quadrantChart, radar-beta. */
const chartTitles = 'svg[aria-roledescription="xychart"] g.chart-title text, svg[aria-roledescription="quadrantChart"] g.title text, svg[aria-roledescription="radar"] text.radarTitle';

async function drawnCharts(page: Page): Promise<DrawnCharts> {
    return webviewContent(page).locator('body').evaluate((body, titles) => ({
        svgTexts: [...body.querySelectorAll('svg')].map(svg => (svg.textContent ?? '').replace(/\s+/g, '')),
        background: getComputedStyle(body).backgroundColor,
        titleColours: [...body.querySelectorAll(titles)].map(text => getComputedStyle(text).fill)
    }), chartTitles);
}

interface ExportedMeasured {
    files: Array<{ model: { services: Array<{ measured?: { kpis: Array<{ name: string; title?: string }> } }> } }>;
}

/** The titles of the KPIs with data of the first service of `file`, from `svc export --format json`. */
function kpiTitlesOf(workspace: string, file: string): string[] {
    const exported = JSON.parse(svcJson(workspace, ['export', file, '--format', 'json'])) as ExportedMeasured;
    return (exported.files[0]?.model.services[0]?.measured?.kpis ?? []).map(kpi => kpi.title ?? kpi.name);
}

/** Ctrl + wheel over the top left corner of the preview's canvas: more of the drawing in view, its top left corner kept in place. */
async function zoomOutFromTopLeft(page: Page): Promise<void> {
    const frame = await page.locator('iframe.webview.ready').boundingBox();
    const toolbar = await webviewContent(page).locator('header.toolbar').boundingBox();
    if (!frame || !toolbar) throw new Error('no preview on screen');
    const level = webviewContent(page).locator('#zoom-level');
    const before = await level.textContent();
    await page.mouse.move(frame.x + 4, frame.y + toolbar.height + 4);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, 135);
    await page.keyboard.up('Control');
    await eventually('the preview zoomed out', async () => await level.textContent() !== before || undefined, 10_000);
}

/** Switches the preview's view with its toolbar, as a user would. */
async function selectView(page: Page, view: string): Promise<void> {
    await webviewContent(page).locator('#view').selectOption(view);
}

/** Every KPI title is in the text of an SVG of its own; the texts of the SVGs, when it is so. */
function chartsOfEvery(titles: string[], charts: DrawnCharts): boolean {
    const compact = titles.map(title => title.replace(/\s+/g, ''));
    return compact.every(title => charts.svgTexts.some(text => text.includes(title)))
        && new Set(compact.map(title => charts.svgTexts.findIndex(text => text.includes(title)))).size === compact.length;
}

interface PartOnScreen {
    /** The zoom level the toolbar shows, e.g. `37%`. */
    level: string;
    /** The part's drawing lies wholly inside the preview's viewport. */
    inside: boolean;
    /** The part's drawing starts in the upper half of the viewport: it is the part in view. */
    inView: boolean;
}

/** Where part `index` of the preview's drawing is, as the user sees it. */
async function partOnScreen(page: Page, index: number): Promise<PartOnScreen> {
    return webviewContent(page).locator('body').evaluate((body, part) => {
        const view = body.querySelector('#viewport')!.getBoundingClientRect();
        const svg = body.querySelectorAll('#canvas section.diagram svg')[part]?.getBoundingClientRect();
        const level = body.querySelector('#zoom-level')?.textContent ?? '';
        if (!svg) return { level, inside: false, inView: false };
        return {
            level,
            inside: svg.left >= view.left - 0.5 && svg.right <= view.right + 0.5 && svg.top >= view.top - 0.5 && svg.bottom <= view.bottom + 0.5,
            inView: svg.top >= view.top - 0.5 && svg.top < view.top + view.height / 2
        };
    }, index);
}

/**
 * Quick Open (Ctrl+P) of a file in a group that already shows another one:
 * the file's tab becomes the active one (openFile's check of the text looks at the group's first editor).
 */
export async function openBesideOthers(page: Page, fileName: string): Promise<void> {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(fileName);
    await page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: fileName }).waitFor();
    await page.keyboard.press('Enter');
    await page.locator(`.tabs-container .tab.active[aria-label^="${fileName}"]`).waitFor({ timeout: 20_000 });
}

/** The long fixture: 6 stages of 20 steps, a part each (test/e2e/fixtures/long-process). */
const longSpec = { name: 'long-journey.svc', steps: 120, parts: 6 };

export async function screenshot(page: Page, name: string): Promise<void> {
    await page.mouse.move(0, 500);
    await page.screenshot({ path: path.join(artifactsDir, name) });
}

/** `prefix`: put before the name of each screenshot (the web run's are `web-…`). */
export function uiChecks(page: Page, workspace: string, expectedDiagnosticsFile: string, prefix: string): UiCheck[] {
    let steps: StepOnScreen[] = [];
    let lightSvgId = '';
    let measuredSteps: StepOnScreen[] = [];
    let kpiTitles: string[] = [];
    return [
        {
            title: 'the Problems panel lists every diagnostic of svc check, with its rule id',
            run: async () => {
                const wanted = expectedProblemRows(expectedDiagnosticsFile).map(rowKey).sort();
                // The panel fills as the server reports: wait until it holds as many rows as expected.
                const shown = await eventually('the Problems panel rows', async () => {
                    const rows = (await problemRows(page)).map(rowKey).sort();
                    return rows.length >= wanted.length ? rows : undefined;
                }, 60_000).catch(async () => (await problemRows(page)).map(rowKey).sort());
                await screenshot(page, `${prefix}problems-panel.png`);
                sameList('Problems panel', shown, wanted);
            }
        },
        {
            title: 'Ctrl+K V opens the blueprint preview: an SVG with every step title and the five lanes (light theme)',
            run: async () => {
                steps = stepsOf(workspace, previewSpec.file);
                await page.keyboard.press('Control+J');   // the panel away: room for the preview
                await openFile(page, previewSpec.name, previewSpec.text);
                await page.keyboard.press('Control+K');
                await page.keyboard.press('V');
                const drawn = await eventually('the blueprint in the preview webview', async () => {
                    const preview = await drawnPreview(page);
                    return preview.stepNodes === steps.length ? preview : undefined;
                }, 60_000);
                lightSvgId = drawn.svgId;
                const fitted = await eventually('the blueprint fitted inside the preview', async () => {
                    const part = await partOnScreen(page, 0);
                    return part.inside ? part : undefined;
                }, 10_000);
                console.log(`preview fitted on open: ${previewSpec.name} at ${fitted.level}`);
                await screenshot(page, `${prefix}preview-light.png`);
                sameList('step titles in the SVG', steps.map(step => step.title).filter(title => drawn.text.includes(title.replace(/\s+/g, ''))), steps.map(step => step.title));
                sameList('lanes', drawn.laneLabels.filter(label => lanes.includes(label)), lanes);
                for (const line of lines) if (!drawn.text.includes(line.replace(/\s+/g, ''))) throw new Error(`no "${line}" in the blueprint`);
                if (luminance(drawn.background) < 0.5) throw new Error(`a light theme, but the preview's background is ${drawn.background}`);
            }
        },
        {
            title: 'a click on a step node moves the editor cursor to that step',
            run: async () => {
                // A step from the middle whose title is in no other title, so that the node is found by its text alone.
                const candidates = steps.filter(step => steps.every(other => other === step || !other.title.includes(step.title)));
                const target = candidates[Math.floor(candidates.length / 2)];
                await page.keyboard.press('Control+1');
                await page.keyboard.press('Control+Home');
                await eventually('the cursor at the top of the file', async () => await cursorPosition(page) === 'Ln 1, Col 1' || undefined, 10_000);
                await webviewContent(page).locator('svg .svc-step', { hasText: target.title }).first().click();
                await eventually(`the cursor at step "${target.title}" (${target.cursor})`, async () => await cursorPosition(page) === target.cursor || undefined, 10_000);
            }
        },
        {
            title: 'the preview follows a switch to the Dark Modern theme (Ctrl+K Ctrl+T)',
            run: async () => {
                await page.keyboard.press('Control+K');
                await page.keyboard.press('Control+T');
                await pick(page, 'Dark Modern', 'Dark Modern');
                await eventually('a dark workbench', async () => await isDarkWorkbench(page) || undefined, 15_000);
                const drawn = await eventually('the blueprint drawn again in dark colours', async () => {
                    const preview = await drawnPreview(page);
                    return preview.svgId !== lightSvgId && preview.stepNodes === steps.length && luminance(preview.background) < 0.3 ? preview : undefined;
                }, 30_000);
                await page.waitForTimeout(500);
                await screenshot(page, `${prefix}preview-dark.png`);
                sameList('lanes', drawn.laneLabels.filter(label => lanes.includes(label)), lanes);
            }
        },
        {
            title: 'the preview follows the editor to a 120-step process: a part picker of its 6 stages, a continuation node goes to the next part (dark theme)',
            run: async () => {
                await page.keyboard.press('Control+1');
                await openBesideOthers(page, longSpec.name);
                // No Ctrl+K V: the open, unlocked preview follows the active editor.
                const options = await eventually(`the ${longSpec.parts} parts of ${longSpec.name} in the preview`, async () => {
                    const drawn = await webviewContent(page).locator('body').evaluate(body => ({
                        steps: body.querySelectorAll('svg .svc-step').length,
                        options: [...body.querySelectorAll('#part option')].map(option => option.textContent ?? '')
                    }));
                    return drawn.steps === longSpec.steps && drawn.options.length === longSpec.parts ? drawn.options : undefined;
                }, 120_000);
                sameList('part picker', options.map(option => option.replace(/^.*› /, '')), Array.from({ length: longSpec.parts }, (_, index) => `Stage ${index + 1}`));
                if (!(await partOnScreen(page, 0)).inView) throw new Error('the first part is not in view on open');
                await page.waitForTimeout(500);
                await screenshot(page, `${prefix}preview-parts-dark.png`);
                // The picker: the time from the pick to the part drawn on screen (two animation frames), in the page.
                const switchMs = await webviewContent(page).locator('#part').evaluate(select => new Promise<number>(resolve => {
                    const started = performance.now();
                    (select as HTMLSelectElement).value = '3';
                    select.dispatchEvent(new Event('change'));
                    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - started)));
                }));
                console.log(`part picker: part 4 of ${longSpec.name} on screen ${switchMs.toFixed(1)} ms after the pick`);
                await eventually('part 4 in view', async () => (await partOnScreen(page, 3)).inView || undefined, 10_000);
                await page.waitForTimeout(300);
                await screenshot(page, `${prefix}preview-parts-4-dark.png`);
                // Part 4 (steps 61–80) ends with "→ S81": its click goes to part 5.
                await webviewContent(page).locator('#canvas section.diagram >> nth=3 >> .svc-continuation[data-svc-step="S81"]').click();
                await eventually('part 5 picked and in view', async () => await webviewContent(page).locator('#part').inputValue() === '4' && (await partOnScreen(page, 4)).inView || undefined, 10_000);
                await page.waitForTimeout(300);
                await screenshot(page, `${prefix}preview-parts-continuation-dark.png`);
            }
        },
        {
            title: 'the Performance view of broadband-installation.svc: a chart per KPI with data, with its title (dark theme)',
            run: async () => {
                measuredSteps = stepsOf(workspace, measuredSpec.file);
                kpiTitles = kpiTitlesOf(workspace, measuredSpec.file);
                if (kpiTitles.length === 0) throw new Error(`svc export finds no KPI with data in ${measuredSpec.file}`);
                await runCommand(page, 'View: Close All Editors');
                // Room for the charts: no side bar, and the preview zoomed out (it keeps its zoom across views and redraws).
                await page.keyboard.press('Control+B');
                await openFile(page, measuredSpec.name, measuredSpec.text);
                await page.keyboard.press('Control+K');
                await page.keyboard.press('V');
                await eventually('the blueprint of broadband-installation.svc', async () => (await drawnPreview(page)).stepNodes === measuredSteps.length || undefined, 60_000);
                await zoomOutFromTopLeft(page);
                // The wheel focused the preview's group: back to the editor's, where files open.
                await page.keyboard.press('Control+1');
                await selectView(page, 'performance');
                const charts = await eventually('a chart per KPI in the Performance view', async () => {
                    const drawn = await drawnCharts(page);
                    return chartsOfEvery(kpiTitles, drawn) ? drawn : undefined;
                }, 60_000);
                await page.waitForTimeout(500);
                await screenshot(page, `${prefix}preview-performance-dark.png`);
                if (luminance(charts.background) > 0.3) throw new Error(`a dark theme, but the preview's background is ${charts.background}`);
                readableTitles(charts, 'light');
            }
        },
        {
            title: 'an unsaved CSV edit breaks a standard: the blueprint marks its steps, the toolbar toggle hides the marks (dark theme)',
            run: async () => {
                await selectView(page, 'blueprint');
                await eventually('the blueprint again', async () => (await drawnPreview(page)).stepNodes === measuredSteps.length || undefined, 60_000);
                if ((await drawnPreview(page)).text.includes(measuredData.mark)) throw new Error(`"${measuredData.mark}" in the blueprint before the data say so`);
                await page.keyboard.press('Control+1');
                await openFile(page, measuredData.name, measuredData.text);
                // Pressed again until the status bar shows the end: on a busy machine the editor may take the focus after the first press.
                const lines = readFileSync(path.join(workspace, measuredData.file), 'utf-8').split('\n');
                const end = `Ln ${lines.length}, Col ${lines[lines.length - 1].length + 1}`;
                await eventually(`the cursor at the end of ${measuredData.name} (${end})`, async () => {
                    await page.keyboard.press('Control+End');
                    return await cursorPosition(page) === end || undefined;
                }, 10_000);
                await page.keyboard.type(measuredData.row);
                const marked = await eventually(`the overlay "${measuredData.mark}" in the blueprint`, async () => {
                    const preview = await drawnPreview(page);
                    return preview.stepNodes === measuredSteps.length && preview.text.includes(measuredData.mark) ? preview : undefined;
                }, 30_000);
                await page.waitForTimeout(500);
                await screenshot(page, `${prefix}preview-overlay-dark.png`);
                const toggle = webviewContent(page).locator('#overlay');
                if (!await toggle.isChecked()) throw new Error('the overlay toggle is off, but the overlay is drawn');
                await toggle.click();
                await eventually('the blueprint without the overlay', async () => {
                    const preview = await drawnPreview(page);
                    return preview.svgId !== marked.svgId && preview.stepNodes === measuredSteps.length && !preview.text.includes(measuredData.mark) || undefined;
                }, 30_000);
                await toggle.click();
                await eventually('the overlay back', async () => (await drawnPreview(page)).text.includes(measuredData.mark) || undefined, 30_000);
            }
        },
        {
            title: 'the overlay and the Performance view follow a switch back to the Light Modern theme',
            run: async () => {
                await page.keyboard.press('Control+K');
                await page.keyboard.press('Control+T');
                await pick(page, 'Light Modern', 'Light Modern');
                await eventually('a light workbench', async () => !await isDarkWorkbench(page) || undefined, 15_000);
                await eventually('the overlay drawn again in light colours', async () => {
                    const preview = await drawnPreview(page);
                    return preview.text.includes(measuredData.mark) && luminance(preview.background) > 0.5 || undefined;
                }, 30_000);
                await page.waitForTimeout(500);
                await screenshot(page, `${prefix}preview-overlay-light.png`);
                await selectView(page, 'performance');
                const charts = await eventually('the charts in light colours', async () => {
                    const drawn = await drawnCharts(page);
                    return chartsOfEvery(kpiTitles, drawn) && luminance(drawn.background) > 0.5 ? drawn : undefined;
                }, 60_000);
                await page.waitForTimeout(500);
                await screenshot(page, `${prefix}preview-performance-light.png`);
                readableTitles(charts, 'dark');
                // The workspace as it was: the CSV edit undone, the side bar back.
                await page.keyboard.press('Control+1');
                await openFile(page, measuredData.name, measuredData.text);
                await runCommand(page, 'File: Revert File');
                await page.keyboard.press('Control+B');
            }
        }
    ];
}

/** The charts' titles stand out from the background: light text on a dark theme, dark text on a light one. */
function readableTitles(charts: DrawnCharts, text: 'light' | 'dark'): void {
    if (charts.titleColours.length === 0) throw new Error('no chart title found in the Performance view');
    const unreadable = charts.titleColours.filter(colour => text === 'light' ? luminance(colour) < 0.6 : luminance(colour) > 0.4);
    if (unreadable.length) throw new Error(`chart titles in ${unreadable.join(', ')} on ${charts.background}`);
}

import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { artifactsDir } from './e2e-paths.js';
import { expectedProblemRows, stepsOf, type StepOnScreen } from './expectations.js';
import { problemRows, type ProblemRow } from './problems-panel.js';
import { cursorPosition, eventually, isDarkWorkbench, openFile, pick, webviewContent } from './workbench.js';

/* What a user sees, checked in the workbench after the extension-host suite: one check after the other, in this order. */

export interface UiCheck {
    title: string;
    run(): Promise<void>;
}

const previewSpec = { file: 'examples/healthcare/outpatient-visit.svc', name: 'outpatient-visit.svc', text: '自助挂号' };
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

export async function screenshot(page: Page, name: string): Promise<void> {
    await page.mouse.move(0, 500);
    await page.screenshot({ path: path.join(artifactsDir, name) });
}

export function uiChecks(page: Page, workspace: string, expectedDiagnosticsFile: string): UiCheck[] {
    let steps: StepOnScreen[] = [];
    let lightSvgId = '';
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
                await screenshot(page, 'problems-panel.png');
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
                await screenshot(page, 'preview-light.png');
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
                await screenshot(page, 'preview-dark.png');
                sameList('lanes', drawn.laneLabels.filter(label => lanes.includes(label)), lanes);
            }
        }
    ];
}

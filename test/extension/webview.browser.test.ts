import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewUpdate, type PreviewInputs } from '../../extension/src/preview/preview-update.js';
import type { UpdateMessage, ViewReport } from '#protocol/preview-messages.js';
import { parseWebviewMessage } from '../../extension/src/preview/webview-messages.js';
import type { MermaidDiagram } from '#protocol/diagram.js';
import { blankLabels, labelInk, svgLabels, unbroken } from '../helpers/svg-text-check.js';
import { blueprintOf, measuredExample, slowAnswerRow, stagedProcess, twoServices } from './blueprint-fixture.js';
import { allDrawn, launchChromium, openWebview, postToPage, sent, serveWebview, waitForMessage, webviewBundle, type WebviewWindow as Window } from './webview-page.js';

/*
 * The built webview (out/extension/preview.js) in headless Chromium, under the
 * preview's real Content-Security-Policy, with a stand-in for VS Code's webview
 * API (webview-page.ts): what the host posts is drawn, and what the page posts
 * back is what the host accepts.
 */

/** The title of each chart: xychart-beta, quadrantChart, radar-beta. */
const chartTitles = '#canvas svg[aria-roledescription="xychart"] g.chart-title text, #canvas svg[aria-roledescription="quadrantChart"] g.title text, #canvas svg[aria-roledescription="radar"] text.radarTitle';

describe('the preview webview in Chromium', () => {
    // Never skipped: without the built bundle this fails and says what is missing.
    it('the webview bundle is present', () => {
        expect(existsSync(webviewBundle), `${webviewBundle} is missing: run 'npm run build'`).toBe(true);
    });

    let server: Server;
    let browser: Browser;
    let page: Page;
    let inputs: PreviewInputs;
    let update: UpdateMessage;

    beforeAll(async () => {
        const model = await blueprintOf(twoServices);
        inputs = { model, selection: { view: 'blueprint', service: null, process: null }, document: 'file:///w/a.svc', theme: 'light', locale: 'en', maxStepsPerDiagram: 25, measuredOverlay: true, stale: false, notice: null };
        update = previewUpdate(inputs);
        server = await serveWebview();
        browser = await launchChromium();
        page = await openWebview(browser, server, { width: 1200, height: 800 });
    }, 60_000);

    afterAll(async () => {
        await browser?.close();
        await new Promise(resolve => server?.close(resolve));
    });

    it('draws the diagrams it is sent and reports the step nodes it drew', async () => {
        await postToPage(page, update);
        const rendered = await waitForMessage(page, allDrawn(update.renderKey));
        expect(rendered).toMatchObject({ diagrams: update.diagrams.length, failed: 0 });
        expect(rendered.nodes).toBe(update.diagrams.reduce((sum, diagram) => sum + Object.keys(diagram.nodes).length, 0));
        expect(await page.locator('#canvas svg').count()).toBe(update.diagrams.length);
        expect(await page.locator('#service-picker').isVisible()).toBe(true);
        expect(await page.locator('#process-picker').isVisible()).toBe(true);
    }, 60_000);

    it('writes a changed title into the drawing at once, and lays it out anew once typing pauses', async () => {
        const titled = previewUpdate({ ...inputs, model: await blueprintOf(twoServices.replace('"登记"', '"登记处 <b>"')) });
        await page.evaluate(() => document.querySelector('#canvas svg')!.setAttribute('data-drawn-before', ''));
        await postToPage(page, titled);
        await waitForMessage(page, allDrawn(titled.renderKey));
        // The same drawing, with the new text: no layout yet.
        expect(await page.locator('#canvas svg[data-drawn-before]').count()).toBe(1);
        expect(await page.locator('#canvas svg').first().textContent()).toContain('登记处 <b>');
        // Then a new layout of the same text.
        await page.waitForFunction(() => !document.querySelector('#canvas svg[data-drawn-before]'), undefined, { timeout: 30_000 });
        expect(await page.locator('#canvas svg').first().textContent()).toContain('登记处 <b>');
        expect(await page.locator('#canvas b').count()).toBe(0);
    }, 60_000);

    it('fades the outdated drawing while a new layout is on its way', async () => {
        const moved = previewUpdate({ ...inputs, model: await blueprintOf(twoServices.replace('actor Clerk "前台" frontstage', 'actor Clerk "前台" backstage')) });
        await page.evaluate(() => {
            const busy: Array<string | null> = (window as unknown as { __busy: Array<string | null> }).__busy = [];
            const viewport = document.getElementById('viewport')!;
            new MutationObserver(() => busy.push(viewport.getAttribute('aria-busy'))).observe(viewport, { attributeFilter: ['aria-busy'] });
        });
        await postToPage(page, moved);
        await waitForMessage(page, allDrawn(moved.renderKey));
        expect(await page.evaluate(() => (window as unknown as { __busy: unknown[] }).__busy)).toEqual(['true', null]);
        await postToPage(page, update);
        await page.waitForFunction(() => !document.querySelector('#viewport[aria-busy]'));
    }, 60_000);

    it('needs no exception to the CSP, and nothing is ever refused (not even in inert parsed documents)', async () => {
        const refused = await page.evaluate(() => (window as unknown as Window).__violations);
        expect(refused).toEqual([]);
    });

    it('keeps Mermaid\'s styling: style elements run by nonce, style attributes through the CSSOM', async () => {
        const styling = await page.evaluate(() => {
            const svgs = [...document.querySelectorAll('#canvas svg')];
            const sheets = svgs.flatMap(svg => [...svg.querySelectorAll('style')]).map(style => style.sheet?.cssRules.length ?? 0);
            const styled = svgs.flatMap(svg => [...svg.querySelectorAll<SVGElement | HTMLElement>('[style]')]).filter(element => element.getAttribute('style')?.trim());
            return { sheets, styled: styled.length, applied: styled.filter(element => element.style.length > 0).length };
        });
        expect(styling.sheets.length).toBeGreaterThan(0);
        expect(styling.sheets.every(rules => rules > 0)).toBe(true);
        expect(styling.styled).toBeGreaterThan(0);
        expect(styling.applied).toBe(styling.styled);
    });

    it('reveals a clicked step', async () => {
        const before = (await sent(page)).length;
        await page.locator('.svc-step').first().click();
        const reveal = await waitForMessage(page, message => message.type === 'reveal');
        expect(Object.keys(update.diagrams[0].nodes)).toContain(reveal.stepId);
        expect((await sent(page)).length).toBe(before + 1);
    });

    it('highlights the step under the editor cursor, and keeps it across redraws', async () => {
        await postToPage(page, { type: 'highlight', stepId: 'Register' });
        await page.waitForSelector('.svc-highlight');
        expect(await page.locator('.svc-highlight').count()).toBeGreaterThan(0);
        await postToPage(page, { type: 'highlight', stepId: null });
        await page.waitForFunction(() => document.querySelectorAll('.svc-highlight').length === 0);
    });

    it('zooms with Ctrl + wheel and keeps the zoom when the diagram is redrawn', async () => {
        await page.mouse.move(400, 300);
        await page.keyboard.down('Control');
        await page.mouse.wheel(0, -300);
        await page.keyboard.up('Control');
        const transform = await page.locator('#canvas').evaluate(element => (element as HTMLElement).style.transform);
        expect(transform).toMatch(/scale\((?!1\))/);
        const dark = previewUpdate({ ...inputs, theme: 'dark' });
        await postToPage(page, dark);
        await waitForMessage(page, allDrawn(dark.renderKey));
        expect(await page.locator('#canvas').evaluate(element => (element as HTMLElement).style.transform)).toBe(transform);
        expect(await page.evaluate(() => (window as unknown as Window).__state)).toMatchObject({ zoom: { scale: expect.any(Number) } });
        await page.locator('#zoom-actual').click();
        expect(await page.locator('#canvas').evaluate(element => (element as HTMLElement).style.transform)).toMatch(/ scale\(1\)$/);
        expect(await page.locator('#zoom-level').textContent()).toBe('100%');
    }, 60_000);

    it('keeps the last drawing under a banner while the spec has syntax errors', async () => {
        // The host sends the last valid blueprint again, marked stale: drawn before, so nothing is redrawn.
        const before = (await sent(page)).length;
        await postToPage(page, update);
        await waitForMessage(page, allDrawn(update.renderKey), 30_000, before);
        const stale = previewUpdate({ ...inputs, stale: true });
        expect(stale.renderKey).toBe(update.renderKey);
        await postToPage(page, stale);
        await page.waitForSelector('#banner:not([hidden])');
        expect(await page.locator('#banner').textContent()).toBe('The spec has syntax errors; showing the last valid blueprint.');
        expect(await page.locator('#canvas svg').count()).toBe(stale.diagrams.length);
        await postToPage(page, update);
        await page.waitForSelector('#banner', { state: 'hidden' });
    }, 60_000);

    it('shows the error and the Mermaid source instead of a blank panel when a diagram cannot be drawn', async () => {
        const broken: UpdateMessage = { ...update, renderKey: 'broken', diagrams: [{ ...update.diagrams[0], text: 'flowchart LR\n  A -->' }, update.diagrams[1]] };
        await postToPage(page, broken);
        const rendered = await waitForMessage(page, allDrawn('broken'));
        expect(rendered.failed).toBe(1);
        expect(await page.locator('.diagram.failed .error').textContent()).toMatch(/^This diagram could not be drawn:/);
        expect(await page.locator('.diagram.failed pre').textContent()).toBe('flowchart LR\n  A -->');
        expect(await page.locator('#canvas svg').count()).toBe(1);
        // Mermaid's own error drawing must not linger in the page.
        expect(await page.locator('body > :not(header, #banner, #notice, main, script)').count()).toBe(0);
    }, 60_000);

    it('sends the picks and export requests of its toolbar', async () => {
        await page.locator('#view').selectOption('flow');
        await page.locator('#service').selectOption('Phone');
        await page.locator('#process').selectOption('CheckOut');
        await page.locator('#export').selectOption('html');
        await waitForMessage(page, message => message.type === 'export');
        const messages = (await sent(page)).map(message => message as Record<string, unknown>);
        expect(messages).toEqual(expect.arrayContaining([
            { type: 'selectView', view: 'flow' },
            { type: 'selectService', service: 'Phone' },
            { type: 'selectProcess', process: 'CheckOut' },
            { type: 'export', format: 'html' }
        ]));
        expect(await page.locator('#export').inputValue()).toBe('');
    });

    it('renders SVG and 2× PNG images for exports', async () => {
        const diagrams = update.diagrams.slice(0, 1);
        await postToPage(page, { type: 'exportImages', requestId: 7, format: 'svg', scale: 2, theme: 'light', diagrams });
        const svg = await waitForMessage(page, message => message.type === 'exportImages' && message.requestId === 7);
        const svgText = (svg.images as Array<{ data: string }>)[0].data;
        expect(svgText).toMatch(/^<svg[\s\S]*<\/svg>$/);
        await expectTextOnlySvg(svgText, diagrams[0]);
        await postToPage(page, { type: 'exportImages', requestId: 8, format: 'png', scale: 2, theme: 'light', diagrams });
        const png = await waitForMessage(page, message => message.type === 'exportImages' && message.requestId === 8);
        const bytes = Buffer.from((png.images as Array<{ data: string }>)[0].data, 'base64');
        expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        const viewBoxWidth = Number(svgText.match(/viewBox="[-\d.]+ [-\d.]+ ([\d.]+)/)![1]);
        expect(bytes.readUInt32BE(16)).toBe(Math.ceil(viewBoxWidth * 2));
    }, 60_000);

    /** What a program other than a browser reads in an exported SVG: no HTML label, no nonce of this page, each step title as SVG text that resvg draws. */
    async function expectTextOnlySvg(svg: string, diagram: MermaidDiagram): Promise<void> {
        const scratch = await browser.newPage();
        try {
            const labels = await svgLabels(scratch, svg, Object.values(diagram.nodes));
            expect(labels).toMatchObject({ parseError: null, foreignObjects: 0, nonces: 0 });
            const steps = new Map((inputs.model?.services ?? []).flatMap(service => service.processes.flatMap(process => process.steps)).map(step => [step.id, step.title ?? step.name]));
            for (const [stepId, nodeId] of Object.entries(diagram.nodes)) expect(unbroken(labels.nodeTexts[nodeId])).toContain(unbroken(steps.get(stepId)!));
            expect(blankLabels(labelInk(svg, labels.texts).labels)).toEqual([]);
        } finally {
            await scratch.close();
        }
        // Laying the labels out for the export let nothing past the CSP.
        expect(await page.evaluate(() => (window as unknown as Window).__violations)).toEqual([]);
    }

    it('draws the performance view: a chart per KPI with data and the survey\'s, no step to click, no process picker', async () => {
        const model = await measuredExample();
        const performance = previewUpdate({ ...inputs, model, selection: { view: 'performance', service: null, process: null } });
        await postToPage(page, performance);
        const rendered = await waitForMessage(page, allDrawn(performance.renderKey), 60_000);
        expect(rendered).toMatchObject({ diagrams: performance.diagrams.length, nodes: 0, failed: 0 });
        const texts = await page.locator('#canvas svg').evaluateAll(svgs => svgs.map(svg => svg.textContent ?? ''));
        expect(texts).toHaveLength(performance.diagrams.length);
        for (const kpi of model.services[0].measured!.kpis) expect(texts.filter(text => text.includes(kpi.title!)), kpi.name).toHaveLength(1);
        expect(texts.join('')).toContain('keep up the good work');
        expect(await page.locator('#process-picker').isVisible()).toBe(false);
        expect(await page.locator('#overlay-toggle').isVisible()).toBe(false);
    }, 90_000);

    it('writes the charts\' titles dark on a light theme and light on a dark one', async () => {
        const model = await measuredExample();
        const luminance = (colour: string) => {
            const [r, g, b] = (colour.match(/\d+(\.\d+)?/g) ?? []).map(Number);
            return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
        };
        for (const theme of ['light', 'dark'] as const) {
            const charts = previewUpdate({ ...inputs, model, theme, selection: { view: 'performance', service: null, process: null } });
            await postToPage(page, charts);
            await waitForMessage(page, allDrawn(charts.renderKey), 60_000);
            const titles = await page.locator(chartTitles)
                .evaluateAll(elements => elements.map(element => getComputedStyle(element).fill));
            expect(titles.length, theme).toBe(charts.diagrams.length);
            for (const fill of titles) expect(luminance(fill), `${theme}: ${fill}`)[theme === 'light' ? 'toBeLessThan' : 'toBeGreaterThan'](0.5);
        }
    }, 120_000);

    it('offers the measured overlay on a blueprint with data, and says when it is toggled', async () => {
        const overlaid = previewUpdate({ ...inputs, model: await measuredExample(slowAnswerRow) });
        await postToPage(page, overlaid);
        await waitForMessage(page, allDrawn(overlaid.renderKey), 60_000);
        expect(await page.locator('#overlay-toggle').isVisible()).toBe(true);
        expect(await page.locator('#overlay-toggle').textContent()).toContain('Measured overlay');
        expect(await page.locator('#overlay').isChecked()).toBe(true);
        expect(await page.locator('#canvas svg').first().textContent()).toContain('45 s > 30 s');
        await page.locator('#overlay').click();
        await waitForMessage(page, message => message.type === 'setMeasuredOverlay' && message.enabled === false);
        // The host answers with the blueprint without the overlay; a blueprint without data has no toggle.
        await postToPage(page, update);
        await page.waitForSelector('#overlay-toggle', { state: 'hidden' });
    }, 90_000);

    it('posts only messages that the host accepts', async () => {
        const messages = await sent(page);
        expect(messages.length).toBeGreaterThan(5);
        for (const message of messages) expect(parseWebviewMessage(message), JSON.stringify(message).slice(0, 200)).toBeDefined();
    });

    /** A page of its own, as large as a preview panel beside an editor. */
    function panelPage(width: number, height: number): Promise<Page> {
        return openWebview(browser, server, { width, height });
    }

    /** Posts an update and waits for the page to report it drawn, every part: where the drawing is then. */
    async function drawnView(panel: Page, drawn: UpdateMessage): Promise<ViewReport> {
        const before = (await sent(panel)).length;
        await postToPage(panel, drawn);
        const deadline = Date.now() + 60_000;
        for (;;) {
            const rendered = (await sent(panel)).slice(before).find(message => allDrawn(drawn.renderKey)(message as Record<string, unknown>));
            if (rendered) return (rendered as { view: ViewReport }).view;
            if (Date.now() > deadline) throw new Error(`${drawn.renderKey} was not drawn`);
            await panel.waitForTimeout(50);
        }
    }

    /** The transform on the canvas: translate(x, y) scale(s). */
    async function zoomState(panel: Page): Promise<{ scale: number; x: number; y: number }> {
        const transform = await panel.locator('#canvas').evaluate(element => (element as HTMLElement).style.transform);
        const [x, y, scale] = (transform.match(/-?[\d.]+(e-?\d+)?/g) ?? []).map(Number);
        return { scale, x, y };
    }

    /** Where a part's drawing is, in the viewport's pixels (from the DOM, not from the page's own report). */
    async function partOnScreen(panel: Page, index: number): Promise<{ left: number; top: number; right: number; bottom: number; width: number; height: number }> {
        return panel.evaluate(part => {
            const view = document.getElementById('viewport')!.getBoundingClientRect();
            const box = document.querySelectorAll('#canvas section.diagram')[part].getBoundingClientRect();
            const svg = document.querySelectorAll('#canvas section.diagram')[part].querySelector('svg')!.getBoundingClientRect();
            return { left: svg.left - view.left, top: box.top - view.top, right: svg.right - view.left, bottom: svg.bottom - view.top, width: view.width, height: view.height };
        }, index);
    }

    function inside(view: ViewReport): boolean {
        const { drawing, viewport } = view;
        return drawing.left >= 0 && drawing.top >= 0 && drawing.right <= viewport.width + 0.5 && drawing.bottom <= viewport.height + 0.5;
    }

    it('opens fitted to a side panel: the whole blueprint in view, the zoom level shown', async () => {
        const panel = await panelPage(360, 900);
        try {
            const view = await drawnView(panel, update);
            expect(view.scale).toBeLessThan(1);
            expect(view.scale).toBeGreaterThan(0.1);
            expect(inside(view), JSON.stringify(view)).toBe(true);
            const onScreen = await partOnScreen(panel, 0);
            expect(onScreen.left).toBeGreaterThanOrEqual(0);
            expect(onScreen.right).toBeLessThanOrEqual(onScreen.width + 0.5);
            expect(await panel.locator('#zoom-level').textContent()).toBe(`${Math.round(view.scale * 100)}%`);
        } finally {
            await panel.close();
        }
    }, 60_000);

    it('stays fitted across edits until the user zooms, then keeps the user\'s view; another scene is fitted afresh', async () => {
        const panel = await panelPage(700, 700);
        try {
            const fitted = await drawnView(panel, update);
            // An edit that makes the drawing wider: fitted again, smaller.
            const longer = previewUpdate({ ...inputs, model: await blueprintOf(twoServices.replace('next Register }', 'next Wait }\n    step Wait "候客区等候叫号的很长的一段说明文字" by Guest { next Register }')) });
            expect(longer.scene).toBe(update.scene);
            const refitted = await drawnView(panel, longer);
            expect(inside(refitted), JSON.stringify(refitted)).toBe(true);
            expect(refitted.scale).toBeLessThan(fitted.scale);
            // The user zooms in twice: a redraw of the same scene keeps exactly that view.
            await panel.locator('#zoom-in').click();
            await panel.locator('#zoom-in').click();
            const zoomed = await zoomState(panel);
            expect(zoomed.scale).toBeCloseTo(refitted.scale * 1.25 * 1.25, 4);
            const kept = await drawnView(panel, update);
            expect(kept.scale).toBeCloseTo(zoomed.scale, 4);
            expect(await zoomState(panel)).toEqual(zoomed);
            // Another view is another scene: fitted, whatever the user did before.
            const flow = previewUpdate({ ...inputs, selection: { ...inputs.selection, view: 'flow' } });
            const fresh = await drawnView(panel, flow);
            expect(inside(fresh), JSON.stringify(fresh)).toBe(true);
            expect(fresh.scale).not.toBeCloseTo(zoomed.scale, 3);
        } finally {
            await panel.close();
        }
    }, 90_000);

    it('zooms around the pointer (wheel) and the middle of the view (buttons) without drift; Fit and 100 % in the toolbar', async () => {
        const panel = await panelPage(640, 600);
        try {
            await drawnView(panel, update);
            const fitted = await zoomState(panel);
            const viewport = (await panel.locator('#viewport').boundingBox())!;
            const pointer = { x: 230, y: 210 };
            const before = await zoomState(panel);
            const under = { x: (pointer.x - before.x) / before.scale, y: (pointer.y - before.y) / before.scale };
            await panel.mouse.move(viewport.x + pointer.x, viewport.y + pointer.y);
            await panel.keyboard.down('Control');
            for (let turn = 0; turn < 4; turn++) await panel.mouse.wheel(0, turn < 2 ? 200 : -150);
            await panel.keyboard.up('Control');
            const wheeled = await zoomState(panel);
            expect(wheeled.scale).not.toBeCloseTo(before.scale, 3);
            expect(wheeled.x + under.x * wheeled.scale).toBeCloseTo(pointer.x, 2);
            expect(wheeled.y + under.y * wheeled.scale).toBeCloseTo(pointer.y, 2);
            // The buttons zoom around the middle; out and back in returns to the same view.
            const middle = { x: viewport.width / 2, y: viewport.height / 2 };
            for (let press = 0; press < 5; press++) await panel.locator('#zoom-out').click();
            for (let press = 0; press < 5; press++) await panel.locator('#zoom-in').click();
            const back = await zoomState(panel);
            expect(back.scale).toBeCloseTo(wheeled.scale, 6);
            expect(back.x).toBeCloseTo(wheeled.x, 2);
            expect(back.y).toBeCloseTo(wheeled.y, 2);
            const atMiddle = { x: (middle.x - back.x) / back.scale, y: (middle.y - back.y) / back.scale };
            await panel.locator('#zoom-actual').click();
            const actual = await zoomState(panel);
            expect(actual.scale).toBe(1);
            expect(actual.x + atMiddle.x).toBeCloseTo(middle.x, 2);
            expect(actual.y + atMiddle.y).toBeCloseTo(middle.y, 2);
            // Far out of the way (down to the 2 % floor), then Fit: the drawing in view again.
            for (let press = 0; press < 30; press++) await panel.locator('#zoom-out').click();
            expect((await zoomState(panel)).scale).toBeCloseTo(0.02, 9);
            expect(await panel.locator('#zoom-level').textContent()).toBe('2%');
            await panel.mouse.move(viewport.x + 20, viewport.y + 20);
            await panel.mouse.down();
            await panel.mouse.move(viewport.x + 400, viewport.y + 500, { steps: 5 });
            await panel.mouse.up();
            expect(await zoomState(panel)).not.toEqual(fitted);
            await panel.locator('#zoom-fit').click();
            const refitted = await zoomState(panel);
            expect(refitted.scale).toBeCloseTo(fitted.scale, 4);
            expect(refitted.x).toBeCloseTo(fitted.x, 2);
            expect(refitted.y).toBeCloseTo(fitted.y, 2);
        } finally {
            await panel.close();
        }
    }, 60_000);

    it('a split process: a part picker of the part titles, and continuation nodes that go to the part drawing their step', async () => {
        const split = previewUpdate({ ...inputs, model: await blueprintOf(stagedProcess(3, 8)), maxStepsPerDiagram: 10 });
        expect(split.diagrams).toHaveLength(3);
        const panel = await panelPage(700, 600);
        try {
            const opened = await drawnView(panel, split);
            expect(opened).toMatchObject({ part: 0, parts: 3 });
            expect(await panel.locator('#part-picker').isVisible()).toBe(true);
            expect(await panel.locator('#part option').allTextContents()).toEqual(split.diagrams.map(diagram => diagram.title));
            expect(new Set(split.diagrams.map(diagram => diagram.title)).size).toBe(3);
            // Picking the third part puts it in view, fitted, and the first one out of it.
            await panel.locator('#part').selectOption('2');
            const third = await partOnScreen(panel, 2);
            expect(third.top).toBeGreaterThanOrEqual(0);
            expect(third.top).toBeLessThan(third.height / 2);
            expect((await partOnScreen(panel, 0)).bottom).toBeLessThan(0);
            // In the second part, the continuation node of its last step's successor, drawn in the third.
            const second = split.diagrams[1];
            const [stubId, stepId] = Object.entries(second.continuations ?? {}).find(([, step]) => Object.hasOwn(split.diagrams[2].nodes, step))!;
            await panel.locator('#part').selectOption('1');
            const stub = panel.locator(`#canvas section.diagram >> nth=1 >> .svc-continuation[data-svc-step="${stepId}"]`);
            expect(await stub.count()).toBe(1);
            expect(second.continuations![stubId]).toBe(stepId);
            expect(await stub.getAttribute('role')).toBe('button');
            expect(await stub.getAttribute('aria-label')).toMatch(/^Go to the part that draws this step: /);
            await stub.click();
            expect(await panel.locator('#part').inputValue()).toBe('2');
            const focused = await panel.evaluate(() => ({ step: document.activeElement?.getAttribute('data-svc-step'), part: [...document.querySelectorAll('#canvas section.diagram')].findIndex(section => section.contains(document.activeElement)) }));
            expect(focused).toEqual({ step: stepId, part: 2 });
            const target = await panel.locator(`#canvas section.diagram >> nth=2 >> .svc-step[data-svc-step="${stepId}"]`).boundingBox();
            const viewport = (await panel.locator('#viewport').boundingBox())!;
            expect(target!.y).toBeGreaterThanOrEqual(viewport.y);
            expect(target!.y + target!.height).toBeLessThanOrEqual(viewport.y + viewport.height);
            // No step message: a continuation node is not a step of its part.
            expect((await sent(panel)).some(message => (message as { type: string }).type === 'reveal')).toBe(false);
        } finally {
            await panel.close();
        }
    }, 90_000);

    /**
     * Watches a page's drawing: which part each new SVG went into, in order, and
     * every Mermaid render (Mermaid lays a diagram out in a `d<id>` element of the body).
     */
    async function watchDrawing(panel: Page): Promise<void> {
        await panel.evaluate(() => {
            const log = (window as unknown as { __drawn: number[]; __renders: string[] });
            log.__drawn = [];
            log.__renders = [];
            new MutationObserver(records => {
                for (const added of records.flatMap(record => [...record.addedNodes])) {
                    if (added instanceof Element && /^dsvc-/.test(added.id)) log.__renders.push(added.id);
                }
            }).observe(document.body, { childList: true });
            new MutationObserver(() => {
                const sections = [...document.querySelectorAll('#canvas section.diagram')];
                sections.forEach((section, index) => {
                    const svg = section.querySelector('svg:not([data-seen])');
                    if (!svg) return;
                    svg.setAttribute('data-seen', '');
                    log.__drawn.push(index);
                });
            }).observe(document.getElementById('canvas')!, { childList: true, subtree: true });
        });
    }

    async function drawingLog(panel: Page): Promise<{ drawn: number[]; renders: number }> {
        return panel.evaluate(() => {
            const log = (window as unknown as { __drawn: number[]; __renders: string[] });
            return { drawn: [...log.__drawn], renders: log.__renders.length };
        });
    }

    /** Marks each part's drawing, to tell later whether it is still the same element. */
    async function markDrawings(panel: Page): Promise<void> {
        await panel.evaluate(() => document.querySelectorAll('#canvas section.diagram svg').forEach((svg, index) => svg.setAttribute('data-mark', String(index))));
    }

    async function markedDrawings(panel: Page): Promise<Array<string | null>> {
        return panel.evaluate(() => [...document.querySelectorAll('#canvas section.diagram')].map(section => section.querySelector('svg')?.getAttribute('data-mark') ?? null));
    }

    describe('a process in six parts', () => {
        const spec = stagedProcess(6, 5);
        let split: UpdateMessage;
        let panel: Page;
        const splitOf = async (text: string) => previewUpdate({ ...inputs, model: await blueprintOf(text), maxStepsPerDiagram: 5 });

        beforeAll(async () => {
            split = await splitOf(spec);
            expect(split.diagrams).toHaveLength(6);
            panel = await panelPage(900, 700);
            await watchDrawing(panel);
        }, 60_000);

        afterAll(async () => {
            await panel?.close();
        });

        it('draws the part in view first and says so, then the others one at a time', async () => {
            await postToPage(panel, split);
            await waitForMessage(panel, allDrawn(split.renderKey), 60_000);
            const reports = (await sent(panel)).map(message => message as Record<string, unknown>).filter(message => message.type === 'rendered' && message.renderKey === split.renderKey);
            expect(reports.map(report => report.pending)).toEqual([5, 4, 3, 2, 1, 0]);
            expect(reports[0]).toMatchObject({ diagrams: 6, nodes: Object.keys(split.diagrams[0].nodes).length, failed: 0, view: { part: 0, parts: 6 } });
            expect(reports.at(-1)!.nodes).toBe(30);
            expect(await drawingLog(panel)).toEqual({ drawn: [0, 1, 2, 3, 4, 5], renders: 6 });
        }, 90_000);

        it('writes an edited step title into its part at once, as text, and lays out only that part anew once typing pauses', async () => {
            await markDrawings(panel);
            const before = await drawingLog(panel);
            const title = 'Step 13 <img src=x onerror="document.title=1">';
            const titled = await splitOf(spec.replace('"Step 13"', JSON.stringify(title)));
            await postToPage(panel, titled);
            const patched = await waitForMessage(panel, message => message.type === 'rendered' && message.renderKey === titled.renderKey);
            expect(patched).toMatchObject({ pending: 0, nodes: 30 });
            // Every part is the drawing it was, the third with the new text; no layout yet.
            expect(await markedDrawings(panel)).toEqual(['0', '1', '2', '3', '4', '5']);
            expect(await panel.locator('#canvas section.diagram >> nth=2').textContent()).toContain(title);
            expect((await drawingLog(panel)).renders).toBe(before.renders);
            // Typing paused: the third part alone is laid out anew.
            await panel.waitForFunction(() => !document.querySelector('#canvas section.diagram:nth-child(3) svg[data-mark]'), undefined, { timeout: 30_000 });
            await panel.waitForTimeout(1_000);
            expect(await markedDrawings(panel)).toEqual(['0', '1', null, '3', '4', '5']);
            expect(await drawingLog(panel)).toEqual({ drawn: [...before.drawn, 2], renders: before.renders + 1 });
            expect(await panel.locator('#canvas section.diagram >> nth=2').textContent()).toContain(title);
            expect(await panel.locator('#canvas img').count()).toBe(0);
            expect(await panel.evaluate(() => document.title)).not.toBe('1');
        }, 90_000);

        it('redraws only the part whose structure changed, keeping the others\' drawings', async () => {
            await postToPage(panel, split);
            await waitForMessage(panel, message => message.type === 'rendered' && message.renderKey === split.renderKey && (message as { nodes: number }).nodes === 30);
            await panel.waitForFunction(() => document.querySelectorAll('#canvas section.diagram:nth-child(3) svg[data-mark]').length === 0);
            await panel.waitForTimeout(1_000);
            await markDrawings(panel);
            const before = await drawingLog(panel);
            // Step 13 moves from the customer's lane to the backstage: the third part's layout changes, no other's.
            const moved = await splitOf(spec.replace('step S13 "Step 13" by Guest', 'step S13 "Step 13" by Kitchen'));
            expect(moved.diagrams.map((diagram, index) => diagram.text === split.diagrams[index].text)).toEqual([true, true, false, true, true, true]);
            await postToPage(panel, moved);
            await waitForMessage(panel, allDrawn(moved.renderKey), 60_000);
            await panel.waitForTimeout(1_000);
            expect(await markedDrawings(panel)).toEqual(['0', '1', null, '3', '4', '5']);
            expect(await drawingLog(panel)).toEqual({ drawn: [...before.drawn, 2], renders: before.renders + 1 });
        }, 90_000);

        it('draws a part picked before its turn next', async () => {
            const page6 = await panelPage(900, 700);
            try {
                await watchDrawing(page6);
                // The user picks the fifth part as soon as the first is on screen.
                await page6.evaluate(() => {
                    const sent = (window as unknown as Window).__sent;
                    const push = sent.push.bind(sent);
                    sent.push = (...messages: unknown[]) => {
                        if (sent.length === 1 && (messages[0] as { type: string }).type === 'rendered') {
                            setTimeout(() => {
                                const picker = document.getElementById('part') as HTMLSelectElement;
                                picker.value = '4';
                                picker.dispatchEvent(new Event('change'));
                            }, 0);
                        }
                        return push(...messages);
                    };
                    sent.length = 0;
                });
                await postToPage(page6, split);
                await waitForMessage(page6, allDrawn(split.renderKey), 60_000);
                const { drawn } = await drawingLog(page6);
                expect(drawn[0]).toBe(0);
                // At most the part Mermaid was already drawing comes before it.
                expect(drawn.indexOf(4)).toBeLessThanOrEqual(2);
                expect([...drawn].sort()).toEqual([0, 1, 2, 3, 4, 5]);
            } finally {
                await page6.close();
            }
        }, 90_000);
    });

    it('writes its UI in Chinese for a Chinese display language', async () => {
        const chinese = await openWebview(browser, server, { width: 1280, height: 720 }, 'zh-CN');
        await postToPage(chinese, previewUpdate({ ...inputs, locale: 'zh-CN', stale: true }));
        await chinese.waitForSelector('#banner:not([hidden])');
        expect(await chinese.locator('#banner').textContent()).toBe('规格存在语法错误；正在显示最后一份有效的服务蓝图。');
        expect(await chinese.locator('#view option').allTextContents()).toEqual(['服务蓝图', '流程图', '标准地图', '绩效']);
        expect(await chinese.locator('#overlay-toggle').textContent()).toContain('实测叠加');
        expect(await chinese.locator('#zoom-fit').textContent()).toBe('适应');
        expect(await chinese.locator('#zoom-actual').getAttribute('title')).toBe('实际大小（100%），以视图中心为准');
        expect(await chinese.locator('#part-picker').textContent()).toContain('部分');
        await chinese.close();
    }, 60_000);
});

import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewHtml, previewResourceFolders } from '../../extension/src/preview/preview-html.js';
import { previewUpdate, type PreviewInputs } from '../../extension/src/preview/preview-update.js';
import type { HostToWebview, UpdateMessage } from '#protocol/preview-messages.js';
import { parseWebviewMessage } from '../../extension/src/preview/webview-messages.js';
import { findChromium } from '../../language-server/src/render/find-chromium.js';
import { blueprintOf, measuredExample, slowAnswerRow, twoServices } from './blueprint-fixture.js';

/*
 * The built webview (out/extension/preview.js) in headless Chromium, under the
 * preview's real Content-Security-Policy, with a stand-in for VS Code's webview
 * API: what the host posts is drawn, and what the page posts back is what the
 * host accepts. Chromium as the renderer finds it: installed, else the one of
 * the @sparticuz/chromium package.
 */

const root = join(import.meta.dirname, '..', '..');
const bundle = join(root, 'out', 'extension', 'preview.js');

const contentTypes: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

/** Serves the page and the two resource folders, nothing else (like localResourceRoots). */
function serve(): Promise<Server> {
    const server = createServer((request, response) => {
        const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        const path = normalize(decodeURIComponent(new URL(request.url ?? '/', origin).pathname)).replace(/^\/+/, '');
        if (path === 'preview.html') {
            const locale = new URL(request.url ?? '/', origin).searchParams.get('locale') === 'zh-CN' ? 'zh-CN' : 'en';
            let html = previewHtml({ cspSource: origin, scriptUri: `${origin}/out/extension/preview.js`, styleUri: `${origin}/extension/media/preview.css`, locale });
            // VS Code defines acquireVsCodeApi before the page's scripts; so does this stand-in, with the page's nonce.
            const nonce = html.match(/<script nonce="([^"]+)"/)![1];
            html = html.replace('<script nonce', `<script nonce="${nonce}">${fakeVsCodeApi}</script>\n<script nonce`);
            response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
            return;
        }
        const allowed = previewResourceFolders.some(folder => path.startsWith(`${folder}/`));
        const extension = path.slice(path.lastIndexOf('.'));
        if (!allowed || !contentTypes[extension] || !existsSync(join(root, path))) {
            response.writeHead(404).end();
            return;
        }
        response.writeHead(200, { 'content-type': contentTypes[extension] }).end(readFileSync(join(root, path)));
    });
    return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const fakeVsCodeApi = `
window.__sent = []; window.__violations = []; window.__state = undefined;
document.addEventListener('securitypolicyviolation', event => window.__violations.push(event.violatedDirective + ' ' + (event.blockedURI || event.sample)));
window.acquireVsCodeApi = () => ({
  postMessage: message => window.__sent.push(JSON.parse(JSON.stringify(message))),
  getState: () => window.__state,
  setState: state => { window.__state = state; }
});`;

interface Window {
    __sent: unknown[];
    __violations: string[];
    __state: unknown;
}

/** The title of each chart: xychart-beta, quadrantChart, radar-beta. */
const chartTitles = '#canvas svg[aria-roledescription="xychart"] g.chart-title text, #canvas svg[aria-roledescription="quadrantChart"] g.title text, #canvas svg[aria-roledescription="radar"] text.radarTitle';

async function sent(page: Page): Promise<unknown[]> {
    return page.evaluate(() => (window as unknown as Window).__sent);
}

async function waitForMessage(page: Page, matches: (message: Record<string, unknown>) => boolean, timeout = 30_000): Promise<Record<string, unknown>> {
    const deadline = Date.now() + timeout;
    for (;;) {
        const found = (await sent(page)).find(message => matches(message as Record<string, unknown>));
        if (found) return found as Record<string, unknown>;
        if (Date.now() > deadline) throw new Error(`no such message; sent: ${JSON.stringify(await sent(page)).slice(0, 2_000)}`);
        await page.waitForTimeout(50);
    }
}

function postToPage(page: Page, message: HostToWebview): Promise<void> {
    return page.evaluate(data => window.postMessage(data, '*'), message);
}

describe('the preview webview in Chromium', () => {
    // Never skipped: without the built bundle this fails and says what is missing.
    it('the webview bundle is present', () => {
        expect(existsSync(bundle), `${bundle} is missing: run 'npm run build'`).toBe(true);
    });

    let server: Server;
    let browser: Browser;
    let page: Page;
    let inputs: PreviewInputs;
    let update: UpdateMessage;

    beforeAll(async () => {
        const model = await blueprintOf(twoServices);
        inputs = { model, selection: { view: 'blueprint', service: null, process: null }, theme: 'light', locale: 'en', maxStepsPerDiagram: 25, measuredOverlay: true, stale: false, notice: null };
        update = previewUpdate(inputs);
        server = await serve();
        browser = await chromium.launch({
            executablePath: await findChromium(),
            args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
        });
        page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
        await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/preview.html`);
        await waitForMessage(page, message => message.type === 'ready');
    }, 60_000);

    afterAll(async () => {
        await browser?.close();
        await new Promise(resolve => server?.close(resolve));
    });

    it('draws the diagrams it is sent and reports the step nodes it drew', async () => {
        await postToPage(page, update);
        const rendered = await waitForMessage(page, message => message.type === 'rendered' && message.renderKey === update.renderKey);
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
        await waitForMessage(page, message => message.type === 'rendered' && message.renderKey === titled.renderKey);
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
        await waitForMessage(page, message => message.type === 'rendered' && message.renderKey === moved.renderKey);
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
        await waitForMessage(page, message => message.type === 'rendered' && message.renderKey === dark.renderKey);
        expect(await page.locator('#canvas').evaluate(element => (element as HTMLElement).style.transform)).toBe(transform);
        expect(await page.evaluate(() => (window as unknown as Window).__state)).toMatchObject({ zoom: { scale: expect.any(Number) } });
        await page.locator('#zoom-reset').click();
        expect(await page.locator('#canvas').evaluate(element => (element as HTMLElement).style.transform)).toBe('translate(0px, 0px) scale(1)');
    }, 60_000);

    it('keeps the last drawing under a banner while the spec has syntax errors', async () => {
        const stale = previewUpdate({ ...inputs, stale: true });
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
        const rendered = await waitForMessage(page, message => message.type === 'rendered' && message.renderKey === 'broken');
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
        await postToPage(page, { type: 'exportImages', requestId: 8, format: 'png', scale: 2, theme: 'light', diagrams });
        const png = await waitForMessage(page, message => message.type === 'exportImages' && message.requestId === 8);
        const bytes = Buffer.from((png.images as Array<{ data: string }>)[0].data, 'base64');
        expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        const viewBoxWidth = Number(svgText.match(/viewBox="[-\d.]+ [-\d.]+ ([\d.]+)/)![1]);
        expect(bytes.readUInt32BE(16)).toBe(Math.ceil(viewBoxWidth * 2));
    }, 60_000);

    it('draws the performance view: a chart per KPI with data and the survey\'s, no step to click, no process picker', async () => {
        const model = await measuredExample();
        const performance = previewUpdate({ ...inputs, model, selection: { view: 'performance', service: null, process: null } });
        await postToPage(page, performance);
        const rendered = await waitForMessage(page, message => message.type === 'rendered' && message.renderKey === performance.renderKey, 60_000);
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
            await waitForMessage(page, message => message.type === 'rendered' && message.renderKey === charts.renderKey, 60_000);
            const titles = await page.locator(chartTitles)
                .evaluateAll(elements => elements.map(element => getComputedStyle(element).fill));
            expect(titles.length, theme).toBe(charts.diagrams.length);
            for (const fill of titles) expect(luminance(fill), `${theme}: ${fill}`)[theme === 'light' ? 'toBeLessThan' : 'toBeGreaterThan'](0.5);
        }
    }, 120_000);

    it('offers the measured overlay on a blueprint with data, and says when it is toggled', async () => {
        const overlaid = previewUpdate({ ...inputs, model: await measuredExample(slowAnswerRow) });
        await postToPage(page, overlaid);
        await waitForMessage(page, message => message.type === 'rendered' && message.renderKey === overlaid.renderKey, 60_000);
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

    it('writes its UI in Chinese for a Chinese display language', async () => {
        const chinese = await browser.newPage();
        await chinese.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/preview.html?locale=zh-CN`);
        await waitForMessage(chinese, message => message.type === 'ready');
        await postToPage(chinese, previewUpdate({ ...inputs, locale: 'zh-CN', stale: true }));
        await chinese.waitForSelector('#banner:not([hidden])');
        expect(await chinese.locator('#banner').textContent()).toBe('规格存在语法错误；正在显示最后一份有效的服务蓝图。');
        expect(await chinese.locator('#view option').allTextContents()).toEqual(['服务蓝图', '流程图', '标准地图', '绩效']);
        expect(await chinese.locator('#overlay-toggle').textContent()).toContain('实测叠加');
        await chinese.close();
    }, 60_000);
});

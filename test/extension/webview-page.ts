import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { previewHtml, previewResourceFolders } from '../../extension/src/preview/preview-html.js';
import type { HostToWebview } from '#protocol/preview-messages.js';
import { findChromium } from '../../language-server/src/render/find-chromium.js';

/*
 * The built webview (out/extension/preview.js) in headless Chromium, under the
 * preview's real Content-Security-Policy, with a stand-in for VS Code's webview
 * API: what the host posts is drawn, and what the page posts back is recorded
 * (with the page's clock). Shared by the webview tests and the preview bench.
 * Chromium as the renderer finds it: installed, else the one of the
 * @sparticuz/chromium package.
 */

// Two levels below the repository, from test/extension as from out/bench (the bench's bundle).
const root = join(import.meta.dirname, '..', '..');
export const webviewBundle = join(root, 'out', 'extension', 'preview.js');

const contentTypes: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

/** Serves the page and the two resource folders, nothing else (like localResourceRoots). */
export function serveWebview(): Promise<Server> {
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
window.__sent = []; window.__sentAt = []; window.__violations = []; window.__state = undefined;
document.addEventListener('securitypolicyviolation', event => window.__violations.push(event.violatedDirective + ' ' + (event.blockedURI || event.sample)));
window.acquireVsCodeApi = () => ({
  postMessage: message => { window.__sent.push(JSON.parse(JSON.stringify(message))); window.__sentAt.push(performance.now()); },
  getState: () => window.__state,
  setState: state => { window.__state = state; }
});`;

/** What the stand-in records in the page. */
export interface WebviewWindow {
    __sent: unknown[];
    /** performance.now() when each message of `__sent` was posted. */
    __sentAt: number[];
    __violations: string[];
    __state: unknown;
}

export function launchChromium(): Promise<Browser> {
    return findChromium().then(executablePath => chromium.launch({
        executablePath,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    }));
}

/** A preview page of its own, as large as a panel, once its script said `ready`. */
export async function openWebview(browser: Browser, server: Server, size: { width: number; height: number }, locale: 'en' | 'zh-CN' = 'en'): Promise<Page> {
    const page = await browser.newPage({ viewport: size });
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/preview.html${locale === 'en' ? '' : `?locale=${locale}`}`);
    await waitForMessage(page, message => message.type === 'ready');
    return page;
}

export async function sent(page: Page): Promise<unknown[]> {
    return page.evaluate(() => (window as unknown as WebviewWindow).__sent);
}

/** The first message sent (from index `since` on) that `matches`. */
export async function waitForMessage(page: Page, matches: (message: Record<string, unknown>) => boolean, timeout = 30_000, since = 0): Promise<Record<string, unknown>> {
    const deadline = Date.now() + timeout;
    for (;;) {
        const found = (await sent(page)).slice(since).find(message => matches(message as Record<string, unknown>));
        if (found) return found as Record<string, unknown>;
        if (Date.now() > deadline) throw new Error(`no such message; sent: ${JSON.stringify(await sent(page)).slice(0, 2_000)}`);
        await page.waitForTimeout(50);
    }
}

/** Whether a message reports `renderKey` on screen with every part drawn. */
export function allDrawn(renderKey: string): (message: Record<string, unknown>) => boolean {
    return message => message.type === 'rendered' && message.renderKey === renderKey && message.pending === 0;
}

export function postToPage(page: Page, message: HostToWebview): Promise<void> {
    return page.evaluate(data => window.postMessage(data, '*'), message);
}

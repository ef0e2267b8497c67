import { chromium, type Browser, type FrameLocator, type Page } from 'playwright-core';
import { scratchHomeEnvironment } from './scratch-home.js';

/* The code-server workbench in headless Chromium (Debian's), driven like a user would: keys, clicks, the DOM. */

export const chromiumPath = process.env.SVC_CHROMIUM ?? '/usr/bin/chromium';
const chromiumFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface Workbench {
    browser: Browser;
    page: Page;
    /** Errors the workbench page logged, and what its web workers logged (the web worker extension host, the language server in it): kept for the run's artifacts. */
    consoleErrors: string[];
}

/** `home`: the run's scratch home (see scratchHomeEnvironment). */
export async function openWorkbench(url: string, workspace: string, home: string): Promise<Workbench> {
    const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumFlags, env: scratchHomeEnvironment(home) });
    const consoleErrors: string[] = [];
    const page = await openWindow(browser, url, workspace, consoleErrors);
    return { browser, page, consoleErrors };
}

/** One more workbench window, on `folder`, once its DOM is there (its extension host starts after); its errors go to `consoleErrors`. */
export async function openWindow(browser: Browser, url: string, folder: string, consoleErrors: string[]): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    page.on('console', message => { if (message.type() === 'error') consoleErrors.push(message.text()); });
    page.on('pageerror', error => consoleErrors.push(`page error: ${error.message}`));
    page.on('worker', worker => worker.on('console', message => consoleErrors.push(`worker ${message.type()}: ${message.text()}`)));
    // Not until `load`: on a busy machine the workbench's many scripts take longer than goto's 30 s; the workbench element tells.
    await page.goto(`${url}?folder=${encodeURIComponent(folder)}`, { waitUntil: 'domcontentloaded', timeout: 90_000 });
    await page.waitForSelector('div.monaco-workbench', { timeout: 90_000 });
    return page;
}

const quickInput = (page: Page) => page.locator('.quick-input-widget input');

/** Quick Open (Ctrl+P): opens a file of the workspace by its name. */
export async function openFile(page: Page, fileName: string, textInFile: string): Promise<void> {
    await page.keyboard.press('Control+P');
    await quickInput(page).waitFor({ state: 'visible' });
    await quickInput(page).fill(fileName);
    // The list of recent files shows first: wait until the file is the row that Enter opens.
    await page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: fileName }).waitFor();
    await page.keyboard.press('Enter');
    await page.waitForFunction(text => document.querySelector('.editor-instance .view-lines')?.textContent?.includes(text), textInFile, { timeout: 20_000 });
}

/** Runs a command of the Command Palette (F1) by its exact label, e.g. `View: Close All Editors`. */
export async function runCommand(page: Page, label: string): Promise<void> {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${label}`);
    // A row's label is the command's, followed by its key binding if it has one.
    await page.locator(`.quick-input-widget .monaco-list-row.focused[aria-label="${label}"], .quick-input-widget .monaco-list-row.focused[aria-label^="${label},"]`).waitFor();
    await page.keyboard.press('Enter');
}

/** Picks the first row of a quick pick whose label starts with `label`, e.g. a colour theme after Ctrl+K Ctrl+T. */
export async function pick(page: Page, filter: string, label: string): Promise<void> {
    await quickInput(page).waitFor({ state: 'visible' });
    await quickInput(page).fill(filter);
    await page.locator(`.quick-input-widget .monaco-list-row[aria-label^="${label}"]`).first().click();
}

/** The editor's cursor as the status bar shows it, e.g. `Ln 135, Col 7`. */
export async function cursorPosition(page: Page): Promise<string> {
    return (await page.locator('[id="status.editor.selection"]').textContent() ?? '').trim();
}

export function isDarkWorkbench(page: Page): Promise<boolean> {
    return page.evaluate(() => document.querySelector('.monaco-workbench')?.classList.contains('vs-dark') ?? false);
}

/** The content of the (one) webview: the preview page inside VS Code's two iframes. */
export function webviewContent(page: Page): FrameLocator {
    return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}

/** Retries `probe` until it holds; the error names what was awaited and what was last seen. */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let last: unknown;
    for (;;) {
        try {
            const value = await probe();
            if (value !== undefined) return value;
        } catch (error) {
            last = error;
        }
        if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
        await new Promise(resolve => setTimeout(resolve, 200));
    }
}

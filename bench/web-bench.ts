import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { bundledChromium } from '../language-server/src/render/bundled-chromium.js';
import { findInstalledChromium } from '../language-server/src/render/find-chromium.js';
import { copyFolder, openFolderInWorker, pageUrl, serveWebServer } from '../test/lsp/web-worker-client.js';
import type { PartResult } from './main.js';
import { median, round } from './measure.js';
import { table } from './report.js';

/*
 * Issue 17, goal 5: the web build's language server, minified as the package
 * ships it, in a web worker of headless Chromium, on the examples folder opened
 * with no file open. Times are the page's clock from the worker's creation.
 * The target is judged in the Chromium of @sparticuz/chromium, built as Chrome
 * and Edge are; Debian's Chromium, when installed, is measured beside it: it
 * loads the worker's script three to four times slower (docs/performance.md).
 */

// From the bench's bundle, out/bench.
const repository = join(import.meta.dirname, '..', '..');
const openings = 5;

async function minifiedServer(folder: string): Promise<{ path: string; bytes: number }> {
    const { commonOptions, webBuilds } = await import(join(repository, 'esbuild-common.mjs')) as {
        commonOptions(options: { production: boolean; version: string }): BuildOptions;
        webBuilds(common: BuildOptions): BuildOptions[];
    };
    const previous = process.cwd();
    process.chdir(repository);
    try {
        const [server] = webBuilds(commonOptions({ production: true, version: 'bench' }));
        const result = await build({ ...server, write: false, logLevel: 'silent' });
        const bytes = result.outputFiles![0].contents;
        const path = join(folder, 'server-web.js');
        writeFileSync(path, bytes);
        return { path, bytes: bytes.length };
    } finally {
        process.chdir(previous);
    }
}

interface Openings {
    first: number;
    checked: number;
    firsts: number[];
    files: number;
}

/** The examples opened `openings` times, each in a fresh page (nothing of the script cached in between). */
async function openExamples(browser: Browser, url: string): Promise<Openings> {
    const copy = copyFolder(join(repository, 'examples'), '/ws');
    const runs = [];
    for (let opening = 0; opening < openings; opening++) {
        const page = await browser.newPage();
        await page.goto(url);
        runs.push(await openFolderInWorker(page, copy));
        await page.close();
    }
    return {
        first: median(runs.map(run => run.firstDiagnosticsMs)), checked: median(runs.map(run => run.checkedMs)),
        firsts: runs.map(run => round(run.firstDiagnosticsMs)), files: Object.keys(runs[0].diagnostics).length
    };
}

async function inBrowser(executablePath: string, url: string): Promise<Openings> {
    const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    try {
        return await openExamples(browser, url);
    } finally {
        await browser.close();
    }
}

export async function webBench(): Promise<PartResult> {
    const scratch = mkdtempSync(join(tmpdir(), 'svc-web-bench-'));
    const bundle = await minifiedServer(scratch);
    const server = await serveWebServer(bundle.path);
    try {
        const bundled = await bundledChromium();
        if (!bundled) throw new Error('the Chromium of @sparticuz/chromium could not be unpacked');
        const browsers: Array<[string, Openings]> = [['@sparticuz/chromium', await inBrowser(bundled, pageUrl(server))]];
        const installed = findInstalledChromium();
        if (installed) browsers.push([`installed (${installed})`, await inBrowser(installed, pageUrl(server))]);
        const [, judged] = browsers[0];
        process.stderr.write(`web worker: first diagnostics ${round(judged.first)} ms, all ${round(judged.checked)} ms\n`);
        return {
            detail: table(['web server in a browser worker, examples/ (no file open), medians of 5', 'first diagnostics', 'every file checked', 'files published'],
                browsers.map(([name, run]) => [name, `${round(run.first)} ms (${run.firsts.join(', ')})`, `${round(run.checked)} ms`, run.files])),
            targets: [
                { target: 'web server: folder opened → first diagnostics (examples)', limit: '≤ 1 s', measured: `${round(judged.first)} ms`, met: judged.first <= 1_000 },
                { target: 'web server bundle, minified', limit: '≤ 2 MB', measured: `${round(bundle.bytes / 1024 / 1024)} MB`, met: bundle.bytes <= 2 * 1024 * 1024 }
            ]
        };
    } finally {
        await new Promise(resolve => server.close(resolve));
        rmSync(scratch, { recursive: true, force: true });
    }
}

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { launchChromium } from '../test/extension/webview-page.js';
import { copyFolder, openFolderInWorker, pageUrl, serveWebServer } from '../test/lsp/web-worker-client.js';
import type { PartResult } from './main.js';
import { median, round } from './measure.js';
import { table } from './report.js';

/*
 * Issue 17, goal 5: the web build's language server, minified as the package
 * ships it, in a web worker of headless Chromium, on the examples folder opened
 * with no file open. Times are the page's clock from the worker's creation.
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

export async function webBench(): Promise<PartResult> {
    const scratch = mkdtempSync(join(tmpdir(), 'svc-web-bench-'));
    const bundle = await minifiedServer(scratch);
    const server = await serveWebServer(bundle.path);
    const browser = await launchChromium();
    try {
        const copy = copyFolder(join(repository, 'examples'), '/ws');
        const runs = [];
        for (let opening = 0; opening < openings; opening++) {
            // A fresh page each time: nothing of the script is cached in between.
            const page = await browser.newPage();
            await page.goto(pageUrl(server));
            runs.push(await openFolderInWorker(page, copy));
            await page.close();
        }
        const first = median(runs.map(run => run.firstDiagnosticsMs));
        const checked = median(runs.map(run => run.checkedMs));
        const specs = Object.keys(runs[0].diagnostics).length;
        process.stderr.write(`web worker: first diagnostics ${round(first)} ms, all ${round(checked)} ms\n`);
        return {
            detail: table(['web server in a browser worker, examples/ (no file open)', 'median of 5'], [
                ['minified bundle', `${round(bundle.bytes / 1024 / 1024)} MB`],
                ['worker created → first diagnostics', `${round(first)} ms (${runs.map(run => round(run.firstDiagnosticsMs)).join(', ')})`],
                ['worker created → every file checked (end of the progress)', `${round(checked)} ms`],
                ['files with diagnostics published', String(specs)]
            ]),
            targets: [
                { target: 'web server: folder opened → first diagnostics (examples)', limit: '≤ 1 s', measured: `${round(first)} ms`, met: first <= 1_000 },
                { target: 'web server bundle, minified', limit: '≤ 2 MB', measured: `${round(bundle.bytes / 1024 / 1024)} MB`, met: bundle.bytes <= 2 * 1024 * 1024 }
            ]
        };
    } finally {
        await browser.close();
        await new Promise(resolve => server.close(resolve));
        rmSync(scratch, { recursive: true, force: true });
    }
}

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { codeServerVersion, ensureCodeServer } from './code-server-install.js';
import { hostLabels, runInCodeServer, type HostRun } from './code-server-run.js';
import { artifactsDir, cacheDir } from './e2e-paths.js';
import { examplesStartRun } from './examples-start.js';
import { printTests, summarize } from './report.js';
import { webStartupMarks } from './startup-marks.js';

/*
 * `npm run test:e2e`: the packaged extension in a real VS Code (code-server) in
 * headless Chromium, twice: in code-server's Node.js extension host, then as a
 * web-only extension in the browser's web worker extension host (see
 * code-server-run.ts). One exit status for both: 1 on any failure.
 */

/** SVC_E2E_HOSTS=node (or web) runs one of the two (while working on it). */
const hosts = (['node', 'web'] as const).filter(host => (process.env.SVC_E2E_HOSTS ?? 'node,web').split(',').includes(host));

const seconds = (milliseconds: number | undefined) => `${((milliseconds ?? 0) / 1000).toFixed(1)} s`;

function printRun(run: HostRun): void {
    const label = hostLabels[run.host];
    printTests(`Extension-host suite in code-server ${codeServerVersion}, ${label} (${run.suite.tests.length} tests, ${seconds(run.suite.durationMs)})`, run.suite.tests);
    printTests(`UI checks in the workbench, ${label} (${run.ui.length})`, run.ui);
    const { noEditorFirstDiagnosticsMs: first, noEditorProblemsCompleteMs: complete } = run.timings;
    if (complete !== undefined) console.log(`\n${label}, no file open: first diagnostics ${seconds(first)}, the Problems panel complete ${seconds(complete)} after the workbench was there`);
    if (first !== undefined) printStartup(`${label}, the folder's start`, run.startup, first);
    const examples = run.examplesStart;
    if (examples && examples.startups.length > 0) {
        const { browser, startups } = examples;
        startups.forEach((startup, index) => printStartup(`${label}, the examples alone opened with no file open, only svc installed, ${browser}, opening ${index + 1}`, startup));
        const fromActivation = (mark: string) => startups.map(startup => startup[mark] - startup[webStartupMarks.activated]);
        console.log(`${label}, the examples, ${browser}: activation → first diagnostics in VS Code ${summary(fromActivation(webStartupMarks.firstDiagnosticsReceived))},`
            + ` → every spec checked ${summary(fromActivation(webStartupMarks.firstValidated))}; workbench there → svc activated ${summary(startups.map(startup => startup[webStartupMarks.activated]))}`);
    }
    for (const [name, milliseconds] of Object.entries(run.suite.measures ?? {})) console.log(`${label}, measured: ${name} ${milliseconds} ms`);
    console.log(`${label}: run ${seconds(run.timings.runMs)} (suite ${seconds(run.timings.suiteWallMs)}, UI checks ${seconds(run.timings.uiMs)})`);
}

/** Milliseconds of each opening, and their median. */
function summary(values: number[]): string {
    const sorted = [...values].sort((a, b) => a - b);
    return `${values.join(', ')} ms (median ${sorted[Math.floor(sorted.length / 2)]} ms)`;
}

/** A web start: the editor's part (until the extension activates), then the extension's, from its activation (to the first Problems row when there is one). */
function printStartup(title: string, startup: Record<string, number> | undefined, firstProblemsRowMs?: number): void {
    const activated = startup?.[webStartupMarks.activated];
    if (activated === undefined) return;
    const after = (mark: string) => startup?.[mark] === undefined ? '?' : `${startup[mark] - activated} ms`;
    console.log(`${title}: extension host ready ${seconds(startup?.[webStartupMarks.extensionHostReady])}, svc's code fetched ${seconds(startup?.[webStartupMarks.extensionCodeFetched])}, svc activated ${seconds(activated)} after the workbench was there;`
        + ` from the activation: server worker created ${after(webStartupMarks.serverWorkerCreated)}, server listening ${after(webStartupMarks.serverListening)},`
        + ` initialize received ${after(webStartupMarks.initializeReceived)}, specs listed ${after(webStartupMarks.specsListed)}, specs read and parsed ${after(webStartupMarks.specsLoaded)},`
        + ` first diagnostics in VS Code ${after(webStartupMarks.firstDiagnosticsReceived)}, first check validated ${after(webStartupMarks.firstValidated)}`
        + (firstProblemsRowMs === undefined ? '' : `, first diagnostics in the Problems panel ${firstProblemsRowMs - activated} ms`));
}

async function main(): Promise<number> {
    const started = Date.now();
    rmSync(artifactsDir, { recursive: true, force: true });
    mkdirSync(artifactsDir, { recursive: true });
    const entry = ensureCodeServer(cacheDir, path.join(artifactsDir, 'code-server-install.log'));
    const codeServerReadyMs = Date.now() - started;

    const runs: HostRun[] = [];
    for (const host of hosts) {
        const run = await runInCodeServer(entry, host);
        if (host === 'web') {
            const examples = await examplesStartRun(entry);
            run.ui.push(...examples.tests);
            run.examplesStart = examples.start;
        }
        runs.push(run);
    }
    const totalMs = Date.now() - started;
    writeFileSync(path.join(artifactsDir, 'results.json'), JSON.stringify({ codeServerVersion, timings: { codeServerReadyMs, totalMs }, runs }, null, 2));
    for (const run of runs) printRun(run);
    console.log(`\ncode-server ready after ${seconds(codeServerReadyMs)}; driver total ${seconds(totalMs)}; artifacts in test-results/e2e/`);
    const counts = runs.map(run => ({ run, ...summarize(run.suite.tests, run.ui) }));
    for (const { run, passed, failed } of counts) console.log(`e2e ${hostLabels[run.host]}: ${passed} passed, ${failed} failed`);
    const { passed, failed } = summarize(...runs.flatMap(run => [run.suite.tests, run.ui]));
    console.log(`e2e: ${passed} passed, ${failed} failed`);
    return failed === 0 && counts.length > 0 && counts.every(count => count.passed > 0) ? 0 : 1;
}

process.exitCode = await main().catch(error => {
    console.error(error instanceof Error ? error.stack ?? error.message : error);
    return 1;
});

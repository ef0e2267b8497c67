import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { codeServerVersion, ensureCodeServer } from './code-server-install.js';
import { hostLabels, runInCodeServer, type HostRun } from './code-server-run.js';
import { artifactsDir, cacheDir } from './e2e-paths.js';
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
    printStartup(label, run.startup, first);
    for (const [name, milliseconds] of Object.entries(run.suite.measures ?? {})) console.log(`${label}, measured: ${name} ${milliseconds} ms`);
    console.log(`${label}: run ${seconds(run.timings.runMs)} (suite ${seconds(run.timings.suiteWallMs)}, UI checks ${seconds(run.timings.uiMs)})`);
}

/** The web run's start: the editor's part (until the extension activates), then the extension's, from its activation to the first Problems row. */
function printStartup(label: string, startup: Record<string, number> | undefined, firstDiagnosticsMs: number | undefined): void {
    const activated = startup?.[webStartupMarks.activated];
    if (activated === undefined || firstDiagnosticsMs === undefined) return;
    const after = (mark: string) => startup?.[mark] === undefined ? '?' : `${startup[mark] - activated} ms`;
    console.log(`${label}, the folder's start: extension host ready ${seconds(startup?.[webStartupMarks.extensionHostReady])}, svc's code fetched ${seconds(startup?.[webStartupMarks.extensionCodeFetched])}, svc activated ${seconds(activated)} after the workbench was there;`
        + ` from the activation: server worker created ${after(webStartupMarks.serverWorkerCreated)}, server listening ${after(webStartupMarks.serverListening)},`
        + ` initialize received ${after(webStartupMarks.initializeReceived)}, specs listed ${after(webStartupMarks.specsListed)}, specs read and parsed ${after(webStartupMarks.specsLoaded)},`
        + ` first check validated ${after(webStartupMarks.firstValidated)}, first diagnostics in VS Code ${after(webStartupMarks.firstDiagnosticsReceived)},`
        + ` first diagnostics in the Problems panel ${firstDiagnosticsMs - activated} ms`);
}

async function main(): Promise<number> {
    const started = Date.now();
    rmSync(artifactsDir, { recursive: true, force: true });
    mkdirSync(artifactsDir, { recursive: true });
    const entry = ensureCodeServer(cacheDir, path.join(artifactsDir, 'code-server-install.log'));
    const codeServerReadyMs = Date.now() - started;

    const runs: HostRun[] = [];
    for (const host of hosts) runs.push(await runInCodeServer(entry, host));
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

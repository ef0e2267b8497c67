import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { SuiteResults, TestResult } from '../suite/results.js';
import { codeServerVersion, ensureCodeServer } from './code-server-install.js';
import { installExtensions, startCodeServer, type RunningCodeServer } from './code-server-process.js';
import { artifactsDir, cacheDir, extensionVsix, suiteEntry, testHostVsix } from './e2e-paths.js';
import { noEditorProblemsCheck, type NoEditorTiming } from './no-editor-problems.js';
import { missingSuite, printTests, summarize } from './report.js';
import { createScratch } from './scratch-workspace.js';
import { uiChecks, type UiCheck } from './ui-checks.js';
import { openWorkbench, type Workbench } from './workbench.js';

/*
 * `npm run test:e2e`: the packaged extension in a real VS Code (code-server) in
 * headless Chromium. The extension-host suite runs first (through the test
 * host), then the UI checks drive the same workbench. Exits 1 on any failure.
 */

const suiteTimeoutMs = Number(process.env.SVC_E2E_SUITE_TIMEOUT_MS ?? 15 * 60_000);

/** The editor as it starts for every run: light theme, no start page, no chat, nothing saved behind the tests' back. */
const userSettings = {
    'workbench.startupEditor': 'none',
    'workbench.colorTheme': 'Default Light Modern',
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.disableAIFeatures': true,
    'workbench.tips.enabled': false,
    'files.autoSave': 'off',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'telemetry.telemetryLevel': 'off'
};

async function waitForSuite(resultsFile: string, server: RunningCodeServer): Promise<SuiteResults> {
    const deadline = Date.now() + suiteTimeoutMs;
    while (!existsSync(resultsFile)) {
        if (server.exited()) return missingSuite('code-server ended before the suite reported');
        if (Date.now() > deadline) return missingSuite(`no results after ${suiteTimeoutMs / 1000} s (see test-results/e2e/logs)`);
        await new Promise(resolve => setTimeout(resolve, 500));
    }
    return JSON.parse(readFileSync(resultsFile, 'utf-8')) as SuiteResults;
}

async function runUiChecks(workbench: Workbench, checks: UiCheck[]): Promise<TestResult[]> {
    const results: TestResult[] = [];
    for (const check of checks) {
        const started = Date.now();
        try {
            await check.run();
            results.push({ title: check.title, state: 'passed', durationMs: Date.now() - started });
        } catch (error) {
            const name = `failed-ui-${results.length + 1}.png`;
            await workbench.page.screenshot({ path: path.join(artifactsDir, name) }).catch(() => undefined);
            results.push({ title: check.title, state: 'failed', durationMs: Date.now() - started, error: `${error instanceof Error ? error.message : String(error)}\n(screenshot: test-results/e2e/${name})` });
        }
    }
    return results;
}

async function main(): Promise<number> {
    const started = Date.now();
    rmSync(artifactsDir, { recursive: true, force: true });
    mkdirSync(artifactsDir, { recursive: true });
    const entry = ensureCodeServer(cacheDir, path.join(artifactsDir, 'code-server-install.log'));
    const readyAt = Date.now();

    const scratch = createScratch();
    const folders = { userData: path.join(scratch.root, 'user-data'), extensions: path.join(scratch.root, 'extensions'), config: path.join(scratch.root, 'code-server.yaml'), home: path.join(scratch.root, 'home') };
    mkdirSync(path.join(folders.userData, 'User'), { recursive: true });
    writeFileSync(path.join(folders.userData, 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));
    writeFileSync(folders.config, '');
    installExtensions(entry, folders, [extensionVsix, testHostVsix]);

    const resultsFile = path.join(scratch.root, 'suite-results.json');
    const server = await startCodeServer(entry, folders, scratch.workspace,
        { SVC_E2E_SUITE: suiteEntry, SVC_E2E_RESULTS: resultsFile, SVC_E2E_EXPECTED: scratch.expectedDiagnostics },
        path.join(artifactsDir, 'code-server.log'));
    let suite: SuiteResults = missingSuite('the workbench did not open');
    let ui: TestResult[] = [];
    let workbench: Workbench | undefined;
    const noEditor: NoEditorTiming = {};
    const suiteStarted = Date.now();
    let uiStarted = suiteStarted;
    try {
        workbench = await openWorkbench(server.url, scratch.workspace, folders.home);
        suite = await waitForSuite(resultsFile, server);
        uiStarted = Date.now();
        // The window with no file open comes last: by then the test host, which opens files, has nothing left to do.
        ui = await runUiChecks(workbench, [
            ...uiChecks(workbench.page, scratch.workspace, scratch.expectedDiagnostics),
            noEditorProblemsCheck(workbench, server.url, scratch.problemsOnly, noEditor)
        ]);
    } catch (error) {
        ui.push({ title: 'drive the workbench', state: 'failed', durationMs: 0, error: error instanceof Error ? error.stack ?? error.message : String(error) });
        await workbench?.page.screenshot({ path: path.join(artifactsDir, 'failed-workbench.png') }).catch(() => undefined);
    } finally {
        const finished = Date.now();
        if (workbench) writeFileSync(path.join(artifactsDir, 'browser-console-errors.txt'), workbench.consoleErrors.join('\n'));
        await workbench?.browser.close().catch(() => undefined);
        await server.stop();
        // The extension host's and the language server's logs, for a failure's post-mortem.
        if (existsSync(path.join(folders.userData, 'logs'))) cpSync(path.join(folders.userData, 'logs'), path.join(artifactsDir, 'logs'), { recursive: true });
        rmSync(scratch.root, { recursive: true, force: true });
        const timings = {
            codeServerReadyMs: readyAt - started, suiteWallMs: uiStarted - suiteStarted, suiteMochaMs: suite.durationMs, uiMs: finished - uiStarted, totalMs: Date.now() - started,
            noEditorProblemsCompleteMs: noEditor.problemsCompleteMs, ...suite.measures
        };
        writeFileSync(path.join(artifactsDir, 'results.json'), JSON.stringify({ codeServerVersion, suite, ui, timings }, null, 2));
        printTests(`Extension-host suite in code-server ${codeServerVersion} (${suite.tests.length} tests, ${(suite.durationMs / 1000).toFixed(1)} s)`, suite.tests);
        printTests(`UI checks in the workbench (${ui.length})`, ui);
        if (noEditor.problemsCompleteMs !== undefined) console.log(`\nNo file open: the Problems panel complete ${(noEditor.problemsCompleteMs / 1000).toFixed(1)} s after the workbench was there`);
        for (const [name, milliseconds] of Object.entries(suite.measures ?? {})) console.log(`Measured: ${name} ${milliseconds} ms`);
        console.log(`\ncode-server ready after ${(timings.codeServerReadyMs / 1000).toFixed(1)} s; driver total ${(timings.totalMs / 1000).toFixed(1)} s; artifacts in test-results/e2e/`);
    }
    const { passed, failed } = summarize(suite.tests, ui);
    console.log(`e2e: ${passed} passed, ${failed} failed`);
    return failed === 0 && passed > 0 ? 0 : 1;
}

process.exitCode = await main().catch(error => {
    console.error(error instanceof Error ? error.stack ?? error.message : error);
    return 1;
});

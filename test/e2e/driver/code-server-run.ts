import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { SuiteResults, TestResult } from '../suite/results.js';
import type { RunParameters } from '../suite/run-parameters.js';
import { installExtensions, startCodeServer, type CodeServerFolders, type RunningCodeServer } from './code-server-process.js';
import { artifactsDir, extensionVsix, testHostVsix } from './e2e-paths.js';
import type { ExamplesStart } from './examples-start.js';
import { noEditorProblemsCheck, type NoEditorTiming } from './no-editor-problems.js';
import { missingSuite } from './report.js';
import { createScratch } from './scratch-workspace.js';
import { uiChecks, type UiCheck } from './ui-checks.js';
import { webOnlyChecks } from './web-ui-checks.js';
import { openWindow, openWorkbench, type Workbench } from './workbench.js';

/*
 * One run in code-server: its own scratch workspace, user data and extensions,
 * the packaged extension and the test host for one extension host, the
 * extension-host suite (through the test host) and the UI checks in one workbench.
 *
 * - node: the packaged .vsix as it is (`main`: code-server's Node.js extension host);
 *   the suite, the UI checks, then a second window on a folder with no file open.
 * - web: the web-only .vsix (no `main`: the browser's web worker extension host);
 *   the window opens with no file open and the Problems panel is checked first,
 *   then the suite and the UI checks run in the same window.
 */

export type Host = RunParameters['host'];

export interface HostRun {
    host: Host;
    suite: SuiteResults;
    ui: TestResult[];
    timings: Record<string, number | undefined>;
    /** The web run's start, step by step, from the workbench being there (startup-marks.ts). */
    startup?: Record<string, number>;
    /** The web run's starts on the examples alone, in a code-server of their own (examples-start.ts). */
    examplesStart?: ExamplesStart;
}

export const hostLabels: Record<Host, string> = { node: 'Node.js extension host', web: 'web worker extension host' };

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

/** The tests the test host wrote down so far (see test-host/src/extension.ts), before a failure that says why the suite did not finish. */
function unfinishedSuite(resultsFile: string, reason: string): SuiteResults {
    const progress = `${resultsFile}.progress`;
    const tests = existsSync(progress) ? JSON.parse(readFileSync(progress, 'utf-8')) as TestResult[] : [];
    const missing = missingSuite(`${reason}; ${tests.length} test(s) had ended, the last: ${tests.at(-1)?.title ?? 'none'}`);
    return { ...missing, tests: [...tests, ...missing.tests], passed: tests.filter(test => test.state === 'passed').length, failed: tests.filter(test => test.state === 'failed').length + 1 };
}

async function waitForSuite(resultsFile: string, server: RunningCodeServer): Promise<SuiteResults> {
    const deadline = Date.now() + suiteTimeoutMs;
    while (!existsSync(resultsFile)) {
        if (server.exited()) return unfinishedSuite(resultsFile, 'code-server ended before the suite reported');
        if (Date.now() > deadline) return unfinishedSuite(resultsFile, `no results after ${suiteTimeoutMs / 1000} s (see test-results/e2e/logs)`);
        await new Promise(resolve => setTimeout(resolve, 500));
    }
    return JSON.parse(readFileSync(resultsFile, 'utf-8')) as SuiteResults;
}

/** One check as a test result; on failure `failureScreenshot` (a window's) is taken under `name`. */
export async function runUiCheck(check: UiCheck, failureScreenshot: (file: string) => Promise<unknown>, name: string): Promise<TestResult> {
    const started = Date.now();
    try {
        await check.run();
        return { title: check.title, state: 'passed', durationMs: Date.now() - started };
    } catch (error) {
        await failureScreenshot(path.join(artifactsDir, name)).catch(() => undefined);
        return { title: check.title, state: 'failed', durationMs: Date.now() - started, error: `${error instanceof Error ? error.message : String(error)}\n(screenshot: test-results/e2e/${name})` };
    }
}

async function runUiChecks(workbench: Workbench, checks: UiCheck[], prefix: string, failedSoFar: number): Promise<TestResult[]> {
    const results: TestResult[] = [];
    for (const check of checks) {
        const name = `${prefix}failed-ui-${failedSoFar + results.length + 1}.png`;
        results.push(await runUiCheck(check, file => workbench.page.screenshot({ path: file }), name));
    }
    return results;
}

/** A code-server run's own folders, fresh, inside `root`, with the editor's settings for every run. */
export function codeServerFolders(root: string): CodeServerFolders {
    const folders = { userData: path.join(root, 'user-data'), extensions: path.join(root, 'extensions'), config: path.join(root, 'code-server.yaml'), home: path.join(root, 'home') };
    mkdirSync(path.join(folders.userData, 'User'), { recursive: true });
    writeFileSync(path.join(folders.userData, 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));
    writeFileSync(folders.config, '');
    return folders;
}

export async function runInCodeServer(entry: string, host: Host): Promise<HostRun> {
    const prefix = host === 'web' ? 'web-' : '';
    const started = Date.now();
    const scratch = createScratch();
    const folders = codeServerFolders(scratch.root);
    installExtensions(entry, folders, [extensionVsix[host], testHostVsix[host]]);

    // The test host runs the suite once this file is there, beside the workspace folder (see test-host/src/extension.ts).
    const runFile = path.join(path.dirname(scratch.workspace), `${path.basename(scratch.workspace)}.e2e-run.json`);
    const resultsFile = path.join(scratch.root, 'suite-results.json');
    const parameters: RunParameters & { results: string } = { host, expectedDiagnostics: scratch.expectedDiagnostics, scratch: scratch.root, grep: process.env.SVC_E2E_GREP, results: resultsFile };
    const startSuite = () => writeFileSync(runFile, JSON.stringify(parameters, null, 2));
    if (host === 'node') startSuite();

    const server = await startCodeServer(entry, folders, scratch.workspace, path.join(artifactsDir, `${prefix}code-server.log`));
    let suite: SuiteResults = missingSuite('the workbench did not open');
    const ui: TestResult[] = [];
    let workbench: Workbench | undefined;
    const noEditor: NoEditorTiming = {};
    let suiteStarted = Date.now();
    let uiStarted = suiteStarted;
    let uiMs = 0;
    try {
        workbench = await openWorkbench(server.url, scratch.workspace, folders.home);
        const first = { page: workbench.page, ready: Date.now() };
        if (host === 'web') ui.push(...await runUiChecks(workbench, [noEditorProblemsCheck(async () => first, scratch, noEditor, 'web-problems-panel-no-editor.png')], prefix, 0));
        suiteStarted = Date.now();
        if (host === 'web') startSuite();
        suite = await waitForSuite(resultsFile, server);
        uiStarted = Date.now();
        const browser = workbench.browser;
        const consoleErrors = workbench.consoleErrors;
        // The Node run's window with no file open comes last: by then the test host, which opens files, has nothing left to do.
        const secondWindow = noEditorProblemsCheck(async () => {
            const page = await openWindow(browser, server.url, scratch.problemsOnly.workspace, consoleErrors);
            return { page, ready: Date.now(), close: () => page.close() };
        }, scratch.problemsOnly, noEditor, 'problems-panel-no-editor.png');
        ui.push(...await runUiChecks(workbench, [...uiChecks(workbench.page, scratch.workspace, scratch.expectedDiagnostics, prefix), ...(host === 'node' ? [secondWindow] : webOnlyChecks(workbench.page))], prefix, ui.filter(test => test.state === 'failed').length));
    } catch (error) {
        ui.push({ title: 'drive the workbench', state: 'failed', durationMs: 0, error: error instanceof Error ? error.stack ?? error.message : String(error) });
        await workbench?.page.screenshot({ path: path.join(artifactsDir, `${prefix}failed-workbench.png`) }).catch(() => undefined);
    } finally {
        uiMs = Date.now() - uiStarted;
        if (workbench) writeFileSync(path.join(artifactsDir, `${prefix}browser-console.txt`), workbench.consoleErrors.join('\n'));
        await workbench?.browser.close().catch(() => undefined);
        await server.stop();
        // code-server's logs (in the Node run also the extension host's and the language server's), for a failure's post-mortem.
        if (existsSync(path.join(folders.userData, 'logs'))) cpSync(path.join(folders.userData, 'logs'), path.join(artifactsDir, `${prefix}logs`), { recursive: true });
        rmSync(scratch.root, { recursive: true, force: true });
    }
    return {
        host, suite, ui, startup: noEditor.startup,
        timings: {
            suiteWallMs: uiStarted - suiteStarted, suiteMochaMs: suite.durationMs, uiMs, runMs: Date.now() - started,
            noEditorFirstDiagnosticsMs: noEditor.firstDiagnosticsMs, noEditorProblemsCompleteMs: noEditor.problemsCompleteMs, ...suite.measures
        }
    };
}

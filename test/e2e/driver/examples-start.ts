import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import type { TestResult } from '../suite/results.js';
import { installExtensions, startCodeServer } from './code-server-process.js';
import { codeServerFolders, runUiCheck } from './code-server-run.js';
import { artifactsDir, extensionVsix, repoRoot } from './e2e-paths.js';
import { expectedProblemRows } from './expectations.js';
import { problemRows, showProblemsPanel } from './problems-panel.js';
import { checkedFolder, type CheckedFolder } from './scratch-workspace.js';
import { markDetail, startupTimeline, webStartupMarks } from './startup-marks.js';
import { rowKey, sameList, screenshot, type UiCheck } from './ui-checks.js';
import { chromiumPath, eventually, openWorkbench } from './workbench.js';

/*
 * Issue 17's "first diagnostics after the folder opens, on the examples": a
 * copy of examples/ alone, opened with no file open, after the web run, in a
 * code-server of its own where only the web extension is installed (no test
 * host, no other window: a consultant's editor), in a fresh browser. The examples have no problems, so no
 * Problems row can tell when they were checked: the marks of the extension and
 * its server do (startup-marks.ts), read from the window's workers. Nothing
 * here is timed against a limit (speed goals are the bench's); the check fails
 * when a step never comes, comes out of order, or the panel is not what
 * `svc check` says.
 */

/** What the Problems panel says when no extension reports a problem (VS Code's English UI). */
const noProblems = 'No problems have been detected in the workspace';

/** The steps every start goes through, in their order. */
const steps = [
    webStartupMarks.activated, webStartupMarks.serverWorkerCreated, webStartupMarks.serverListening, webStartupMarks.initializeReceived,
    webStartupMarks.specsListed, webStartupMarks.specsLoaded, webStartupMarks.firstValidated
];

/** How many times the examples are opened: the figures of one opening vary with what else the machine does. */
const openings = 3;

/** The openings of the examples: each one's marks, from its workbench being there. */
export interface ExamplesStart {
    browser: string;
    startups: Array<Record<string, number>>;
}

/**
 * Opens the examples as described above, `openings` times, each in a fresh browser:
 * the run's (Debian's Chromium, or SVC_CHROMIUM).
 */
export async function examplesStartRun(entry: string): Promise<{ tests: TestResult[]; start: ExamplesStart }> {
    const root = mkdtempSync(path.join(tmpdir(), 'svc-e2e-examples-'));
    const tests: TestResult[] = [];
    const start: ExamplesStart = { browser: process.env.SVC_CHROMIUM ? chromiumPath : 'Debian\'s Chromium', startups: [] };
    try {
        const folder = checkedFolder(root, 'examples', { '.': path.join(repoRoot, 'examples') });
        const folders = codeServerFolders(root);
        installExtensions(entry, folders, [extensionVsix.web]);
        const server = await startCodeServer(entry, folders, folder.workspace, path.join(artifactsDir, 'web-examples-code-server.log'));
        try {
            for (let opening = 1; opening <= openings; opening++) {
                const open = async () => {
                    const workbench = await openWorkbench(server.url, folder.workspace, folders.home);
                    return { page: workbench.page, ready: Date.now(), close: () => workbench.browser.close() };
                };
                // The check takes its screenshot, failed or not.
                const check = examplesStartCheck(open, folder, start.startups, `opening ${opening} of ${openings}`);
                tests.push(await runUiCheck(check, async () => undefined, 'web-examples-start.png'));
            }
        } finally {
            await server.stop();
        }
    } catch (error) {
        tests.push({ title: 'open the examples in a code-server of their own', state: 'failed', durationMs: 0, error: error instanceof Error ? error.stack ?? error.message : String(error) });
    } finally {
        rmSync(root, { recursive: true, force: true });
    }
    return { tests, start };
}

function examplesStartCheck(open: () => Promise<{ page: Page; ready: number; close: () => Promise<void> }>, folder: CheckedFolder, startups: Array<Record<string, number>>, which: string): UiCheck {
    return {
        title: `the examples opened with no file open, only svc installed (${which}): the server starts, checks every spec and VS Code gets their diagnostics`,
        run: async () => {
            const { page, ready, close } = await open();
            try {
                const timeline = await eventually('every spec of the examples checked and a spec\'s diagnostics in VS Code', async () => {
                    const marks = await startupTimeline(page, ready);
                    return marks[webStartupMarks.firstValidated] !== undefined && marks[webStartupMarks.firstDiagnosticsReceived] !== undefined ? marks : undefined;
                }, 120_000);
                const missing = steps.filter(step => timeline[step] === undefined);
                if (missing.length) throw new Error(`the start never marked ${missing.join(', ')}`);
                const outOfOrder = steps.slice(1).filter((step, index) => timeline[step] < timeline[steps[index]]);
                if (outOfOrder.length) throw new Error(`out of order: ${outOfOrder.join(', ')} (${JSON.stringify(timeline)})`);
                // In code-server the script comes from where the extension's code came from, not through the workbench.
                const loaded = await markDetail(page, webStartupMarks.serverWorkerCreated);
                if (loaded !== 'fetched') throw new Error(`the server's script was loaded by ${String(loaded)}, not fetched from where the extension's code came from`);
                startups.push(timeline);
                await eventually('the Problems panel', () => showProblemsPanel(page).then(() => true), 60_000);
                const wanted = expectedProblemRows(folder.expectedDiagnostics).map(rowKey).sort();
                if (wanted.length > 0) sameList('Problems panel of the examples', (await problemRows(page)).map(rowKey).sort(), wanted);
                else await page.locator('.markers-panel-container', { hasText: noProblems }).waitFor({ timeout: 10_000 });
            } finally {
                await screenshot(page, 'web-examples-start.png').catch(() => undefined);
                await close();
            }
        }
    };
}

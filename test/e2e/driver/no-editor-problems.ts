import type { Page } from 'playwright-core';
import { expectedProblemRows } from './expectations.js';
import { problemRows, showProblemsPanel } from './problems-panel.js';
import type { CheckedFolder } from './scratch-workspace.js';
import { rowKey, sameList, screenshot, type UiCheck } from './ui-checks.js';
import { startupTimeline } from './startup-marks.js';
import { eventually } from './workbench.js';

/*
 * A folder opened with no file: the extension activates on
 * `workspaceContains:**\/*.svc` and the server validates every spec it finds,
 * so the Problems panel is complete before anyone opens a spec. It must run in
 * a window where no editor — the suite's, a UI check's — opened a spec: the
 * Node run opens a second window after the suite has reported (the test host
 * then does nothing), the web run looks at its first window before the suite starts.
 */

/** What the check measured, from the window's workbench being there: the first Problems row, and the last expected one. */
export interface NoEditorTiming {
    firstDiagnosticsMs?: number;
    problemsCompleteMs?: number;
    /** In the web run, when the extension host, the extension and its server reached each step (startup-marks.ts). */
    startup?: Record<string, number>;
}

/** A window on the folder, and when its workbench was there. */
export interface NoEditorWindow {
    page: Page;
    ready: number;
    /** Closes a window opened for the check only. */
    close?: () => Promise<void>;
}

const openEditorTabs = (page: Page) => page.locator('.editor-group-container .tab').count();

async function noEditorOpen(page: Page, when: string): Promise<void> {
    const tabs = await openEditorTabs(page);
    if (tabs > 0) throw new Error(`${when}, ${tabs} editor(s) are open: the check needs a window where no file was opened`);
}

export function noEditorProblemsCheck(open: () => Promise<NoEditorWindow>, folder: CheckedFolder, timing: NoEditorTiming, screenshotName: string): UiCheck {
    return {
        title: 'a folder opened with no file open: the Problems panel lists the diagnostics of every spec in it',
        run: async () => {
            const expected = expectedProblemRows(folder.expectedDiagnostics);
            const wanted = expected.map(rowKey).sort();
            const files = new Set(expected.map(row => row.file));
            if (files.size < 2) throw new Error(`svc check finds problems in ${files.size} file(s) of ${folder.workspace}; the check needs two`);
            const { page, ready, close } = await open();
            try {
                await noEditorOpen(page, 'when the workbench is there');
                // Ctrl+Shift+M may come before the workbench listens to keys: pressed again until the panel shows.
                await eventually('the Problems panel', () => showProblemsPanel(page).then(() => true), 60_000);
                const first = await page.locator('.markers-panel .monaco-list-row').first().waitFor({ timeout: 120_000 }).then(() => Date.now(), () => undefined);
                if (first) timing.firstDiagnosticsMs = first - ready;
                const complete = first === undefined ? undefined : await eventually('every expected row in the Problems panel', async () => {
                    const rows = (await problemRows(page)).map(rowKey).sort();
                    return rows.length >= wanted.length ? rows : undefined;
                }, 120_000).catch(() => undefined);
                if (complete) timing.problemsCompleteMs = Date.now() - ready;
                // Read once the panel is complete: the server marks its first check validated after publishing some of it.
                timing.startup = await startupTimeline(page, ready);
                const shown = complete ?? (await problemRows(page).catch(() => [])).map(rowKey).sort();
                sameList('Problems panel of a window with no file open', shown, wanted);
                await noEditorOpen(page, 'once the Problems panel is complete');
            } finally {
                // Taken here, failed or not: the runner's failure screenshot shows the main window.
                await screenshot(page, screenshotName).catch(() => undefined);
                await close?.();
            }
        }
    };
}

import type { Page } from 'playwright-core';
import { openBesideOthers, previewSpec, screenshot, type UiCheck } from './ui-checks.js';
import { runCommand } from './workbench.js';

/* What only the browser shows: the web run checks it after the UI checks both runs share. */

/** What the web extension says instead of printing a PDF (extension/src/export/export-commands.ts). */
const pdfNeedsDesktop = 'Exporting a PDF needs VS Code on the desktop';

export function webOnlyChecks(page: Page): UiCheck[] {
    return [{
        title: 'SVC: Export Report as PDF says that a PDF needs VS Code on the desktop (no Chromium to print with in the browser)',
        run: async () => {
            // The spec's editor active (the command is offered for .svc editors); it opens where the last check left its cursor.
            await openBesideOthers(page, previewSpec.name);
            await runCommand(page, 'SVC: Export Report as PDF');
            await page.locator('.notifications-toasts .notification-toast', { hasText: pdfNeedsDesktop }).waitFor({ timeout: 20_000 });
            await screenshot(page, 'web-export-pdf-notice.png');
        }
    }];
}

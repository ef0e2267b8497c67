import * as vscode from 'vscode';
import { findInstalledChromium } from '#server/render/find-chromium.js';
import { PrintToPdfError, printToPdf } from '#server/render/print-to-pdf.js';

/**
 * Prints the report page to PDF with the Chromium, Chrome or Edge installed
 * here (or `SVC_CHROMIUM`): the extension carries no browser of its own.
 */
export async function printPdf(html: string): Promise<Uint8Array> {
    const browser = findInstalledChromium();
    if (!browser) {
        throw new Error(vscode.l10n.t('Exporting a PDF needs Chromium, Google Chrome or Microsoft Edge: install one, or name its executable in the SVC_CHROMIUM environment variable.'));
    }
    try {
        return await printToPdf(browser, html);
    } catch (error) {
        if (!(error instanceof PrintToPdfError)) throw error;
        throw new Error(vscode.l10n.t('The browser could not print the PDF (exit code {0}): {1}', String(error.exitCode), error.output));
    }
}

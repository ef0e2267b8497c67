import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as vscode from 'vscode';
import { chromiumArgs } from '#server/render/chromium-args.js';
import { findInstalledChromium } from '#server/render/find-chromium.js';

/**
 * Prints a self-contained HTML page to PDF with the Chromium, Chrome or Edge
 * installed here (or `SVC_CHROMIUM`), through the browser's own
 * `--print-to-pdf`: the extension ships without Playwright and without
 * node_modules. The page's CSS sets the paper, margins and page numbers.
 */
export async function printPdf(html: string): Promise<Uint8Array> {
    const browser = findInstalledChromium();
    if (!browser) {
        throw new Error(vscode.l10n.t('Exporting a PDF needs Chromium, Google Chrome or Microsoft Edge: install one, or name its executable in the SVC_CHROMIUM environment variable.'));
    }
    const folder = await mkdtemp(join(tmpdir(), 'svc-pdf-'));
    try {
        const page = join(folder, 'report.html');
        const pdf = join(folder, 'report.pdf');
        await writeFile(page, html);
        await run(browser, [...chromiumArgs, `--user-data-dir=${join(folder, 'profile')}`, '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, pathToFileURL(page).href]);
        return await readFile(pdf);
    } finally {
        await rm(folder, { recursive: true, force: true });
    }
}

function run(command: string, args: string[]): Promise<void> {
    return new Promise((resolve, reject) => {
        const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
        let errors = '';
        child.stderr.on('data', (chunk: Buffer) => { errors = (errors + chunk.toString()).slice(-2000); });
        child.on('error', reject);
        child.on('exit', code => code === 0 ? resolve() : reject(new Error(vscode.l10n.t('The browser could not print the PDF (exit code {0}): {1}', String(code), errors.trim()))));
    });
}

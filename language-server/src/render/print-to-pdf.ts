import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromiumArgs } from './chromium-args.js';

/** The browser ran but wrote no PDF: its exit code and the end of what it said. */
export class PrintToPdfError extends Error {
    override readonly name = 'PrintToPdfError';
    constructor(readonly exitCode: number | null, readonly output: string) {
        super(`Chromium could not print the PDF (exit code ${exitCode}): ${output}`);
    }
}

/**
 * Prints a self-contained HTML page to PDF with the browser's own
 * `--print-to-pdf`, without Playwright (the editor extension ships without it):
 * the page's CSS sets the paper, margins and page numbers; no header or footer
 * of the browser's. A profile of its own, removed after, as the page file.
 */
export async function printToPdf(browser: string, html: string, timeoutMs = 60_000): Promise<Uint8Array> {
    const folder = await mkdtemp(join(tmpdir(), 'svc-pdf-'));
    try {
        const page = join(folder, 'report.html');
        const pdf = join(folder, 'report.pdf');
        await writeFile(page, html);
        await run(browser, [...chromiumArgs, `--user-data-dir=${join(folder, 'profile')}`, '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, pathToFileURL(page).href], timeoutMs);
        return await readFile(pdf);
    } finally {
        await rm(folder, { recursive: true, force: true });
    }
}

/** Runs the browser; one that never finishes (seen: the headless-only build of @sparticuz/chromium with --print-to-pdf) is killed after `timeoutMs`, so an export never hangs. */
function run(command: string, args: string[], timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
        const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
        let output = '';
        const timer = setTimeout(() => {
            output = `${output}\nno PDF after ${Math.round(timeoutMs / 1000)} s: stopped`.slice(-2000);
            child.kill('SIGKILL');
        }, timeoutMs);
        child.stderr.on('data', (chunk: Buffer) => { output = (output + chunk.toString()).slice(-2000); });
        child.on('error', error => { clearTimeout(timer); reject(error); });
        child.on('exit', code => {
            clearTimeout(timer);
            if (code === 0) resolve();
            else reject(new PrintToPdfError(code, output.trim()));
        });
    });
}

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import { startupMarks } from '#protocol/startup-marks.js';
import { launchChromium } from '../extension/webview-page.js';
import { changeOnDisk, copyFolder, openFolderInWorker, pageUrl, serveWebServer, webServerBundle, type WebRun } from './web-worker-client.js';

/*
 * The web build's language server in a real browser's web worker, on a folder
 * opened with no file open: it must publish what the command line reports for
 * the same folder — config severities, data files bound, refused and missing,
 * the rows of a CSV — having read everything through the client's `svc/fs/*`.
 */

const repository = join(import.meta.dirname, '..', '..');
const fixture = join(import.meta.dirname, 'fixtures', 'web-workspace');

interface CliReport {
    files: Array<{ path: string; diagnostics: Array<{ rule: string; severity: string; message: string; range: { start: { line: number; column: number } } }> }>;
}

const severities = ['', 'error', 'warning', 'info', 'hint'];

/** Each diagnostic as `path:line:column severity rule message`, sorted: the CLI's (1-based) and the server's (0-based) alike. */
function cliLines(): string[] {
    // Exit status 1: the folder has errors, as it should.
    const { stdout } = spawnSync(process.execPath, [join(repository, 'out', 'cli', 'svc.mjs'), 'check', '.', '--format', 'json'], { cwd: fixture, encoding: 'utf-8' });
    return (JSON.parse(stdout) as CliReport).files.flatMap(file => file.diagnostics.map(diagnostic =>
        `${file.path}:${diagnostic.range.start.line}:${diagnostic.range.start.column} ${diagnostic.severity} ${diagnostic.rule} ${diagnostic.message}`)).sort();
}

function serverLines(run: WebRun): string[] {
    return Object.entries(run.diagnostics).flatMap(([uri, diagnostics]) => diagnostics.map(diagnostic =>
        `${decodeURIComponent(uri.replace('file:///ws/', ''))}:${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1} ${severities[diagnostic.severity ?? 1]} ${String(diagnostic.code)} ${diagnostic.message}`)).sort();
}

describe('the web build\'s language server in a browser worker', () => {
    // Never skipped: without the built bundle this fails and says what is missing.
    it('the web server bundle is present', () => {
        expect(existsSync(webServerBundle), `${webServerBundle} is missing: run 'npm run build'`).toBe(true);
    });

    let server: Server;
    let browser: Browser;
    let page: Page;
    let run: WebRun;

    beforeAll(async () => {
        server = await serveWebServer();
        browser = await launchChromium();
        page = await browser.newPage();
        await page.goto(pageUrl(server));
        run = await openFolderInWorker(page, copyFolder(fixture, '/ws'), { keep: true });
    }, 60_000);

    afterAll(async () => {
        await browser?.close();
        await new Promise(resolve => server?.close(resolve));
    });

    it('publishes, with no file open, what the command line reports for the folder', () => {
        expect(run.workerErrors).toEqual([]);
        const expected = cliLines();
        expect(expected.some(line => line.includes('data-file-invalid'))).toBe(true);
        expect(expected.some(line => line.startsWith('data/queue.csv:'))).toBe(true);
        expect(serverLines(run)).toEqual(expected);
    });

    it('read the folder through the client, never the disk, and nothing a spec names outside its data root', () => {
        expect(run.requests['svc/fs/readDirectory']).toBe(4);
        // The specs, the config files of their folders and above (listed folders need no read), the data files inside the root.
        expect([...run.filesRead].sort()).toEqual(['/svc.config.json', '/ws/data/missing.csv', '/ws/data/queue.csv', '/ws/notes/broken.svc', '/ws/shop/counter.svc', '/ws/svc.config.json']);
    });

    it('marks each step of its start, from listening to its first check validated, for the end-to-end run to split the start (startup-marks.ts)', async () => {
        const marks = await Promise.all(page.workers().map(worker => worker.evaluate(() => performance.getEntriesByType('mark').map(mark => mark.name))));
        const serverMarks = marks.find(names => names.includes(startupMarks.serverListening));
        expect(serverMarks).toBeDefined();
        expect(serverMarks!.filter(name => name.startsWith('svc:'))).toEqual([startupMarks.serverListening, startupMarks.initializeReceived, startupMarks.specsListed, startupMarks.specsLoaded, startupMarks.firstValidated]);
    });

    // The watchers' events, as VS Code sends them: what changed is read again.
    const codes = (diagnostics: Diagnostic[]) => diagnostics.map(diagnostic => `${String(diagnostic.code)} ${String(diagnostic.message)}`);

    it('checks a data file changed on disk again', async () => {
        const csv = await changeOnDisk(page, '/ws/data/queue.csv', 'kpi,period,value\nAvgWait,2026-09,7\nAvgWait,2026-10,12\n', '/ws/data/queue.csv');
        expect(csv).toEqual([]);
    });

    it('finds a data file created on disk', async () => {
        const before = run.diagnostics['file:///ws/shop/counter.svc'].filter(diagnostic => String(diagnostic.message).includes('missing.csv'));
        expect(before).toHaveLength(1);
        const spec = await changeOnDisk(page, '/ws/data/missing.csv', 'kpi,period,value\n', '/ws/shop/counter.svc');
        expect(codes(spec).filter(code => code.includes('missing.csv'))).toEqual([]);
        expect(codes(spec).filter(code => code.startsWith('data-file-invalid'))).toHaveLength(2);
    });

    it('follows a config file changed on disk', async () => {
        const spec = await changeOnDisk(page, '/ws/svc.config.json', '{ "rules": { "standard-unmeasured": "off" } }', '/ws/shop/counter.svc');
        expect(codes(spec).filter(code => code.startsWith('standard-unmeasured'))).toEqual([]);
        expect(codes(spec).filter(code => code.startsWith('servqual-coverage'))).toHaveLength(1);
    });
});

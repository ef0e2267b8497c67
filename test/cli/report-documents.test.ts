import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { exampleService, namesToFind } from '../helpers/document-report-kit.js';
import { readDocx } from '../helpers/docx-reader.js';
import { printedForm, readPdf } from '../helpers/pdf-reader.js';
import { runCli } from '../helpers/run-cli.js';

/* `svc report --format pdf|docx` as a user runs it: the built CLI, files on disk, never replaced without --force. */

const repo = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'svc-report-documents-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const example = 'government/business-license.svc';
/** The file the run wrote, as its output line names it: `FILE › SERVICE → PATH`. */
const written = (stdout: string) => resolve(repo, stdout.trim().split(' → ').pop()!);

describe('svc report --format pdf|docx', () => {
    test('--format pdf: an A4 PDF holding every standard, KPI and step title; kept unless --force', async () => {
        const outDir = join(scratch, 'pdf');
        const run = runCli(['report', `examples/${example}`, '--format', 'pdf', '--locale', 'zh-CN', '--out-dir', outDir], repo);
        expect(run.status, run.stderr).toBe(0);
        const pages = await readPdf(readFileSync(written(run.stdout)));
        const text = printedForm(pages.map(page => page.text).join(''));
        const names = namesToFind((await exampleService(example)).service);
        for (const name of [...names.standards, ...names.standardTitles, ...names.kpis, ...names.kpiTitles, ...names.steps]) expect(text, name).toContain(printedForm(name));
        expect(text).toContain(printedForm(`第 1 页，共 ${pages.length} 页`));

        const again = runCli(['report', `examples/${example}`, '--format', 'pdf', '--out-dir', outDir], repo);
        expect(again.status).toBe(2);
        expect(again.stderr).toContain('--force');
    }, 120_000);

    test('--format docx: a Word document with the tables and the blueprint picture', async () => {
        const outDir = join(scratch, 'docx');
        const run = runCli(['report', `examples/${example}`, '--format', 'docx', '--out-dir', outDir], repo);
        expect(run.status, run.stderr).toBe(0);
        expect(run.stdout).toMatch(/\.docx$/m);
        const contents = readDocx(readFileSync(written(run.stdout)));
        const names = namesToFind((await exampleService(example)).service);
        for (const name of [...names.standards, ...names.kpis, ...names.steps]) expect(contents.tables.flat(2).some(cell => cell.startsWith(name)), name).toBe(true);
        expect(contents.pictures.length).toBeGreaterThan(0);
    }, 120_000);

    test('an unknown report format is a usage error', () => {
        const run = runCli(['report', `examples/${example}`, '--format', 'odt', '--out-dir', join(scratch, 'odt')], repo);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('--format must be html, md, pdf or docx');
    });
});

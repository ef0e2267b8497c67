import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Locale } from '#protocol/locale.js';
import { maxQuotedCharacters, quoteCell } from '../../language-server/src/measured/quote-cell.js';
import { messageText } from '../../language-server/src/validation/svc-document-validator.js';
import { checkFiles } from '../../language-server/src/workspace/check-files.js';

/*
 * Issue 7, item 7 — safety of measured data. A spec reads nothing outside its
 * data root (absolute paths, `..`, symbolic links out, devices, FIFOs,
 * folders, files over 20 MB); whatever a data file holds (binary, a 5 MB
 * cell, markup, bidi controls) gives data-file-invalid or measurement-invalid
 * — never a crash, a hang, a message that breaks, or a message of megabytes —
 * and never stops the other rules.
 */

const scratch = realpathSync(mkdtempSync(join(tmpdir(), 'svc-security-measured-')));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Outside every data root below: a row that, if read, would breach AvgWait's warning. */
const secret = join(scratch, 'outside/secret.csv');
mkdirSync(dirname(secret), { recursive: true });
writeFileSync(secret, 'kpi,period,value\nCounter.AvgWait,2026-09,99\n');

const spec = (from: string, extra = '') => `service Counter "对公柜台" {
  owner Lead
  actor Lead "网点主任" backstage
  kpi AvgWait "平均等候" { unit min direction lower target 10 warning 15 period monthly }
  measurements Monthly "月报" from "${from}"
${extra}}
`;

interface Found { file: string; line: number; rule: string; message: string }

let projects = 0;

/**
 * Checks a project (path → content; `prepare` adds links, FIFOs and folders)
 * as `svc check` does: every diagnostic, its file relative to the project.
 */
async function check(files: Record<string, string | Uint8Array>, prepare?: (root: string) => void, locale: Locale = 'en'): Promise<Found[]> {
    const root = join(scratch, `project-${++projects}`);
    mkdirSync(root);
    writeFileSync(join(root, 'svc.config.json'), '{}\n');
    for (const [path, content] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), content);
    }
    prepare?.(root);
    const specs = Object.keys(files).filter(path => path.endsWith('.svc')).map(path => join(root, path));
    const result = await checkFiles(specs, locale);
    return [...result.files, ...result.dataFiles].flatMap(({ file, diagnostics }) => diagnostics.map(diagnostic => ({
        file: relative(root, file), line: diagnostic.range.start.line + 1, rule: String(diagnostic.code), message: messageText(diagnostic)
    })));
}

const dataRules = new Set(['data-file-invalid', 'measurement-invalid']);
const dataProblems = (found: Found[]) => found.filter(entry => dataRules.has(entry.rule));

/** The one data-file-invalid at the `from` line, and no breach from the secret's row: nothing was read. */
function expectRefused(found: Found[], reason: string): void {
    expect(dataProblems(found)).toEqual([{ file: 'spec.svc', line: 5, rule: 'data-file-invalid', message: expect.stringContaining(reason) }]);
    expect(found.filter(entry => entry.rule === 'kpi-breach')).toEqual([]);
}

describe('a spec reads no file outside its data root', () => {
    test.each(['/etc/passwd', secret, '/dev/zero', '/dev/urandom'])('the absolute path %j', async path => {
        expectRefused(await check({ 'spec.svc': spec(path) }), 'is an absolute path');
    });

    test('`..` out of the data root', async () => {
        expectRefused(await check({ 'spec.svc': spec('../outside/secret.csv') }), 'leaves the data root');
    });

    test('a symbolic link inside the root to a file outside it, or to a folder outside it', async () => {
        const found = await check({ 'spec.svc': spec('links/secret.csv', '  measurements ViaFolder from "links/outside/secret.csv"\n') }, root => {
            mkdirSync(join(root, 'links'));
            symlinkSync(secret, join(root, 'links/secret.csv'));
            symlinkSync(dirname(secret), join(root, 'links/outside'));
        });
        expect(dataProblems(found).map(entry => [entry.line, entry.message])).toEqual([
            [5, expect.stringContaining('leads through a symbolic link')],
            [6, expect.stringContaining('leads through a symbolic link')]
        ]);
        expect(found.filter(entry => entry.rule === 'kpi-breach')).toEqual([]);
    });

    test.each(['/dev/zero', '/dev/urandom'])('a symbolic link to the device %s', async device => {
        expectRefused(await check({ 'spec.svc': spec('device.csv') }, root => symlinkSync(device, join(root, 'device.csv'))), 'leads through a symbolic link');
    });

    test('a FIFO in the root, without blocking on it', async () => {
        let watchdog: ReturnType<typeof spawn> | undefined;
        const started = Date.now();
        const found = await check({ 'spec.svc': spec('data/pipe.csv') }, root => {
            mkdirSync(join(root, 'data'));
            execFileSync('mkfifo', [join(root, 'data/pipe.csv')]);
            // Should the check open the FIFO blocking, a writer arrives after 3 s: the test then fails on time instead of hanging.
            watchdog = spawn('sh', ['-c', 'sleep 3; : > "$0"', join(root, 'data/pipe.csv')], { stdio: 'ignore' });
        });
        watchdog?.kill();
        expect(Date.now() - started).toBeLessThan(3000);
        expectRefused(found, 'is not a regular file');
    });

    test('a folder named x.csv', async () => {
        expectRefused(await check({ 'spec.svc': spec('x.csv') }, root => mkdirSync(join(root, 'x.csv'))), 'is a folder');
    });

    test('a file of 25 MB', async () => {
        const big = Buffer.alloc(25 * 1024 * 1024, 'AvgWait,2026-09,99\n');
        expectRefused(await check({ 'spec.svc': spec('big.csv'), 'big.csv': big }), 'is larger than 20 MB (25 MB)');
    });
});

/** Bytes from a seeded generator (mulberry32): the same file on every run. */
function randomBytes(seed: number, length: number): Uint8Array {
    const bytes = new Uint8Array(length);
    let state = seed;
    for (let index = 0; index < length; index++) {
        state = (state + 0x6d2b79f5) | 0;
        let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
        mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
        bytes[index] = (mixed ^ (mixed >>> 14)) & 0xff;
    }
    return bytes;
}

/** No line break, no bidi or other control character, and short: a message stays one line that reads as it is. */
function expectWellFormed(message: string): void {
    expect(message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect(message.length).toBeLessThan(600);
}

describe('whatever a data file holds gives data-file-invalid or measurement-invalid, never a crash', () => {
    test.each([1, 2, 3])('random bytes (seed %i)', async seed => {
        const found = await check({ 'spec.svc': spec('noise.csv'), 'noise.csv': randomBytes(seed, 64 * 1024) });
        expect(dataProblems(found).length).toBeGreaterThan(0);
        for (const entry of dataProblems(found)) expectWellFormed(entry.message);
    });

    test.each([4, 5, 6])('a header, then random bytes (seed %i)', async seed => {
        const noise = Buffer.concat([Buffer.from('kpi,period,value\n'), randomBytes(seed, 64 * 1024)]);
        const found = await check({ 'spec.svc': spec('noise.csv'), 'noise.csv': noise });
        expect(dataProblems(found).length).toBeGreaterThan(0);
        for (const entry of dataProblems(found)) expectWellFormed(entry.message);
        expect(found.filter(entry => entry.rule === 'kpi-breach')).toEqual([]);
    });

    test('5 MB cells: each reported, quoted in part', async () => {
        const huge = (character: string) => character.repeat(5 * 1024 * 1024);
        const found = await check({
            'spec.svc': spec('kpi.csv', '  survey Q3 from "q3.csv"\n'),
            'kpi.csv': `kpi,period,value\n${huge('K')},2026-09,9\nAvgWait,${huge('P')},9\nAvgWait,2026-10,"${huge('V')}"\n`,
            'q3.csv': `dimension,expectation,perception\n${huge('D')},5,5\nreliability,${huge('9')},5\n`
        });
        const messages = dataProblems(found).map(entry => `${entry.file}:${entry.line} ${entry.message}`);
        expect(messages).toEqual([
            expect.stringMatching(/^kpi\.csv:2 No KPI named 'K{60}…'/),
            expect.stringMatching(/^kpi\.csv:3 'P{60}…' is not a period/),
            expect.stringMatching(/^kpi\.csv:4 'V{60}…' is not a number/),
            expect.stringMatching(/^q3\.csv:2 'D{60}…' is not a SERVQUAL dimension/),
            expect.stringMatching(/^q3\.csv:3 The expectation '9{60}…' lies outside/)
        ]);
        for (const entry of dataProblems(found)) expectWellFormed(entry.message);
    }, 60_000);
});

describe('a data problem never stops the other rules', () => {
    test('a spec with a broken data file still gets the diagnostics of its other rules', async () => {
        const found = await check({
            'spec.svc': spec('kpi.csv', '  process Visit "到店" {\n    step Wait "等候" by Lead { }\n  }\n'),
            'kpi.csv': randomBytes(7, 4096)
        });
        expect(found.map(entry => entry.rule)).toEqual(expect.arrayContaining(['data-file-invalid', 'dead-end-step', 'no-feedback-channel']));
        expect(found.find(entry => entry.rule === 'dead-end-step')?.line).toBe(7);
    });

    test('and so does a spec whose data file has invalid rows', async () => {
        const found = await check({
            'spec.svc': spec('kpi.csv', '  process Visit "到店" {\n    step Wait "等候" by Lead { }\n  }\n'),
            'kpi.csv': 'kpi,period,value\nAvgWait,2026-13,x\nAvgWait,2026-09,16\n'
        });
        expect(found.map(entry => entry.rule)).toEqual(expect.arrayContaining(['measurement-invalid', 'kpi-breach', 'dead-end-step']));
    });
});

const hostileTexts = ['<script>alert(1)</script>', 'say "hi"', "it's", '`rm -rf`', ']]>', '%%{init: {"theme":"dark"}}%%', 'line one\nline two', 'abc\u202Eevil', 'tab\there\r\nand\u2028more'];

/** A CSV cell holding `text` exactly: quoted, quotes doubled. */
const csvCell = (text: string) => `"${text.replaceAll('"', '""')}"`;

describe('cell texts reach messages quoted, never raw', () => {
    test.each<Locale>(['en', 'zh-CN'])('in kpi, period, value, dimension and answer cells (%s)', async locale => {
        const rows = hostileTexts.flatMap(text => [
            `${csvCell(text)},2026-09,9`,
            `AvgWait,${csvCell(text)},9`,
            `AvgWait,2026-10,${csvCell(text)}`
        ]);
        const answers = hostileTexts.flatMap(text => [`${csvCell(text)},5,5`, `reliability,${csvCell(text)},5`, `empathy,5,5,${csvCell(text)}`]);
        const found = await check({
            'spec.svc': spec('kpi.csv', '  survey Q3 from "q3.csv"\n'),
            'kpi.csv': `kpi,period,value\n${rows.join('\n')}\n`,
            'q3.csv': `dimension,expectation,perception,importance\n${answers.join('\n')}\n`
        }, undefined, locale);
        const problems = found.filter(entry => entry.rule === 'measurement-invalid');
        expect(problems).toHaveLength(rows.length + answers.length);
        const quoted = hostileTexts.map(text => locale === 'en' ? quoteCell(text).en : quoteCell(text).zh);
        // Rows in file order: three a text in each file.
        expect(problems.map(entry => quoted.some(quote => entry.message.includes(quote)))).toEqual(problems.map(() => true));
        problems.filter(entry => entry.file === 'kpi.csv').forEach((entry, index) => {
            expect(entry.message).toContain(quoted[Math.floor(index / 3)]);
        });
        for (const entry of problems) expectWellFormed(entry.message);
    });

    test(`a quoted cell keeps at most ${maxQuotedCharacters} characters`, () => {
        expect(quoteCell('x'.repeat(1000)).en).toHaveLength(maxQuotedCharacters + 3);
    });
});

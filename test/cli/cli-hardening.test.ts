import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cliReachableByNobody, isRoot, nobody, reachableByNobody } from '../helpers/as-nobody.js';

/*
 * Issue 7, item 4: every command of the built `svc` meets hostile files and
 * paths with a clear one-line message naming the file and the right exit status
 * (2: the command could not run), in English and in Chinese, and never a stack
 * trace; CRLF line endings and a BOM just work.
 */

const cli = resolve(import.meta.dirname, '../../out/cli/svc.mjs');
const scratch = mkdtempSync(join(tmpdir(), 'svc-hardening-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));


interface Run { status: number | null; stdout: string; stderr: string }

/** The built CLI, asynchronously (the runs of a test go in parallel), killed after 20 s: a hang fails the test. */
function svc(args: string[], asNobody = false): Promise<Run> {
    return new Promise(done => {
        const [node, script] = asNobody ? [reachableByNobody(process.execPath), cliReachableByNobody(cli)] : [process.execPath, cli];
        const child = spawn(node, [script, ...args], {
            cwd: scratch, timeout: 20_000, env: { ...process.env, NO_COLOR: '1' },
            ...(asNobody ? { uid: nobody, gid: nobody } : {})
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', chunk => { stdout += chunk; });
        child.stderr.on('data', chunk => { stderr += chunk; });
        child.on('close', status => done({ status, stdout, stderr }));
    });
}

let reportCount = 0;
/** Each command as run here; reports go to a fresh folder each time. */
const commands: Record<string, () => string[]> = {
    check: () => ['check'],
    render: () => ['render'],
    report: () => ['report', '--out-dir', join('reports', String(++reportCount))],
    export: () => ['export'],
    format: () => ['format'],
    'format --check': () => ['format', '--check']
};
/** Chinese through each way a path is read: the workspace (check, report, export), render's FILE, format's own loop. */
const localized = new Set(['check', 'render', 'format']);

const valid = 'service Desk "服务台" {\n  actor Guest "客户" customer\n  process Main {\n    step Ask "问" by Guest { next end }\n  }\n}\n';

function write(path: string, content: string | Uint8Array): void {
    mkdirSync(resolve(scratch, path, '..'), { recursive: true });
    writeFileSync(join(scratch, path), content);
}

beforeAll(() => {
    // `nobody` must reach the files.
    chmodSync(scratch, 0o755);
    write('unreadable/x.svc', valid);
    chmodSync(join(scratch, 'unreadable/x.svc'), 0o000);
    write('no-specs/notes.txt', 'nothing here');
    mkdirSync(join(scratch, 'loop'));
    symlinkSync('b.svc', join(scratch, 'loop/a.svc'));
    symlinkSync('a.svc', join(scratch, 'loop/b.svc'));
    write('latin1/x.svc', Buffer.from('service Cafe "caf\xe9" {\n}\n', 'latin1'));
    // 服务台 in GBK.
    write('gbk/x.svc', Buffer.concat([Buffer.from('service Desk "'), Buffer.from([0xb7, 0xfe, 0xce, 0xf1, 0xcc, 0xa8]), Buffer.from('" {\n}\n')]));
    mkdirSync(join(scratch, 'fifo'));
    expect(spawnSync('mkfifo', [join(scratch, 'fifo/x.svc')]).status).toBe(0);
    mkdirSync(join(scratch, 'dangling'));
    symlinkSync('nowhere.svc', join(scratch, 'dangling/x.svc'));
    mkdirSync(join(scratch, 'folder/x.svc'), { recursive: true });
    write('empty/x.svc', '');
    write('parent/spec.svc', valid);
    mkdirSync(join(scratch, 'parent/sub'));
    symlinkSync('..', join(scratch, 'parent/sub/up'));
});

type Locale = 'en' | 'zh-CN';
type Wording = Record<Locale, string>;

interface UserError {
    name: string;
    path: string;
    message: Wording;
    /** A command that words it otherwise (render takes one file, not a folder). */
    exceptions?: Record<string, Wording>;
    asNobody?: boolean;
    /** Found, then unreadable: `svc format` goes on to the other files and sums up in one more line. */
    perFile?: boolean;
}

const renderTakesAFile = (path: string): Wording => ({ en: `'svc render' takes one .svc file, not '${path}'`, 'zh-CN': `'svc render' takes one .svc file, not '${path}'` });
const cannotRead = (path: string, en: string, zh: string): Wording => ({ en: `cannot read '${path}': ${en}`, 'zh-CN': `无法读取“${path}”：${zh}` });
const noSpecs = (path: string): Wording => ({ en: `no .svc files found in ${path}`, 'zh-CN': `在 ${path} 中没有找到 .svc 文件` });
const notUtf8 = (path: string): Wording => ({ en: `'${path}' is not UTF-8 text; save it as UTF-8`, 'zh-CN': `“${path}”不是 UTF-8 文本，请另存为 UTF-8` });

const userErrors: UserError[] = [
    { name: 'a file with mode 000', path: 'unreadable/x.svc', message: cannotRead('unreadable/x.svc', 'permission denied', '没有权限'), asNobody: isRoot, perFile: true },
    { name: 'a folder without specs', path: 'no-specs', message: noSpecs('no-specs'), exceptions: { render: renderTakesAFile('no-specs') } },
    { name: 'a path that does not exist', path: 'missing.svc', message: cannotRead('missing.svc', 'no such file or folder', '文件或文件夹不存在') },
    { name: 'a symbolic link loop (a → b → a)', path: 'loop/a.svc', message: cannotRead('loop/a.svc', 'a loop of symbolic links', '符号链接构成循环') },
    { name: 'a Latin-1 file', path: 'latin1/x.svc', message: notUtf8('latin1/x.svc'), perFile: true },
    { name: 'a GBK file', path: 'gbk/x.svc', message: notUtf8('gbk/x.svc'), perFile: true },
    { name: 'a FIFO named .svc (reading it would block)', path: 'fifo/x.svc', message: cannotRead('fifo/x.svc', 'not a regular file', '不是普通文件') },
    { name: 'a dangling symbolic link', path: 'dangling/x.svc', message: cannotRead('dangling/x.svc', 'no such file or folder', '文件或文件夹不存在') },
    {
        name: 'a folder named x.svc', path: 'folder/x.svc', message: noSpecs('folder/x.svc'),
        exceptions: { render: cannotRead('folder/x.svc', 'it is a folder', '这是一个文件夹') }
    }
];

/** No `    at …` frame and no "internal error" anywhere: a user error is not a bug report. */
function expectNoStackTrace(run: Run, label: string): void {
    expect(`${run.stdout}\n${run.stderr}`, label).not.toMatch(/^\s+at .+/m);
    expect(run.stderr, label).not.toContain('internal error');
}

describe.each(userErrors)('$name', ({ path, message, exceptions, asNobody, perFile }) => {
    test('every command exits 2 with one line naming the file, in English and in Chinese, without a stack trace', async () => {
        if (asNobody === false) {
            // Not root: the mode-000 file must really be unreadable to us.
            expect(() => readFileSync(join(scratch, path))).toThrow();
        }
        const runs = Object.entries(commands).flatMap(([command, args]) => (['en', 'zh-CN'] as const)
            .filter(locale => locale === 'en' || localized.has(command))
            .map(async locale => {
                const localeArgs = locale === 'en' ? [] : ['--locale', locale];
                return { command, locale, run: await svc([...args(), path, ...localeArgs], asNobody) };
            }));
        for (const { command, locale, run } of await Promise.all(runs)) {
            const label = `svc ${command} ${path} (${locale})`;
            const expected = (exceptions?.[command] ?? message)[locale];
            expect(run.status, `${label}: ${run.stderr}`).toBe(2);
            expect(run.stdout, label).toBe('');
            const lines = run.stderr.trimEnd().split('\n');
            expect(lines[0], label).toBe(`svc: ${expected}`);
            expect(lines.length, label).toBe(command.startsWith('format') && perFile ? 2 : 1);
            expectNoStackTrace(run, label);
        }
    });
});

describe('an empty file', () => {
    test('is a spec without services: checked, exported and formatted; render and report say there is nothing to draw', async () => {
        const [check, render, report, exported, format, formatCheck] = await Promise.all(
            Object.values(commands).map(args => svc([...args(), 'empty/x.svc'])));
        expect([check.status, check.stdout]).toEqual([0, '✔ 1 file checked, no problems.\n']);
        expect([render.status, render.stderr]).toEqual([2, "svc: no service in 'empty/x.svc'\n"]);
        expect([report.status, report.stderr]).toEqual([0, 'svc: empty/x.svc defines no service; no report written for it\n']);
        expect(exported.status).toBe(0);
        expect(JSON.parse(exported.stdout).files).toMatchObject([{ path: 'empty/x.svc', model: { services: [] } }]);
        expect([format.status, format.stdout]).toEqual([0, '✔ 1 file already formatted.\n']);
        expect([formatCheck.status, formatCheck.stdout]).toEqual([0, '✔ 1 file formatted.\n']);
        for (const run of [check, render, report, exported, format, formatCheck]) expectNoStackTrace(run, 'empty file');
        expect(readFileSync(join(scratch, 'empty/x.svc'), 'utf-8')).toBe('');
    });
});

describe('a folder holding a symbolic link to its parent', () => {
    test('every command ends and reads each spec once', async () => {
        const [check, render, report, exported, format, formatCheck] = await Promise.all(Object.entries(commands)
            .map(([command, args]) => svc([...args(), command === 'render' ? 'parent/spec.svc' : 'parent/sub'])));
        for (const run of [check, render, report, exported, format, formatCheck]) {
            expect(run.status, run.stderr).toBe(0);
            expectNoStackTrace(run, 'parent link');
        }
        // Reached through the link only: parent/sub/up/spec.svc, once.
        expect(JSON.parse(exported.stdout).files.map((file: { path: string }) => file.path)).toEqual(['parent/sub/up/spec.svc']);
        expect(check.stdout.match(/^\S+\.svc/gm)?.every(path => path === 'parent/sub/up/spec.svc')).toBe(true);
        expect(render.stdout).toMatch(/^swimlane-beta LR/);
        expect(report.stdout.split('\n').filter(Boolean)).toHaveLength(1);
        expect(format.stdout).toBe('✔ 1 file already formatted.\n');
        expect(formatCheck.stdout).toBe('✔ 1 file formatted.\n');
    });
});

describe('CRLF line endings and a UTF-8 BOM', () => {
    // Warnings on lines 4 and 5 (a dead end, steps without evidence), so positions are checked past several line ends.
    const spec = ['service Desk "服务台" {', '  actor Guest "客户" customer', '  process Main {', '    step Ask "问" by Guest { next Answer }',
        '    step Answer "答" by Guest { }', '  }', '}', ''];
    const broken = ['service Desk {', '  actor Guest "客户" customer', '  process Main {', '    step Ask by Guest { next }', '  }', '}', ''];
    const messy = ['service Desk "服务台" {', '\tactor Guest "客户"   customer', '}', ''];
    const tidy = ['service Desk "服务台" {', '  actor Guest "客户" customer', '}', ''];
    const variants = { lf: (lines: string[]) => lines.join('\n'), crlf: (lines: string[]) => lines.join('\r\n'), bom: (lines: string[]) => `\uFEFF${lines.join('\n')}` };

    beforeAll(() => {
        for (const [name, encode] of Object.entries(variants)) {
            write(`${name}/spec.svc`, encode(spec));
            write(`${name}-broken/spec.svc`, encode(broken));
            write(`${name}-messy/spec.svc`, encode(messy));
            write(`${name}-tidy/spec.svc`, encode(tidy));
        }
    });

    const diagnosticsOf = (run: Run) => JSON.parse(run.stdout).files[0].diagnostics;

    test('check reports the same rules at the same lines and columns as with LF', async () => {
        const [lf, crlf, bom, lfBroken, crlfBroken, bomBroken] = await Promise.all(
            ['lf', 'crlf', 'bom', 'lf-broken', 'crlf-broken', 'bom-broken'].map(folder => svc(['check', `${folder}/spec.svc`, '--format', 'json'])));
        expect(lf.status).toBe(0);
        expect(diagnosticsOf(lf).map((diagnostic: { range: { start: { line: number } } }) => diagnostic.range.start.line)).toContain(5);
        expect(diagnosticsOf(lf).find((diagnostic: { rule: string }) => diagnostic.rule === 'dead-end-step'))
            .toMatchObject({ range: { start: { line: 5, column: 10 }, end: { line: 5, column: 16 } } });
        expect(diagnosticsOf(crlf)).toEqual(diagnosticsOf(lf));
        expect(diagnosticsOf(bom)).toEqual(diagnosticsOf(lf));
        expect(lfBroken.status).toBe(1);
        expect(diagnosticsOf(lfBroken).find((diagnostic: { rule: string }) => diagnostic.rule === 'syntax-error')).toMatchObject({ range: { start: { line: 4 } } });
        expect(diagnosticsOf(crlfBroken)).toEqual(diagnosticsOf(lfBroken));
        expect(diagnosticsOf(bomBroken)).toEqual(diagnosticsOf(lfBroken));
    });

    test('render, report and export read them as the LF file', async () => {
        const runs = await Promise.all(['lf', 'crlf', 'bom'].map(async folder => ({
            render: await svc(['render', `${folder}/spec.svc`]),
            report: await svc(['report', `${folder}/spec.svc`, '--format', 'md', '--out-dir', join('crlf-reports', folder)]),
            exported: await svc(['export', `${folder}/spec.svc`])
        })));
        const [lf, crlf, bom] = runs;
        for (const run of runs.flatMap(Object.values)) {
            expect(run.status, run.stderr).toBe(0);
            expectNoStackTrace(run, 'CRLF/BOM');
        }
        expect(crlf.render.stdout).toBe(lf.render.stdout);
        expect(bom.render.stdout).toBe(lf.render.stdout);
        // The model names its file: the rest must be the same.
        const model = (run: Run) => ({ ...JSON.parse(run.stdout).files[0].model, uri: undefined });
        expect(model(crlf.exported)).toEqual(model(lf.exported));
        expect(model(bom.exported)).toEqual(model(lf.exported));
        const report = (folder: string) => readFileSync(join(scratch, 'crlf-reports', folder, 'spec', 'Desk.md'), 'utf-8');
        expect(report('crlf')).toBe(report('lf'));
        expect(report('bom')).toBe(report('lf'));
    });

    test('format keeps CRLF and the BOM, and reports syntax errors at the same places', async () => {
        const [lf, crlf, bom, crlfTidy, bomTidy, lfBroken, crlfBroken, bomBroken] = await Promise.all([
            ...['lf', 'crlf', 'bom'].map(folder => svc(['format', `${folder}-messy/spec.svc`])),
            ...['crlf', 'bom'].map(folder => svc(['format', '--check', `${folder}-tidy/spec.svc`])),
            ...['lf', 'crlf', 'bom'].map(folder => svc(['format', `${folder}-broken/spec.svc`]))
        ]);
        for (const run of [lf, crlf, bom]) expect(run.status, run.stderr).toBe(0);
        const bytes = (folder: string) => readFileSync(join(scratch, folder, 'spec.svc'), 'utf-8');
        expect(bytes('lf-messy')).toBe(variants.lf(tidy));
        expect(bytes('crlf-messy')).toBe(variants.crlf(tidy));
        expect(bytes('bom-messy')).toBe(variants.bom(tidy));
        expect([crlfTidy.status, bomTidy.status]).toEqual([0, 0]);
        expect(lfBroken.status).toBe(2);
        expect(lfBroken.stderr).toMatch(/^svc: lf-broken\/spec\.svc:4:\d+: /);
        expect(crlfBroken.stderr).toBe(lfBroken.stderr.replaceAll('lf-broken', 'crlf-broken'));
        expect(bomBroken.stderr).toBe(lfBroken.stderr.replaceAll('lf-broken', 'bom-broken'));
        expect(bytes('crlf-broken')).toBe(variants.crlf(broken));
        for (const run of [lf, crlf, bom, crlfTidy, bomTidy, lfBroken, crlfBroken, bomBroken]) expectNoStackTrace(run, 'format');
    });
});

describe('a reader that stops early', () => {
    test('svc check | head: the output cut short, no error and no stack trace', async () => {
        mkdirSync(join(scratch, 'many'));
        // Enough problems for output beyond what the closed pipe took.
        writeFileSync(join(scratch, 'many/spec.svc'), Array.from({ length: 300 }, (_, index) => `service S${index} { step A "a" by Nobody }`).join('\n'));
        const run = await new Promise<Run>(done => {
            const child = spawn(process.execPath, [cli, 'check', 'many'], { cwd: scratch, timeout: 20_000, env: { ...process.env, NO_COLOR: '1' } });
            child.stdout.destroy();
            let stderr = '';
            child.stderr.on('data', chunk => { stderr += chunk; });
            child.on('close', status => done({ status, stdout: '', stderr }));
        });
        expect(run.stderr).toBe('');
        expect(run.status).toBe(1);
        expectNoStackTrace(run, 'closed pipe');
    });
});

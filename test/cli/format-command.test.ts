import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const repo = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'svc-format-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const messy = 'service Desk "服务台" {\n\tactor Guest "客户"   customer\n      actor Clerk "柜员" frontstage\n  process Main { step Ask by Guest {\n next end } }\n}\n';
const tidy = 'service Desk "服务台" {\n  actor Guest "客户" customer\n  actor Clerk "柜员" frontstage\n  process Main {\n    step Ask by Guest {\n      next end\n    }\n  }\n}\n';
const broken = 'service Broken {\n    actor A "a"\n';

function folderWith(name: string, files: Record<string, string | Uint8Array>): string {
    const folder = join(scratch, name);
    rmSync(folder, { recursive: true, force: true });
    for (const [file, content] of Object.entries(files)) {
        const path = join(folder, file);
        mkdirSync(resolve(path, '..'), { recursive: true });
        writeFileSync(path, content);
    }
    return folder;
}

const read = (folder: string, file: string) => readFileSync(join(folder, file), 'utf-8');

describe('svc format', () => {
    test('rewrites files in place, lists those that changed, and a second run changes nothing', () => {
        const folder = folderWith('write', { 'desk.svc': messy, 'sub/tidy.svc': tidy });
        const first = runCli(['format', '.'], folder);
        expect(first.status, first.stderr).toBe(0);
        expect(first.stdout).toBe('desk.svc\nFormatted 1 file of 2.\n');
        expect(read(folder, 'desk.svc')).toBe(tidy);
        expect(read(folder, 'sub/tidy.svc')).toBe(tidy);
        const second = runCli(['format', '.'], folder);
        expect(second.status).toBe(0);
        expect(second.stdout).toBe('✔ 2 files already formatted.\n');
    });

    test('--check lists the files that are not formatted, exits 1 and changes nothing', () => {
        const folder = folderWith('check', { 'a.svc': messy, 'b.svc': tidy, 'c.svc': messy.replace('Desk', 'Desk2') });
        const run = runCli(['format', '--check', '.'], folder);
        expect(run.status).toBe(1);
        expect(run.stdout).toBe("a.svc\nc.svc\n✖ 2 of 3 files not formatted; run 'svc format' to rewrite them.\n");
        expect(read(folder, 'a.svc')).toBe(messy);
        expect(runCli(['format', '--check', 'b.svc'], folder)).toMatchObject({ status: 0, stdout: '✔ 1 file formatted.\n' });
    });

    test('a file with syntax errors is reported with its position and left untouched; the others are formatted; exit 2', () => {
        const folder = folderWith('syntax', { 'broken.svc': broken, 'desk.svc': messy });
        const run = runCli(['format', '.'], folder);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain("svc: broken.svc:2:16: Expecting 'customer', 'frontstage', 'backstage' or 'support' but found the end of the file.");
        expect(run.stderr).toContain("svc: 'broken.svc' has syntax errors; left unchanged.");
        expect(run.stderr).toContain('svc: 1 file could not be formatted and was left unchanged.');
        expect(read(folder, 'broken.svc')).toBe(broken);
        expect(read(folder, 'desk.svc')).toBe(tidy);
        expect(runCli(['format', '--check', '.'], folder).status).toBe(2);
    });

    test('a file that is not UTF-8 is reported and left untouched; exit 2', () => {
        const latin1 = Uint8Array.from([...Buffer.from('service Caf'), 0xE9, ...Buffer.from(' {\n}\n')]);
        const folder = folderWith('latin1', { 'cafe.svc': latin1 });
        const run = runCli(['format', 'cafe.svc'], folder);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain("svc: 'cafe.svc' is not UTF-8 text; save it as UTF-8");
        expect(readFileSync(join(folder, 'cafe.svc'))).toEqual(Buffer.from(latin1));
    });

    test('a byte order mark and Windows line breaks are kept', () => {
        const folder = folderWith('bom', { 'desk.svc': `\uFEFF${messy.replace(/\n/g, '\r\n')}` });
        expect(runCli(['format', '.'], folder).status).toBe(0);
        expect(read(folder, 'desk.svc')).toBe(`\uFEFF${tidy.replace(/\n/g, '\r\n')}`);
    });

    test('messages in Chinese with --locale zh-CN or the locale of svc.config.json', () => {
        const folder = folderWith('chinese', { 'desk.svc': messy, 'broken.svc': broken });
        const flagged = runCli(['format', '--check', '.', '--locale', 'zh-CN'], folder);
        expect(flagged.stdout).toContain('✖ 1 个文件中有 1 个不是规范格式；运行“svc format”即可改写。');
        expect(flagged.stderr).toContain('svc: broken.svc:2:16: 此处应为');
        expect(flagged.stderr).toContain('svc: “broken.svc”有语法错误，未作改动。');
        writeFileSync(join(folder, 'svc.config.json'), '{ "locale": "zh-CN" }');
        rmSync(join(folder, 'broken.svc'));
        const configured = runCli(['format', '.'], folder);
        expect(configured.status).toBe(0);
        expect(configured.stdout).toBe('desk.svc\n已格式化 1 个文件（共 1 个）。\n');
    });

    test('bad arguments and unreadable paths exit 2 with the reason and change nothing', () => {
        const folder = folderWith('usage', { 'desk.svc': messy, 'notes.txt': 'no specs here' });
        const cases: Array<[string[], RegExp]> = [
            [['format'], /'svc format' needs at least one PATH/],
            [['format', '.', '--force'], /'svc format' does not take --force/],
            [['format', '.', '--format', 'json'], /'svc format' does not take --format/],
            [['format', '.', '--locale', 'fr'], /--locale must be en or zh-CN/],
            [['format', 'missing.svc'], /cannot read 'missing.svc': no such file or folder/],
            [['format', 'notes'], /cannot read 'notes'/],
            [['check', '.', '--check'], /'svc check' does not take --check/]
        ];
        for (const [args, reason] of cases) {
            const run = runCli(args, folder);
            expect(run.status, args.join(' ')).toBe(2);
            expect(run.stderr).toMatch(reason);
            expect(run.stdout).toBe('');
        }
        expect(read(folder, 'desk.svc')).toBe(messy);
    });

    test('formatting keeps what svc check reports: the examples and a spec with warnings and a suppression', () => {
        const folder = join(scratch, 'examples');
        cpSync(join(repo, 'examples'), folder, { recursive: true });
        writeFileSync(join(folder, 'desk.svc'), 'service Desk { actor Guest customer actor Clerk frontstage process Main {\n'
            + '  step Ask by Guest { next Answer }\n  // svc-disable-next-line fail-without-recovery\n'
            + '  step Answer by Clerk { fail "忘记" fail "太慢" recover Ask evidence "叫号单" duration 2 min wait 3 min next end }\n  step Orphan by Clerk { } } }\n');
        const reported = () => {
            const run = runCli(['check', '.', '--format', 'json'], folder);
            return JSON.parse(run.stdout).files.map((file: { path: string; diagnostics: Array<{ rule: string; message: string }> }) =>
                [file.path, file.diagnostics.map(diagnostic => `${diagnostic.rule}: ${diagnostic.message}`)]);
        };
        const before = reported();
        expect(before.flatMap(([, diagnostics]: [string, string[]]) => diagnostics).length).toBeGreaterThan(3);
        // The suppressed step is too long for one line; splitting it would lift the suppression.
        expect(readFileSync(join(folder, 'desk.svc'), 'utf-8').split('\n')[3].length).toBeGreaterThan(100);
        const run = runCli(['format', '.'], folder);
        expect(run.status, run.stderr).toBe(0);
        // The examples are kept canonical: only the new spec changes.
        expect(run.stdout).toBe('desk.svc\nFormatted 1 file of 8.\n');
        expect(reported()).toEqual(before);
        expect(runCli(['format', '--check', '.'], folder).status).toBe(0);
    });

    test('the bundled examples are in canonical form', () => {
        const run = runCli(['format', '--check', 'examples'], repo);
        expect(run.status, run.stdout).toBe(0);
    });
});

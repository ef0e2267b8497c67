import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SvcConfigProvider } from '../config/config-provider.js';
import { findDataRoot, readDataFile, resolveDataFile } from './data-file-access.js';
import { dataFileProblems, maxDataFileBytes } from './data-file-problems.js';
import type { Parsed } from './parse-result.js';
import { isRoot, nobody, reachableByNobody } from '../../../test/helpers/as-nobody.js';
import { nodeWorkspaceFiles } from '../files/node-workspace-files.js';

/*
 * scratch/
 *   outside/secret.csv
 *   project/svc.config.json        the data root of specs/shop.svc
 *   project/data/…                 kpi.csv, a folder, a FIFO, big files
 *   project/specs/shop.svc, local.csv, links/…
 *   project/own/svc.config.json, own.svc
 *   project/broken/svc.config.json malformed
 *   solo/solo.svc, solo.csv        no config: the spec's folder is the root
 */
const scratch = realpathSync(mkdtempSync(join(tmpdir(), 'svc-data-files-')));
const at = (path: string) => join(scratch, path);
const project = at('project');
const spec = at('project/specs/shop.svc');
const mebibyte = 1024 * 1024;


function write(path: string, content = ''): void {
    mkdirSync(dirname(at(path)), { recursive: true });
    writeFileSync(at(path), content);
}

/** A file of `bytes` zeros without writing them: a sparse file. */
function sized(path: string, bytes: number): void {
    write(path);
    truncateSync(at(path), bytes);
}

function link(path: string, target: string): void {
    mkdirSync(dirname(at(path)), { recursive: true });
    symlinkSync(target, at(path));
}

beforeAll(() => {
    chmodSync(scratch, 0o755); // `nobody` must reach the files
    write('outside/secret.csv', 'kpi,period,value\n');
    write('project/svc.config.json', '{}');
    write('project/data/kpi.csv', 'kpi,period,value\nAvgWait,2026-09,9.5\n');
    mkdirSync(at('project/data/folder.csv'));
    execFileSync('mkfifo', [at('project/data/fifo.csv')]);
    sized('project/data/big.csv', 25 * mebibyte);
    sized('project/data/at-limit.csv', maxDataFileBytes);
    sized('project/data/over-limit.csv', maxDataFileBytes + 1);
    write('project/data/locked.csv', 'kpi,period,value\n');
    chmodSync(at('project/data/locked.csv'), 0o000);
    write('project/data/closed/x.csv', 'kpi,period,value\n');
    chmodSync(at('project/data/closed'), 0o000);
    write('project/specs/local.csv', '指标,期间,数值\n');
    link('project/specs/links/out.csv', '../../../outside/secret.csv');
    link('project/specs/links/in.csv', '../../data/kpi.csv');
    link('project/specs/links/outside-folder', '../../../outside');
    link('project/specs/links/null', '/dev/null');
    link('project/specs/links/loop-a', 'loop-b');
    link('project/specs/links/loop-b', 'loop-a');
    link('project/specs/links/dangling', 'nowhere.csv');
    link('project-link', 'project');
    write('project/own/svc.config.json', '{}');
    write('project/broken/svc.config.json', '{ "rules": ');
    write('solo/solo.csv', 'kpi,period,value\n');
});

afterAll(() => {
    chmodSync(at('project/data/closed'), 0o755);
    rmSync(scratch, { recursive: true, force: true });
});

describe('findDataRoot', () => {
    test('the folder of svc.config.json one level above the spec', () => {
        expect(findDataRoot(spec, new SvcConfigProvider(nodeWorkspaceFiles))).toBe(project);
    });

    test("svc.config.json in the spec's own folder", () => {
        expect(findDataRoot(at('project/own/own.svc'), new SvcConfigProvider(nodeWorkspaceFiles))).toBe(at('project/own'));
    });

    test('a malformed svc.config.json marks the data root all the same', () => {
        expect(findDataRoot(at('project/broken/broken.svc'), new SvcConfigProvider(nodeWorkspaceFiles))).toBe(at('project/broken'));
    });

    test("without svc.config.json, the spec's own folder", () => {
        expect(findDataRoot(at('solo/solo.svc'), new SvcConfigProvider(nodeWorkspaceFiles))).toBe(at('solo'));
    });
});

const resolveInProject = (fromPath: string) => resolveDataFile(nodeWorkspaceFiles, spec, fromPath, project);

describe('resolveDataFile accepts', () => {
    test.each([
        ['local.csv', 'project/specs/local.csv'],
        ['./local.csv', 'project/specs/local.csv'],
        ['../data/kpi.csv', 'project/data/kpi.csv'],
        ['../specs/../data/kpi.csv', 'project/data/kpi.csv'],
        ['links/in.csv', 'project/data/kpi.csv']
    ])('%j, giving its real path', (fromPath, real) => {
        expect(resolveInProject(fromPath)).toEqual({ ok: true, value: at(real) });
    });

    test('a file of exactly 20 MB (20 × 1024 × 1024 bytes)', () => {
        expect(resolveInProject('../data/at-limit.csv')).toEqual({ ok: true, value: at('project/data/at-limit.csv') });
    });

    test('a data root reached through a symbolic link: both sides are compared as real paths', () => {
        const linked = join(at('project-link'), 'specs/shop.svc');
        expect(resolveDataFile(nodeWorkspaceFiles, linked, '../data/kpi.csv', at('project-link'))).toEqual({ ok: true, value: at('project/data/kpi.csv') });
    });

    test("in the spec's folder when there is no svc.config.json", () => {
        expect(resolveDataFile(nodeWorkspaceFiles, at('solo/solo.svc'), 'solo.csv', at('solo'))).toEqual({ ok: true, value: at('solo/solo.csv') });
    });
});

describe('resolveDataFile refuses', () => {
    test('an empty path', () => {
        expect(resolveInProject('')).toEqual(dataFileProblems.empty());
    });

    test.each(['/etc/hosts', '/dev/null', 'C:\\data\\kpi.csv', 'C:/data/kpi.csv', 'c:kpi.csv', '\\\\server\\share\\kpi.csv', '//server/share/kpi.csv'])(
        'the absolute path %j', fromPath => {
            expect(resolveInProject(fromPath)).toEqual(dataFileProblems.absolute(fromPath));
        });

    test.each(['data\\kpi.csv', '..\\data\\kpi.csv'])('%j, which separates folders with a backslash', fromPath => {
        expect(resolveInProject(fromPath)).toEqual(dataFileProblems.backslash(fromPath));
    });

    test.each(['../../outside/secret.csv', '../..', '../../project-link/data/kpi.csv'])('%j, which leaves the data root', fromPath => {
        expect(resolveInProject(fromPath)).toEqual(dataFileProblems.outsideRoot(fromPath, '..'));
    });

    test("'..' when the spec's folder is the data root", () => {
        expect(resolveDataFile(nodeWorkspaceFiles, at('solo/solo.svc'), '../outside/secret.csv', at('solo')))
            .toEqual(dataFileProblems.outsideRoot('../outside/secret.csv', '.'));
    });

    test("the spec's own folder as data root is named in words, not as '.'", () => {
        const { problem } = dataFileProblems.outsideRoot('../x.csv', '.') as { problem: { en: string; 'zh-CN': string } };
        expect(problem.en).toContain("leaves the data root (this .svc file's folder):");
        expect(problem['zh-CN']).toContain('超出了数据根目录（本 .svc 文件所在文件夹）');
        expect((dataFileProblems.outsideRoot('../x.csv', '..') as { problem: { en: string } }).problem.en).toContain("the data root '..':");
    });

    test.each([
        ['links/out.csv', 'outside/secret.csv'],
        ['links/outside-folder/secret.csv', 'outside/secret.csv']
    ])('%j, a symbolic link inside the root to a file outside', (fromPath, target) => {
        expect(resolveInProject(fromPath)).toEqual(dataFileProblems.linkOutsideRoot(fromPath, at(target), '..'));
    });

    test('/dev/null through a symbolic link in the root', () => {
        expect(resolveInProject('links/null')).toEqual(dataFileProblems.linkOutsideRoot('links/null', '/dev/null', '..'));
    });

    test.each(['none.csv', 'links/dangling', 'local.csv/kpi.csv'])('the missing file %j', fromPath => {
        expect(resolveInProject(fromPath)).toEqual(dataFileProblems.missing(fromPath));
    });

    test('a loop of symbolic links', () => {
        expect(resolveInProject('links/loop-a')).toEqual(dataFileProblems.linkLoop('links/loop-a'));
    });

    test('a folder named like a data file', () => {
        expect(resolveInProject('../data/folder.csv')).toEqual(dataFileProblems.folder('../data/folder.csv'));
    });

    test('a FIFO, without opening it (opening would block)', () => {
        expect(resolveInProject('../data/fifo.csv')).toEqual(dataFileProblems.notRegularFile('../data/fifo.csv'));
    });

    test('a device inside the data root', () => {
        expect(resolveDataFile(nodeWorkspaceFiles, '/dev/spec.svc', 'null', '/dev')).toEqual(dataFileProblems.notRegularFile('null'));
    });

    test('a file of 25 MB, naming its size', () => {
        expect(resolveInProject('../data/big.csv')).toEqual(dataFileProblems.tooLarge('../data/big.csv', 25 * mebibyte));
        expect(dataFileProblems.tooLarge('../data/big.csv', 25 * mebibyte)).toEqual({
            ok: false,
            problem: {
                en: "'../data/big.csv' is larger than 20 MB (25 MB): split it, or export only the periods that matter.",
                'zh-CN': '“../data/big.csv”超过 20 MB（25 MB）：请拆分文件，或只导出需要的期间。'
            }
        });
    });

    test('a file one byte over 20 MB', () => {
        expect(resolveInProject('../data/over-limit.csv')).toEqual(dataFileProblems.tooLarge('../data/over-limit.csv', maxDataFileBytes + 1));
    });
});

/*
 * The unreadable cases: run by `nobody` in a child process when the tests run
 * as root, who reads everything. The module is bundled for it, as `nobody`
 * cannot run the TypeScript sources through vitest.
 */
describe('an unreadable data file', () => {
    const probeFile = at('probe.mjs');

    function runProbe(call: 'resolve' | 'read', args: string[]): Parsed<unknown> {
        if (!isRoot) return call === 'resolve' ? resolveDataFile(nodeWorkspaceFiles, args[0], args[1], args[2]) : readDataFile(nodeWorkspaceFiles, args[0]);
        const output = execFileSync(reachableByNobody(process.execPath), [probeFile, call, ...args], { uid: nobody, gid: nobody, encoding: 'utf8', timeout: 20_000 });
        return JSON.parse(output) as Parsed<unknown>;
    }

    beforeAll(() => {
        if (!isRoot) return;
        const probe = `import { readDataFile, resolveDataFile } from './data-file-access.js';
            import { nodeWorkspaceFiles } from '../files/node-workspace-files.js';
            const [call, ...args] = process.argv.slice(2);
            const result = call === 'resolve' ? resolveDataFile(nodeWorkspaceFiles, args[0], args[1], args[2]) : readDataFile(nodeWorkspaceFiles, args[0]);
            process.stdout.write(JSON.stringify(result));`;
        buildSync({
            stdin: { contents: probe, resolveDir: import.meta.dirname, loader: 'ts' },
            bundle: true, platform: 'node', format: 'esm', outfile: probeFile, logLevel: 'error'
        });
    });

    test('a file with mode 000 is refused when resolved', () => {
        expect(runProbe('resolve', [spec, '../data/locked.csv', project])).toEqual(dataFileProblems.unreadable('../data/locked.csv'));
    });

    test('a file with mode 000 is refused when read', () => {
        const locked = at('project/data/locked.csv');
        expect(runProbe('read', [locked])).toEqual(dataFileProblems.unreadable(locked));
    });

    test('a file in a folder with mode 000', () => {
        expect(runProbe('resolve', [spec, '../data/closed/x.csv', project])).toEqual(dataFileProblems.unreadable('../data/closed/x.csv'));
    });

    test('the probe itself reads what it may: the refusals above are about permissions', () => {
        expect(runProbe('resolve', [spec, '../data/kpi.csv', project])).toEqual({ ok: true, value: at('project/data/kpi.csv') });
    });
});

describe('readDataFile', () => {
    test('gives the bytes of the file', () => {
        const bytes = readDataFile(nodeWorkspaceFiles, at('project/specs/local.csv'));
        expect(bytes.ok && Buffer.from(bytes.value).toString('utf8')).toBe('指标,期间,数值\n');
    });

    test('a problem found while reading quotes the path as the spec writes it, not the real path', () => {
        // Resolved as a file, then replaced by a folder before the read.
        const result = readDataFile(nodeWorkspaceFiles, at('project'), 'data/kpi.csv');
        expect(result).toEqual(dataFileProblems.folder('data/kpi.csv'));
    });

    test('an empty file', () => {
        write('empty.csv');
        const bytes = readDataFile(nodeWorkspaceFiles, at('empty.csv'));
        expect(bytes.ok && bytes.value.length).toBe(0);
    });

    test('reads to the end, whatever size the file system reports (a /proc file has size 0)', () => {
        const bytes = readDataFile(nodeWorkspaceFiles, '/proc/self/status');
        expect(bytes.ok && Buffer.from(bytes.value).toString('utf8')).toMatch(/^Name:/);
    });

    test('a file of exactly 20 MB is read whole', () => {
        const bytes = readDataFile(nodeWorkspaceFiles, at('project/data/at-limit.csv'));
        expect(bytes.ok && bytes.value.length).toBe(maxDataFileBytes);
    });

    test('reading stops past 20 MB, without trusting the size from stat', () => {
        expect(readDataFile(nodeWorkspaceFiles, at('project/data/big.csv'))).toEqual(dataFileProblems.tooLarge(at('project/data/big.csv')));
    });

    test('a file that grew past 20 MB after it was resolved is refused, not cut', () => {
        write('growing.csv', 'kpi,period,value\n');
        const resolved = resolveDataFile(nodeWorkspaceFiles, at('growing.svc'), 'growing.csv', scratch);
        expect(resolved).toEqual({ ok: true, value: at('growing.csv') });
        truncateSync(at('growing.csv'), maxDataFileBytes + 1);
        expect(readDataFile(nodeWorkspaceFiles, at('growing.csv'))).toEqual(dataFileProblems.tooLarge(at('growing.csv')));
    });

    test('a folder', () => {
        expect(readDataFile(nodeWorkspaceFiles, at('project/data/folder.csv'))).toEqual(dataFileProblems.folder(at('project/data/folder.csv')));
    });

    test('a missing file', () => {
        expect(readDataFile(nodeWorkspaceFiles, at('gone.csv'))).toEqual(dataFileProblems.missing(at('gone.csv')));
    });

    test('a FIFO put in place of the file is refused without blocking', () => {
        const fifo = at('project/data/fifo.csv');
        // Should the open block, this writer ends the wait after 5 s, and the time below shows it.
        const writer = spawn('sh', ['-c', 'sleep 5; : > "$0"', fifo], { stdio: 'ignore', detached: true });
        try {
            const started = Date.now();
            expect(readDataFile(nodeWorkspaceFiles, fifo)).toEqual(dataFileProblems.notRegularFile(fifo));
            expect(Date.now() - started).toBeLessThan(4000);
        } finally {
            process.kill(-writer.pid!); // the shell and its sleep
        }
    });
});

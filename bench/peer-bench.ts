/**
 * Part `peer`: whole-process `svc check` against LikeC4's `likec4 validate --no-layout`
 * (a Langium checker of a similar language) on equal-size 100-file workspaces, run
 * alternately with the same Node, medians. LikeC4 is installed into the bench's own
 * cache folder, never as a project dependency; without it the target is not measured.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateLikeC4Workspace } from './generate-likec4.js';
import { generateWorkspace, lineCount } from './generate-workspace.js';
import type { PartResult } from './main.js';
import { median, round } from './measure.js';
import { table } from './report.js';
import { writeWorkspace } from './workspace-files.js';

const likec4Version = '1.59.4';
const likec4Folder = join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'svc-bench', 'likec4');
const svcCli = resolve(import.meta.dirname, '../cli/svc.mjs');
const rounds = 5;
const target = 'whole-process svc check vs likec4 validate, 100 files';
const limit = '≥ 5×';

/** The likec4 CLI script of the pinned version, installed on first use; or why it cannot be had. */
function likec4Cli(): { cli: string } | { reason: string } {
    const cli = join(likec4Folder, 'node_modules', 'likec4', 'bin', 'likec4.mjs');
    const installed = () => {
        try {
            return JSON.parse(readFileSync(join(likec4Folder, 'node_modules', 'likec4', 'package.json'), 'utf-8')).version === likec4Version && existsSync(cli);
        } catch {
            return false;
        }
    };
    if (installed()) return { cli };
    process.stderr.write(`peer: installing likec4@${likec4Version} into ${likec4Folder}\n`);
    const npm = spawnSync('npm', ['install', '--prefix', likec4Folder, '--no-audit', '--no-fund', '--loglevel=error', `likec4@${likec4Version}`],
        { encoding: 'utf-8', timeout: 10 * 60_000 });
    if (npm.status === 0 && installed()) return { cli };
    // npm's first words of error (its last line only points at its log).
    const detail = (npm.error?.message ?? npm.stderr ?? '').split('\n').map(line => line.trim()).find(line => line && !line.includes('complete log')) ?? '';
    return { reason: `npm install likec4@${likec4Version} into ${likec4Folder} failed${detail ? `: ${detail}` : ''}` };
}

/** Milliseconds of one whole process, from spawn to exit, its output read through pipes. */
function run(args: string[], accepted: number[]): number {
    const start = performance.now();
    const child = spawnSync(process.execPath, args, { encoding: 'utf-8', maxBuffer: 256 * 1024 * 1024 });
    const ms = performance.now() - start;
    if (child.status === null || !accepted.includes(child.status)) {
        throw new Error(`'node ${args.join(' ')}' ended with ${child.status ?? child.signal}: ${(child.error?.message ?? child.stderr).slice(0, 2000)}`);
    }
    return ms;
}

export async function peer(): Promise<PartResult> {
    const svcFiles = generateWorkspace(100_000, 100);
    const svcLines = lineCount(svcFiles);
    const likec4 = likec4Cli();
    if ('reason' in likec4) {
        process.stderr.write(`peer: likec4 not measured — ${likec4.reason}\n`);
        return { targets: [{ target, limit, measured: 'not measured (likec4 not installed)', met: false }], detail: `Peer run skipped: ${likec4.reason}.` };
    }
    const likec4Files = generateLikeC4Workspace(svcLines, 100);
    const svcFolder = writeWorkspace('peer-svc', svcFiles).folder;
    const modelFolder = writeWorkspace('peer-likec4', likec4Files).folder;
    // Untimed first runs: the files in the page cache, and the LikeC4 workspace proved valid.
    run([svcCli, 'check', svcFolder], [0, 1]);
    const validation = spawnSync(process.execPath, [likec4.cli, 'validate', '--no-layout', '--json', modelFolder], { encoding: 'utf-8', maxBuffer: 64 * 1024 * 1024 });
    const report = /\{[\s\S]*\}/.exec(validation.stdout)?.[0];
    if (validation.status !== 0 || !report || JSON.parse(report).valid !== true) {
        throw new Error(`likec4 does not accept the generated workspace: ${(report ?? validation.stderr).slice(0, 2000)}`);
    }
    // svc exits 1 on the workspace's warnings and errors (by design of the generator); likec4 must find it valid (0).
    const svcTimes: number[] = [];
    const likec4Times: number[] = [];
    for (let index = 0; index < rounds; index++) {
        svcTimes.push(run([svcCli, 'check', svcFolder], [0, 1]));
        likec4Times.push(run([likec4.cli, 'validate', '--no-layout', modelFolder], [0]));
        process.stderr.write(`peer round ${index + 1}: svc ${Math.round(svcTimes[index])} ms, likec4 ${Math.round(likec4Times[index])} ms\n`);
    }
    const svcMs = median(svcTimes), likec4Ms = median(likec4Times);
    const ratio = likec4Ms / svcMs;
    const detail = table(['whole process, 100 files', 'lines', 'median ms', 'runs (ms)'], [
        ['svc check', svcLines, round(svcMs), svcTimes.map(Math.round).join(', ')],
        [`likec4 ${likec4Version} validate --no-layout`, lineCount(likec4Files), round(likec4Ms), likec4Times.map(Math.round).join(', ')]
    ]);
    return { targets: [{ target, limit, measured: `${round(ratio, 2)}× (${Math.round(svcMs)} vs ${Math.round(likec4Ms)} ms)`, met: ratio >= 5 }], detail };
}

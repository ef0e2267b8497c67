import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cliEntry, repoRoot } from './e2e-paths.js';

/** A run's own copy of everything it may change, outside the repository. */
export interface Scratch {
    root: string;
    /** examples/ and fixtures/ (test/e2e/fixtures), opened as the workspace. */
    workspace: string;
    /** `svc check . --format json` of the workspace: what the editor must show. */
    expectedDiagnostics: string;
}

export function createScratch(): Scratch {
    const root = mkdtempSync(path.join(tmpdir(), 'svc-e2e-'));
    const workspace = path.join(root, 'workspace');
    mkdirSync(workspace);
    cpSync(path.join(repoRoot, 'examples'), path.join(workspace, 'examples'), { recursive: true });
    cpSync(path.join(repoRoot, 'test', 'e2e', 'fixtures'), path.join(workspace, 'fixtures'), { recursive: true });
    const expectedDiagnostics = path.join(root, 'expected-diagnostics.json');
    writeFileSync(expectedDiagnostics, svcJson(workspace, ['check', '.', '--format', 'json'], [0, 1]));
    return { root, workspace, expectedDiagnostics };
}

/** The built CLI's JSON output, run in `cwd` (paths in it are then relative to the workspace). */
export function svcJson(cwd: string, args: string[], okStatus: number[] = [0]): string {
    const result = spawnSync(process.execPath, [cliEntry, ...args], { cwd, encoding: 'utf-8', maxBuffer: 64 * 1024 * 1024 });
    if (result.status === null || !okStatus.includes(result.status)) throw new Error(`svc ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
    return result.stdout;
}

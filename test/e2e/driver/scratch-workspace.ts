import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cliEntry, repoRoot } from './e2e-paths.js';

/** A folder the editor opens, and `svc check . --format json` of it: what the editor must show. */
export interface CheckedFolder {
    workspace: string;
    expectedDiagnostics: string;
}

/** A run's own copy of everything it may change, outside the repository. */
export interface Scratch extends CheckedFolder {
    root: string;
    /** examples/ and fixtures/ (test/e2e/fixtures): the workspace of the suite and the UI checks. */
    workspace: string;
    /** fixtures/problems/ alone: a window on it opens no file (see no-editor-problems.ts). */
    problemsOnly: CheckedFolder;
}

export function createScratch(): Scratch {
    const root = mkdtempSync(path.join(tmpdir(), 'svc-e2e-'));
    const fixtures = path.join(repoRoot, 'test', 'e2e', 'fixtures');
    const main = checkedFolder(root, 'workspace', { examples: path.join(repoRoot, 'examples'), fixtures });
    const problemsOnly = checkedFolder(root, 'problems-only', { 'fixtures/problems': path.join(fixtures, 'problems') });
    return { root, ...main, problemsOnly };
}

/** `root/name` holding a copy of each source folder at its relative path, and what `svc check` says of it. */
export function checkedFolder(root: string, name: string, sources: Record<string, string>): CheckedFolder {
    const workspace = path.join(root, name);
    mkdirSync(workspace);
    for (const [target, source] of Object.entries(sources)) cpSync(source, path.join(workspace, target), { recursive: true });
    const expectedDiagnostics = path.join(root, `${name}-expected-diagnostics.json`);
    writeFileSync(expectedDiagnostics, svcJson(workspace, ['check', '.', '--format', 'json'], [0, 1]));
    return { workspace, expectedDiagnostics };
}

/** The built CLI's JSON output, run in `cwd` (paths in it are then relative to the workspace). */
export function svcJson(cwd: string, args: string[], okStatus: number[] = [0]): string {
    const result = spawnSync(process.execPath, [cliEntry, ...args], { cwd, encoding: 'utf-8', maxBuffer: 64 * 1024 * 1024 });
    if (result.status === null || !okStatus.includes(result.status)) throw new Error(`svc ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
    return result.stdout;
}

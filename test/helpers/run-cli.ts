import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const cli = resolve(import.meta.dirname, '../../out/cli/svc.mjs');

export interface CliRun { status: number | null; stdout: string; stderr: string }

/** Runs the built `svc` with the test's Node (22+), in `cwd`. */
export function runCli(args: string[], cwd: string, env: Record<string, string> = {}): CliRun {
    const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf-8', env: { ...process.env, NO_COLOR: '1', ...env } });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

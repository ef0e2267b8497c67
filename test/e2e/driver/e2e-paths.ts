import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import * as path from 'node:path';

/* Where the end-to-end run finds and puts things. The drivers run from the repository root (npm scripts). */

export const repoRoot = process.cwd();
const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf-8')) as { version: string };

/** The packaged extension (`npm run package`) and, for each extension host, what build-e2e.mjs made of it and the test host. */
export const extensionVsix = { node: path.join(repoRoot, 'out', `svc-${version}.vsix`), web: path.join(repoRoot, 'out', 'e2e', `svc-${version}-web.vsix`) };
export const testHostVsix = { node: path.join(repoRoot, 'out', 'e2e', 'svc-e2e-test-host-node.vsix'), web: path.join(repoRoot, 'out', 'e2e', 'svc-e2e-test-host-web.vsix') };
/** The suite's entry for @vscode/test-electron: `run()`. */
export const suiteEntry = path.join(repoRoot, 'out', 'e2e', 'suite', 'index.cjs');
export const cliEntry = path.join(repoRoot, 'out', 'cli', 'svc.mjs');

/** Screenshots, logs and results: kept after the run, ignored by git. */
export const artifactsDir = path.join(repoRoot, 'test-results', 'e2e');

/** code-server and the Node headers its native modules build against: outside the repository, reused across runs. */
export const cacheDir = process.env.SVC_E2E_CACHE ?? path.join(homedir(), '.cache', 'svc-e2e');

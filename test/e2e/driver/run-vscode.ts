import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { repoRoot, suiteEntry } from './e2e-paths.js';
import { createScratch } from './scratch-workspace.js';

/*
 * `npm run test:vscode`: the same extension-host suite in desktop VS Code,
 * through @vscode/test-electron, where VS Code can be downloaded (on Linux
 * without a display, under xvfb-run). The extension runs from this folder
 * (extensionDevelopmentPath), built by `node esbuild.mjs`.
 */

const version = process.env.SVC_VSCODE_VERSION ?? '1.117.0';

async function main(): Promise<number> {
    let executable: string;
    try {
        executable = await downloadAndUnzipVSCode({ version, timeout: 30_000 });
    } catch (error) {
        console.error(`test:vscode: could not download VS Code ${version}: ${error instanceof Error ? error.message : String(error)}\n`
            + 'This runner needs the VS Code download server. Where it cannot be reached, `npm run test:e2e` runs the same suite in code-server (from the npm registry).');
        return 2;
    }
    const scratch = createScratch();
    const userData = path.join(scratch.root, 'user-data');
    mkdirSync(path.join(userData, 'User'), { recursive: true });
    writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({ 'files.autoSave': 'off', 'workbench.startupEditor': 'none' }));
    try {
        // runTests rejects when the suite's run() rejects, i.e. when a test failed.
        await runTests({
            vscodeExecutablePath: executable,
            extensionDevelopmentPath: repoRoot,
            extensionTestsPath: suiteEntry,
            extensionTestsEnv: { SVC_E2E_EXPECTED: scratch.expectedDiagnostics, SVC_E2E_SCRATCH: scratch.root },
            launchArgs: [scratch.workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', userData, '--extensions-dir', path.join(scratch.root, 'extensions')]
        });
        return 0;
    } catch (error) {
        console.error(`test:vscode: ${error instanceof Error ? error.message : String(error)}`);
        return 1;
    } finally {
        rmSync(scratch.root, { recursive: true, force: true });
    }
}

process.exitCode = await main();

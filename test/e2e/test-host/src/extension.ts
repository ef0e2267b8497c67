import * as vscode from 'vscode';
import { startDiagnosticsLog } from '../../suite/diagnostics-log.js';
import { exists } from '../../suite/files.js';
import { runSuite } from '../../suite/index.js';
import type { SuiteResults, TestResult } from '../../suite/results.js';
import type { RunParameters } from '../../suite/run-parameters.js';

/*
 * Test-only extension for code-server, which has no --extensionTestsPath. Built
 * twice from this file (build-e2e.mjs): for Node's extension host (`main`) and
 * for the web worker one (`browser`), each with the suite inside. When the file
 * `<workspace folder>.e2e-run.json` appears beside the first workspace folder,
 * it runs the suite once (mocha, in this extension host, with the real `vscode`
 * API) and writes the results where the file says. Everything goes through
 * vscode.workspace.fs: a web worker has neither process.env nor node:fs.
 */

/** The run file: the suite's parameters and where its results go (a path of the workspace's machine). */
interface RunFile extends RunParameters {
    results: string;
}

const pollMs = 500;

export function activate(): void {
    // Now, not when the suite starts: the web run looks at its window before, and the server's first reports come then.
    startDiagnosticsLog();
    void waitForRunFile();
}

/** The run file beside the first workspace folder, once there are both (the driver may write it later: the web run looks at the window with no file open first). */
async function runFileNow(): Promise<vscode.Uri | undefined> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) return undefined;
    const name = folder.uri.path.slice(folder.uri.path.lastIndexOf('/') + 1);
    const runFile = vscode.Uri.joinPath(folder.uri, '..', `${name}.e2e-run.json`);
    return await exists(runFile) ? runFile : undefined;
}

async function waitForRunFile(): Promise<void> {
    let runFile: vscode.Uri | undefined;
    while (!(runFile = await runFileNow())) await new Promise(resolve => setTimeout(resolve, pollMs));
    const run = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(runFile))) as RunFile;
    const results = runFile.with({ path: run.results });
    // A window reloaded after the run activates this again: nothing to do.
    if (await exists(results)) return;
    // The tests so far, rewritten as each ends: what the driver reports when the suite never finishes.
    const progressFile = results.with({ path: `${run.results}.progress` });
    let writing = Promise.resolve();
    const progress = (tests: readonly TestResult[]) => {
        const text = new TextEncoder().encode(JSON.stringify(tests));
        writing = writing.then(() => vscode.workspace.fs.writeFile(progressFile, text), () => undefined);
    };
    let report: SuiteResults;
    try {
        report = await runSuite(run, progress);
    } catch (error) {
        // The suite could not even load: one failed "test" says why.
        const message = error instanceof Error ? error.stack ?? error.message : String(error);
        report = { tests: [{ title: 'load the extension-host suite', state: 'failed', durationMs: 0, error: message }], passed: 0, failed: 1, pending: 0, durationMs: 0 };
    }
    // Written whole, then renamed: the driver never reads half a file.
    const partial = results.with({ path: `${run.results}.partial` });
    await vscode.workspace.fs.writeFile(partial, new TextEncoder().encode(JSON.stringify(report, null, 2)));
    await vscode.workspace.fs.rename(partial, results);
}

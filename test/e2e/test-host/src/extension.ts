import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { SuiteResults } from '../../suite/results.js';

/*
 * Test-only extension for code-server, which has no --extensionTestsPath:
 * when SVC_E2E_SUITE names the suite's bundled entry and SVC_E2E_RESULTS a
 * file, it runs the suite (mocha, in this extension host, with the real
 * `vscode` API) once and writes the results there as JSON.
 */

interface Suite {
    runWithResults(): Promise<SuiteResults>;
}

export function activate(): void {
    const suitePath = process.env.SVC_E2E_SUITE;
    const resultsPath = process.env.SVC_E2E_RESULTS;
    // Outside a test run, or when a reloaded window activates this again: nothing to do.
    if (!suitePath || !resultsPath || existsSync(resultsPath)) return;
    void runSuite(suitePath, resultsPath);
}

async function runSuite(suitePath: string, resultsPath: string): Promise<void> {
    let results: SuiteResults;
    try {
        const suite = createRequire(__filename)(suitePath) as Suite;
        results = await suite.runWithResults();
    } catch (error) {
        // The suite could not even load: one failed "test" says why.
        const message = error instanceof Error ? error.stack ?? error.message : String(error);
        results = { tests: [{ title: 'load the extension-host suite', state: 'failed', durationMs: 0, error: message }], passed: 0, failed: 1, pending: 0, durationMs: 0 };
    }
    // Written whole, then renamed: the driver never reads half a file.
    writeFileSync(`${resultsPath}.partial`, JSON.stringify(results, null, 2));
    renameSync(`${resultsPath}.partial`, resultsPath);
}

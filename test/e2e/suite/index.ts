import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { startDiagnosticsLog } from './diagnostics-log.js';
import { recordedMeasures } from './measures.js';
import type { SuiteResults, TestResult } from './results.js';

/*
 * The extension-host test suite. `run()` is the entry @vscode/test-electron
 * calls (it rejects when a test fails); the code-server test host calls
 * `runWithResults()` for the results of every test.
 */

export async function run(): Promise<void> {
    const results = await runWithResults();
    if (results.failed > 0) throw new Error(`${results.failed} of ${results.tests.length} extension-host tests failed`);
}

export function runWithResults(): Promise<SuiteResults> {
    // Before any test activates the extension: the language server's first reports must not be missed.
    startDiagnosticsLog();
    // SVC_E2E_GREP runs only the tests whose full title matches (while working on one of them).
    const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec', grep: process.env.SVC_E2E_GREP });
    // The test files (*.e2e.ts, apart from vitest's *.test.ts) are compiled beside this file; they run in name order.
    for (const file of readdirSync(__dirname).filter(name => name.endsWith('.e2e.cjs')).sort()) {
        mocha.addFile(path.join(__dirname, file));
    }
    const tests: TestResult[] = [];
    const started = Date.now();
    return new Promise(resolve => {
        const runner = mocha.run(() => resolve({
            tests,
            passed: tests.filter(test => test.state === 'passed').length,
            failed: tests.filter(test => test.state === 'failed').length,
            pending: tests.filter(test => test.state === 'pending').length,
            durationMs: Date.now() - started,
            measures: recordedMeasures()
        }));
        runner.on('pass', test => tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 }));
        runner.on('pending', test => tests.push({ title: test.fullTitle(), state: 'pending', durationMs: 0 }));
        // A failing hook counts as a failure too, under the hook's title.
        runner.on('fail', (test, error: Error) => tests.push({
            title: test.fullTitle(), state: 'failed', durationMs: test.duration ?? 0, error: error.stack ?? String(error)
        }));
    });
}

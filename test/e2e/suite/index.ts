import Mocha from 'mocha';
import testFiles from 'svc-e2e:test-files';
import { useInterface } from './bdd.js';
import { startDiagnosticsLog } from './diagnostics-log.js';
import { recordedMeasures } from './measures.js';
import type { SuiteResults, TestResult } from './results.js';
import { loadRunContext } from './run-context.js';
import type { RunParameters } from './run-parameters.js';

/*
 * The extension-host test suite, the same in Node's extension host and in the
 * web worker one: mocha (its Node build or its browser build, chosen by
 * build-e2e.mjs) with the real `vscode` API. The test files (*.e2e.ts, apart
 * from vitest's *.test.ts) are bundled with it and loaded in name order once
 * the run's context is read.
 */

/** `progress`: called with the tests so far after each one ends (the test host writes them down for a run that never ends). */
export async function runSuite(parameters: RunParameters, progress: (tests: readonly TestResult[]) => void = () => undefined): Promise<SuiteResults> {
    // Before any test activates the extension: the language server's first reports must not be missed.
    startDiagnosticsLog();
    await loadRunContext(parameters);
    const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec', grep: parameters.grep });
    const globals = {} as Mocha.MochaGlobals;
    mocha.suite.emit('pre-require', globals, 'svc-e2e', mocha);
    useInterface(globals);
    for (const load of testFiles) await load();

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
        const add = (test: TestResult) => {
            tests.push(test);
            progress(tests);
        };
        runner.on('pass', test => add({ title: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 }));
        runner.on('pending', test => add({ title: test.fullTitle(), state: 'pending', durationMs: 0 }));
        // A failing hook counts as a failure too, under the hook's title.
        runner.on('fail', (test, error: Error) => add({
            title: test.fullTitle(), state: 'failed', durationMs: test.duration ?? 0, error: error.stack ?? String(error)
        }));
    });
}

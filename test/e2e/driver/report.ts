import type { SuiteResults, TestResult } from '../suite/results.js';

/* Printing a run: every test on its own line, then the counts on a line CI can read. */

const marks: Record<TestResult['state'], string> = { passed: '✓', failed: '✗', pending: '-' };

export function printTests(heading: string, tests: readonly TestResult[]): void {
    console.log(`\n${heading}`);
    for (const test of tests) {
        console.log(`  ${marks[test.state]} ${test.title} (${(test.durationMs / 1000).toFixed(1)} s)`);
        if (test.error) console.log(test.error.split('\n').slice(0, 12).map(line => `      ${line}`).join('\n'));
    }
}

export function summarize(...groups: ReadonlyArray<readonly TestResult[]>): { passed: number; failed: number } {
    const all = groups.flat();
    return { passed: all.filter(test => test.state === 'passed').length, failed: all.filter(test => test.state === 'failed').length };
}

/** A suite that never reported (timeout, crash) is one failure, not silence. */
export function missingSuite(reason: string): SuiteResults {
    return { tests: [{ title: 'the extension-host suite reports its results', state: 'failed', durationMs: 0, error: reason }], passed: 0, failed: 1, pending: 0, durationMs: 0 };
}

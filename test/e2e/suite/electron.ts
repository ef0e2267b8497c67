import { runSuite } from './index.js';

/*
 * The suite's entry for @vscode/test-electron (`npm run test:vscode`): its
 * parameters come from the environment run-vscode.ts sets, and run() rejects
 * when a test failed.
 */

export async function run(): Promise<void> {
    const expectedDiagnostics = process.env.SVC_E2E_EXPECTED;
    const scratch = process.env.SVC_E2E_SCRATCH;
    if (!expectedDiagnostics || !scratch) throw new Error('SVC_E2E_EXPECTED and SVC_E2E_SCRATCH must be set (run-vscode.ts sets them)');
    const results = await runSuite({ host: 'node', expectedDiagnostics, scratch, grep: process.env.SVC_E2E_GREP });
    for (const test of results.tests.filter(result => result.state === 'failed')) console.error(`✗ ${test.title}\n${test.error ?? ''}`);
    if (results.failed > 0 || results.passed === 0) throw new Error(`${results.failed} of ${results.tests.length} extension-host tests failed`);
}

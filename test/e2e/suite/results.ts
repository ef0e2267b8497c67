/** What a suite run reports: written as JSON by the test host, read by the code-server driver. */
export interface TestResult {
    /** The full title: describe blocks and the test, joined by spaces. */
    title: string;
    state: 'passed' | 'failed' | 'pending';
    durationMs: number;
    error?: string;
}

export interface SuiteResults {
    tests: TestResult[];
    passed: number;
    failed: number;
    pending: number;
    durationMs: number;
    /** What the tests measured, by name, in milliseconds (see measures.ts). */
    measures?: Record<string, number>;
}

import { describe, expect, test } from 'vitest';
import { runCampaign } from './campaign.js';
import { seedSpecs } from './seeds.js';

/**
 * A bounded slice of `npm run fuzz` inside `npm test`: 5,000 seeded mutations, the
 * same every run, so a regression in robustness fails the ordinary test suite.
 */
describe('fuzzing (bounded slice)', () => {
    test('5,000 mutated specs break nothing', async () => {
        // A generous bound: the suite shares two cores with other test files; a real hang (a loop
        // over four billion servers took 160 s) still exceeds it by far.
        const report = await runCampaign(seedSpecs(), { seed: 4242, mutations: 5_000, timeBoundMs: 15_000 });
        expect(report.tried).toBe(5_000);
        expect(report.failures.map(failure => `${failure.origin}\n${failure.problems.join('\n')}`)).toEqual([]);
    }, 240_000);
});

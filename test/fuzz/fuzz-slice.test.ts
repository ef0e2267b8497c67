import { describe, expect, test } from 'vitest';
import { runCampaign } from './campaign.js';
import { seedSpecs } from './seeds.js';

/**
 * A bounded slice of `npm run fuzz` inside `npm test`: 5,000 seeded mutations, the
 * same every run, so a regression in robustness fails the ordinary test suite.
 */
describe('fuzzing (bounded slice)', () => {
    test('5,000 mutated specs break nothing', async () => {
        // The campaign's bound: it counts this thread's CPU time, so other test files on the same cores do not eat into it.
        const report = await runCampaign(seedSpecs(), { seed: 4242, mutations: 5_000, timeBoundMs: 2_000 });
        expect(report.tried.mutation).toBe(5_000);
        expect(report.failures.map(failure => `${failure.origin}\n${failure.problems.join('\n')}`)).toEqual([]);
    }, 240_000);
});

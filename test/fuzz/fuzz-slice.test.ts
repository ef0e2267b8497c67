import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCampaign } from './campaign.js';
import { runDataCampaign } from './data-campaign.js';
import { seedSpecs } from './seeds.js';

/**
 * A bounded slice of `npm run fuzz` inside `npm test`: 5,000 seeded mutations and
 * 300 workspaces with mutated data files, the same every run, so a regression in
 * robustness fails the ordinary test suite.
 */
describe('fuzzing (bounded slice)', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'svc-fuzz-slice-'));
    afterAll(() => rmSync(scratch, { recursive: true, force: true }));

    test('5,000 mutated specs break nothing', async () => {
        // The campaign's bound: it counts this thread's CPU time, so other test files on the same cores do not eat into it.
        const report = await runCampaign(seedSpecs(), { seed: 4242, mutations: 5_000, timeBoundMs: 2_000 });
        expect(report.tried.mutation).toBe(5_000);
        expect(report.failures.map(failure => `${failure.origin}\n${failure.problems.join('\n')}`)).toEqual([]);
    }, 240_000);

    test('300 workspaces with mutated data files break nothing: no crash, every range inside its file', async () => {
        const report = await runDataCampaign({ seed: 4242, inputs: 300, timeBoundMs: 2_000, scratch });
        expect(report.tried).toBe(300);
        expect(report.failures.map(failure => `${failure.origin}\n${failure.problems.join('\n')}`)).toEqual([]);
    }, 240_000);
});

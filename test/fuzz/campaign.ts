import { InputChecker } from './check-input.js';
import { countProblems, noFailures, saveFixture, signature, type Failure, type FailureCounts } from './failures.js';
import { planInputs, type CampaignInput, type InputPlan } from './inputs.js';
import type { SeedSpec } from './seeds.js';

export interface CampaignOptions extends InputPlan {
    timeBoundMs: number;
    /** Where failing inputs are saved as regression fixtures; not saved when absent. */
    regressionsDir?: string;
    /** Inputs before this index are made (the sequence stays the same) but not checked: a worker restarted after a hang resumes here. */
    firstInput?: number;
    /** Called before each input is checked, so a watchdog can name the input that never comes back. */
    onInput?: (input: CampaignInput) => void;
    /** Called on each failure as it is found. */
    onFailure?: (failure: Failure) => void;
}

export interface CampaignReport {
    /** Inputs checked, by kind. */
    tried: Record<CampaignInput['kind'], number>;
    seconds: number;
    failures: Failure[];
    counts: FailureCounts;
}

/** Runs every input of a campaign through the checker; the same options always give the same inputs. */
export async function runCampaign(seeds: readonly SeedSpec[], options: CampaignOptions): Promise<CampaignReport> {
    const started = performance.now();
    const checker = new InputChecker(options.timeBoundMs);
    const report: CampaignReport = { tried: { mutation: 0, truncation: 0 }, seconds: 0, failures: [], counts: noFailures() };
    const seen = new Set<string>();
    for await (const input of planInputs(seeds, checker, options)) {
        if (input.index < (options.firstInput ?? 0)) continue;
        options.onInput?.(input);
        const problems = await checker.check(input.text);
        report.tried[input.kind]++;
        if (problems.length === 0) continue;
        const failure: Failure = { origin: input.origin, problems };
        countProblems(report.counts, problems);
        // One fixture per distinct problem, so a single bug does not write thousands of files.
        if (options.regressionsDir && !seen.has(signature(problems))) failure.fixture = saveFixture(options.regressionsDir, input.text);
        seen.add(signature(problems));
        report.failures.push(failure);
        options.onFailure?.(failure);
    }
    report.seconds = (performance.now() - started) / 1000;
    return report;
}

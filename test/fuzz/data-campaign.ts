import { DataInputChecker } from './check-data-input.js';
import { planDataInputs, type DataInput, type DataInputPlan } from './data-inputs.js';
import { countProblems, noFailures, saveDataFixture, signature, type Failure, type FailureCounts } from './failures.js';

export interface DataCampaignOptions extends DataInputPlan {
    timeBoundMs: number;
    /** Scratch folder where each workspace is written in turn. */
    scratch: string;
    /** Where failing workspaces are saved as fixture folders; not saved when absent. */
    fixturesDir?: string;
    /** Called before each input is checked, so a watchdog can name the input that never comes back. */
    onInput?: (input: DataInput) => void;
    /** Called on each failure as it is found. */
    onFailure?: (failure: Failure) => void;
}

export interface DataCampaignReport {
    tried: number;
    seconds: number;
    failures: Failure[];
    counts: FailureCounts;
}

/** Runs every workspace of a data-file campaign through `checkFiles`; the same options always give the same inputs. */
export async function runDataCampaign(options: DataCampaignOptions): Promise<DataCampaignReport> {
    const started = performance.now();
    const checker = new DataInputChecker(options.scratch, options.timeBoundMs);
    const report: DataCampaignReport = { tried: 0, seconds: 0, failures: [], counts: noFailures() };
    const seen = new Set<string>();
    for (const input of planDataInputs(options)) {
        options.onInput?.(input);
        const problems = await checker.check(input.files);
        report.tried++;
        if (problems.length === 0) continue;
        const failure: Failure = { origin: input.origin, problems };
        countProblems(report.counts, problems);
        // One fixture per distinct problem, so a single bug does not write thousands of folders.
        if (options.fixturesDir && !seen.has(signature(problems))) failure.fixture = saveDataFixture(options.fixturesDir, input.files);
        seen.add(signature(problems));
        report.failures.push(failure);
        options.onFailure?.(failure);
    }
    report.seconds = (performance.now() - started) / 1000;
    return report;
}

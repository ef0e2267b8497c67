/**
 * `npm run fuzz`: the long campaign, split over one worker thread per core.
 * Options: `--seed N`, `--mutations N` (in all), `--stride N` (truncation sweep step;
 * 1 cuts every seed at every offset, 0 not at all), `--data N` (workspaces with
 * mutated data files, in all; also `SVC_FUZZ_DATA`), `--bound MS`, `--workers N`,
 * `--fixtures DIR` (where failing inputs are saved; test/fuzz/regressions by default).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { runCampaign, type CampaignOptions } from './campaign.js';
import { runDataCampaign, type DataCampaignOptions } from './data-campaign.js';
import type { DataInput } from './data-inputs.js';
import { countProblems, noFailures, saveDataFixture, saveFixture, signature, type Failure } from './failures.js';
import type { CampaignInput } from './inputs.js';
import { corpusExists, corpusRoot } from '../helpers/corpus.js';
import { seedSpecs } from './seeds.js';

interface Share {
    options: CampaignOptions;
    seedIndexes: number[];
    data: Omit<DataCampaignOptions, 'onInput' | 'onFailure'>;
    /** The spec inputs are done (a worker restarted on a data input). */
    specsDone?: boolean;
}

type WorkerMessage = { type: 'input'; input: CampaignInput | DataInput } | { type: 'failure'; failure: Failure } | { type: 'done' };

/** A worker that has not started a new input for this long is stuck in one: it is stopped, the input reported as a hang, and the worker restarted after it. */
const noAnswerMs = 60_000;
const progressEveryMs = 30_000;
const regressionsDir = resolve(import.meta.dirname, '../../test/fuzz/regressions');

async function main(): Promise<void> {
    const { values } = parseArgs({
        options: {
            seed: { type: 'string', default: '20261123' },
            mutations: { type: 'string', default: '100000' },
            stride: { type: 'string', default: '1' },
            bound: { type: 'string', default: '2000' },
            data: { type: 'string', default: process.env.SVC_FUZZ_DATA ?? '10000' },
            workers: { type: 'string', default: String(availableParallelism()) },
            fixtures: { type: 'string', default: regressionsDir }
        }
    });
    const seeds = seedSpecs(fuzzCorpus());
    const workers = Math.max(1, Number(values.workers));
    const seed = Number(values.seed);
    const mutations = Number(values.mutations);
    const dataInputs = Number(values.data);
    const fixturesDir = resolve(values.fixtures);
    const scratch = mkdtempSync(join(tmpdir(), 'svc-fuzz-data-'));
    const started = performance.now();
    // Each worker gets its own campaign seed and every n-th seed spec to truncate: the whole run stays deterministic.
    const shares: Share[] = Array.from({ length: workers }, (_, index) => ({
        options: {
            seed: seed + index,
            mutations: Math.floor(mutations / workers) + (index < mutations % workers ? 1 : 0),
            truncationStride: Number(values.stride),
            timeBoundMs: Number(values.bound),
            regressionsDir: fixturesDir
        },
        seedIndexes: seeds.map((_, seedIndex) => seedIndex).filter(seedIndex => seedIndex % workers === index),
        data: {
            seed: seed + index,
            inputs: Math.floor(dataInputs / workers) + (index < dataInputs % workers ? 1 : 0),
            timeBoundMs: Number(values.bound),
            scratch: join(scratch, `worker-${index}`),
            fixturesDir: join(fixturesDir, 'data')
        }
    }));
    const tally = new Tally();
    const progress = setInterval(() => console.log(`… ${tally.line(performance.now() - started)}`), progressEveryMs);
    await Promise.all(shares.map(share => runShare(share, tally))).finally(() => rmSync(scratch, { recursive: true, force: true }));
    clearInterval(progress);
    const seconds = (performance.now() - started) / 1000;
    console.log(`seeds: ${seeds.length} specs; campaign seed ${seed}; ${workers} workers`);
    console.log(`inputs tried: ${tally.line(seconds * 1000)}`);
    const { counts, failures } = tally;
    console.log(`failures: ${failures.length} (crash ${counts.crash}, hang ${counts.hang}, out-of-range ${counts.outOfRange}, format ${counts.format})`);
    // By first problem, numbers left out: one bug that breaks many inputs shows as one line.
    const kinds = new Map<string, number>();
    for (const failure of failures) {
        const kind = signature(failure.problems.slice(0, 1));
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    for (const [kind, count] of [...kinds].sort(([, a], [, b]) => b - a)) console.log(`  ${count} × ${kind}`);
    for (const failure of failures.slice(0, 50)) {
        const more = failure.problems.length > 5 ? `\n  … and ${failure.problems.length - 5} more` : '';
        console.log(`\n- ${failure.origin}${failure.fixture ? ` → ${failure.fixture}` : ''}\n  ${failure.problems.slice(0, 5).join('\n  ')}${more}`);
    }
    process.exitCode = failures.length > 0 ? 1 : 0;
}

/** What the workers have done so far, as their messages tell it (a stopped worker's report would be lost). */
class Tally {
    readonly tried: Record<CampaignInput['kind'] | DataInput['kind'], number> = { mutation: 0, truncation: 0, data: 0 };
    readonly failures: Failure[] = [];
    readonly counts = noFailures();

    add(failure: Failure): void {
        this.failures.push(failure);
        countProblems(this.counts, failure.problems);
    }

    line(ms: number): string {
        const total = this.tried.mutation + this.tried.truncation + this.tried.data;
        return `${total} (${this.tried.mutation} mutations, ${this.tried.truncation} truncations, ${this.tried.data} data-file workspaces) in ${(ms / 1000).toFixed(1)} s, ${Math.round(total / ms * 1000)} per second`;
    }
}

/** Runs a share on a worker; when the worker dies or stops answering, reports the input it was on and resumes after it. */
async function runShare(share: Share, tally: Tally): Promise<void> {
    let current = share;
    for (;;) {
        const broken = await runWorker(current, tally);
        if (!broken) return;
        const { input } = broken;
        if (input.kind === 'data') {
            tally.add({ origin: input.origin, problems: [broken.problem], fixture: saveDataFixture(current.data.fixturesDir!, input.files) });
            current = { ...current, specsDone: true, data: { ...current.data, firstInput: input.index + 1 } };
        } else {
            tally.add({ origin: input.origin, problems: [broken.problem], fixture: saveFixture(current.options.regressionsDir!, input.text) });
            current = { ...current, options: { ...current.options, firstInput: input.index + 1 } };
        }
    }
}

/** The input the worker died on or got stuck in, or nothing when it finished its share. */
function runWorker(share: Share, tally: Tally): Promise<{ input: CampaignInput | DataInput; problem: string } | undefined> {
    return new Promise((done, fail) => {
        // A young generation larger than the default: each input allocates a parse and an AST that die at once; measured about 10% less CPU.
        const worker = new Worker(new URL(import.meta.url), { workerData: share, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
        let current: CampaignInput | DataInput | undefined;
        const broke = (problem: string) => {
            clearTimeout(watchdog);
            if (current) done({ input: current, problem });
            else fail(new Error(`a fuzz worker failed before its first input: ${problem}`));
        };
        const watchdog = setTimeout(() => void worker.terminate().then(() => broke(`no answer after ${noAnswerMs / 1000} s`)), noAnswerMs);
        worker.on('message', (message: WorkerMessage) => {
            if (message.type === 'input') {
                current = message.input;
                tally.tried[current.kind]++;
                watchdog.refresh();
            } else if (message.type === 'failure') {
                tally.add(message.failure);
            } else {
                clearTimeout(watchdog);
                done(undefined);
            }
        });
        // Out of memory, or a stack overflow outside the checker's reach.
        worker.on('error', error => broke(`the worker died: ${error.stack ?? error.message}`));
    });
}

async function work(share: Share): Promise<void> {
    const post = (message: WorkerMessage) => parentPort!.postMessage(message);
    const onInput = (input: CampaignInput | DataInput) => post({ type: 'input', input });
    const onFailure = (failure: Failure) => post({ type: 'failure', failure });
    if (!share.specsDone) {
        const all = seedSpecs(fuzzCorpus());
        await runCampaign(all, { ...share.options, truncationSeeds: share.seedIndexes.map(index => all[index]), onInput, onFailure });
    }
    await runDataCampaign({ ...share.data, onInput, onFailure });
    post({ type: 'done' });
}

// Last, once the class above is defined.
if (isMainThread) await main();
else await work(workerData as Share);

/** `npm run fuzz` also starts from the conformance corpus when it is beside the project. */
function fuzzCorpus(): string | undefined {
    return corpusExists() ? corpusRoot : undefined;
}

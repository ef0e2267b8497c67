/**
 * `npm run fuzz`: the long campaign, split over one worker thread per core.
 * Options: `--seed N`, `--mutations N` (in all), `--stride N` (truncation step;
 * 1 truncates every seed at every offset, 0 not at all), `--bound MS`, `--workers N`.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { runCampaign, type CampaignOptions, type CampaignReport } from './campaign.js';
import { seedSpecs } from './seeds.js';

interface Share { options: CampaignOptions; seedIndexes: number[] }

if (isMainThread) await main();
else await work(workerData as Share);

async function main(): Promise<void> {
    const { values } = parseArgs({
        options: {
            seed: { type: 'string', default: '20261123' },
            mutations: { type: 'string', default: '100000' },
            stride: { type: 'string', default: '1' },
            bound: { type: 'string', default: '2000' },
            workers: { type: 'string', default: String(availableParallelism()) }
        }
    });
    const seeds = seedSpecs();
    const workers = Math.max(1, Number(values.workers));
    const seed = Number(values.seed);
    const started = performance.now();
    // Each worker gets its own campaign seed and every n-th seed spec to truncate: the whole run stays deterministic.
    const shares: Share[] = Array.from({ length: workers }, (_, index) => ({
        options: {
            seed: seed + index,
            mutations: Math.floor(Number(values.mutations) / workers) + (index < Number(values.mutations) % workers ? 1 : 0),
            truncationStride: Number(values.stride),
            timeBoundMs: Number(values.bound),
            regressionsDir: resolve(import.meta.dirname, '../../test/fuzz/regressions')
        },
        seedIndexes: seeds.map((_, seedIndex) => seedIndex).filter(seedIndex => seedIndex % workers === index)
    }));
    const reports = await Promise.all(shares.map(share => new Promise<CampaignReport>((done, fail) => {
        const worker = new Worker(new URL(import.meta.url), { workerData: share });
        worker.on('message', done);
        worker.on('error', fail);
    })));
    const seconds = (performance.now() - started) / 1000;
    const tried = reports.reduce((sum, report) => sum + report.tried, 0);
    const failures = reports.flatMap(report => report.failures);
    const count = (kind: keyof CampaignReport['counts']) => reports.reduce((sum, report) => sum + report.counts[kind], 0);
    console.log(`seeds: ${seeds.length} specs; campaign seed ${seed}; ${workers} workers`);
    console.log(`inputs tried: ${tried} in ${seconds.toFixed(1)} s (${Math.round(tried / seconds)} per second)`);
    console.log(`failures: ${failures.length} (crash ${count('crash')}, hang ${count('hang')}, out-of-range ${count('outOfRange')}, format ${count('format')})`);
    for (const failure of failures.slice(0, 50)) {
        console.log(`\n- ${failure.origin}${failure.fixture ? ` → ${failure.fixture}` : ''}\n  ${failure.problems.join('\n  ')}`);
    }
    process.exitCode = failures.length > 0 ? 1 : 0;
}

async function work(share: Share): Promise<void> {
    const all = seedSpecs();
    const report = await runCampaign(all, { ...share.options, truncationSeeds: share.seedIndexes.map(index => all[index]) });
    parentPort!.postMessage(report);
}

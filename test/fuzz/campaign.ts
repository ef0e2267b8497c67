import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Random } from '../helpers/generate-specs.js';
import { InputChecker } from './check-input.js';
import { mutate, type TokenSpan } from './mutate.js';
import type { SeedSpec } from './seeds.js';

export interface CampaignOptions {
    seed: number;
    /** Random mutations to try. */
    mutations: number;
    /** Also truncate every seed at every offset (`stride` 1) or at every n-th. */
    truncationStride?: number;
    /** The seeds to truncate; all of them when absent. */
    truncationSeeds?: readonly SeedSpec[];
    timeBoundMs: number;
    /** Where failing inputs are saved as regression fixtures; not saved when absent. */
    regressionsDir?: string;
    onProgress?: (tried: number) => void;
}

export interface Failure {
    origin: string;
    problems: string[];
    /** The regression fixture written for it. */
    fixture?: string;
}

export interface CampaignReport {
    tried: number;
    seconds: number;
    failures: Failure[];
    /** Failures by kind: crash (a throw or logged error), hang (over the time bound), out-of-range (diagnostic range), format (syntax tree changed). */
    counts: Record<'crash' | 'hang' | 'outOfRange' | 'format', number>;
}

/** Runs every input of a campaign through the checker; the same options always give the same inputs. */
export async function runCampaign(seeds: readonly SeedSpec[], options: CampaignOptions): Promise<CampaignReport> {
    const started = performance.now();
    const checker = new InputChecker(options.timeBoundMs);
    const random = new Random(options.seed);
    const tokens = new Map<SeedSpec, TokenSpan[]>(seeds.map(seed => [seed, checker.tokens(seed.text)]));
    const vocabulary = [...checker.keywords, ...new Set(seeds.flatMap(seed => tokens.get(seed)!.map(token => seed.text.slice(token.offset, token.end))))];
    const report: CampaignReport = { tried: 0, seconds: 0, failures: [], counts: { crash: 0, hang: 0, outOfRange: 0, format: 0 } };
    const seen = new Set<string>();

    const tryInput = async (origin: string, text: string) => {
        const problems = await checker.check(text);
        report.tried++;
        options.onProgress?.(report.tried);
        if (problems.length === 0) return;
        const failure: Failure = { origin, problems };
        countProblems(report, problems);
        // One fixture per distinct problem, so a single bug does not write thousands of files.
        const signature = problems.map(problem => problem.replace(/\d+/g, 'N').split('\n')[0]).join('|');
        if (options.regressionsDir && !seen.has(signature)) failure.fixture = saveFixture(options.regressionsDir, text);
        seen.add(signature);
        report.failures.push(failure);
    };

    for (let index = 0; index < options.mutations; index++) {
        const seed = random.pick(seeds);
        const mutation = mutate(seed.text, tokens.get(seed)!, vocabulary, random);
        // Sometimes mutate a mutant, for inputs further from any valid spec.
        const text = random.chance(0.2) ? mutate(mutation.text, checker.tokens(mutation.text), vocabulary, random).text : mutation.text;
        await tryInput(`${seed.name}: ${mutation.kind} (campaign seed ${options.seed}, input ${index})`, text);
    }
    if (options.truncationStride) {
        for (const seed of options.truncationSeeds ?? seeds) {
            for (let offset = 0; offset <= seed.text.length; offset += options.truncationStride) {
                await tryInput(`${seed.name}: truncated at ${offset}`, seed.text.slice(0, offset));
            }
        }
    }
    report.seconds = (performance.now() - started) / 1000;
    return report;
}

function countProblems(report: CampaignReport, problems: readonly string[]): void {
    if (problems.some(problem => /^(threw|logged an error|rule failed|removing|blueprint)/.test(problem))) report.counts.crash++;
    if (problems.some(problem => problem.startsWith('took '))) report.counts.hang++;
    if (problems.some(problem => problem.startsWith('diagnostic '))) report.counts.outOfRange++;
    if (problems.some(problem => problem.startsWith('formatting '))) report.counts.format++;
}

/** Named by content, so the same input is saved once. */
function saveFixture(folder: string, text: string): string {
    mkdirSync(folder, { recursive: true });
    const path = join(folder, `${createHash('sha256').update(text).digest('hex').slice(0, 16)}.svc`);
    writeFileSync(path, text, 'utf-8');
    return path;
}

import { Random } from '../helpers/generate-specs.js';
import type { InputChecker } from './check-input.js';
import { mutate } from './mutate.js';
import type { SeedSpec } from './seeds.js';
import { randomWindow, windowAround, type SeedOutline, type Window } from './windows.js';

export interface InputPlan {
    /** Seed of the random choices: the same plan always gives the same inputs. */
    seed: number;
    /** Random mutations to make. */
    mutations: number;
    /** Then cut the truncation seeds at every offset (1) or every n-th; none when absent or 0. */
    truncationStride?: number;
    /** The seeds to cut; all of them when absent. */
    truncationSeeds?: readonly SeedSpec[];
}

export interface CampaignInput {
    /** Position in the plan's sequence. */
    index: number;
    /** Where it comes from and what was done, for the failure report. */
    origin: string;
    text: string;
    kind: 'mutation' | 'truncation';
}

/** Share of mutations made on a whole seed file rather than on a window of it: these keep every element of a spec together. */
const wholeFileShare = 0.15;
/** Share of mutants mutated once more, for inputs further from any valid spec. */
const doubleMutationShare = 0.2;

/**
 * The inputs of a plan, in order: mutations of windows and of whole seeds, then the
 * truncation sweep, where every offset of a seed is a cut point once, in the window of
 * the element around it (see `windowAround`).
 */
export async function* planInputs(seeds: readonly SeedSpec[], checker: InputChecker, plan: InputPlan): AsyncGenerator<CampaignInput> {
    const outlines = new Map<SeedSpec, SeedOutline>();
    for (const seed of seeds) outlines.set(seed, await checker.outline(seed.text));
    const vocabulary = [...checker.keywords, ...new Set(seeds.flatMap(seed => outlines.get(seed)!.tokens.map(token => seed.text.slice(token.offset, token.end))))];
    const random = new Random(plan.seed);
    let index = 0;
    for (let count = 0; count < plan.mutations; count++) {
        const seed = random.pick(seeds);
        const outline = outlines.get(seed)!;
        const whole = random.chance(wholeFileShare);
        const base = whole ? outline : randomWindow(outline, random);
        const mutation = mutate(base.text, base.tokens, vocabulary, random);
        const text = random.chance(doubleMutationShare) ? mutate(mutation.text, checker.tokens(mutation.text), vocabulary, random).text : mutation.text;
        const where = whole ? 'whole file' : `window of ${base.text.length} characters`;
        yield { index: index++, origin: `${seed.name} (${where}): ${mutation.kind} (campaign seed ${plan.seed}, input ${count})`, text, kind: 'mutation' };
    }
    if (!plan.truncationStride) return;
    for (const seed of plan.truncationSeeds ?? seeds) {
        const outline = outlines.get(seed) ?? await checker.outline(seed.text);
        let current: { key: number; window: Window } | undefined;
        for (let offset = 0; offset <= seed.text.length; offset += plan.truncationStride) {
            const around = windowAround(outline, offset);
            if (current?.key !== around.key) current = { key: around.key, window: around.make() };
            yield { index: index++, origin: `${seed.name}: truncated at ${offset}`, text: current.window.text.slice(0, current.window.offsetOf(offset)), kind: 'truncation' };
        }
    }
}

import { Random } from '../helpers/generate-specs.js';
import { dataWorkspaceSeed } from './data-seeds.js';
import { damageBytes, dataEncodings, encodeText } from './encode-data.js';
import { mixLineEndings, mutateData } from './mutate-data.js';

/** Files by path under the workspace folder: specs as text, data files as the bytes on disk. */
export type DataWorkspaceFiles = Record<string, string | Uint8Array>;

export interface DataInput {
    /** Position in the plan's sequence. */
    index: number;
    /** Where it comes from and what was done, for the failure report. */
    origin: string;
    files: DataWorkspaceFiles;
    kind: 'data';
}

export interface DataInputPlan {
    /** Seed of the random choices: the same plan always gives the same inputs. */
    seed: number;
    /** Workspaces to make. */
    inputs: number;
    /** Start at this input (the ones before are not made): a worker restarted after a hang resumes here. */
    firstInput?: number;
}

/**
 * Workspaces whose data files are mutated: one to four text mutations (rows,
 * cells, quotes, numbers, periods, blank and comment lines, headers), at times
 * mixed line ends, an encoding other than UTF-8, damaged bytes or a missing file.
 */
export function* planDataInputs(plan: DataInputPlan): Generator<DataInput> {
    for (let index = plan.firstInput ?? 0; index < plan.inputs; index++) {
        // Each input from its own seed: any one can be made again without the ones before it.
        const random = new Random(Math.imul(plan.seed, 0x9e3779b1) + index);
        const seed = dataWorkspaceSeed(random);
        const names = seed.kpis.map(kpi => kpi.name);
        const texts = { ...seed.data };
        const paths = Object.keys(texts);
        const steps: string[] = [];
        for (let count = random.int(1, 4); count > 0; count--) {
            const path = random.pick(paths);
            const mutation = mutateData(texts[path], random, names);
            texts[path] = mutation.text;
            steps.push(`${path} ${mutation.kind}`);
        }
        if (random.chance(0.3)) {
            const path = random.pick(paths);
            const mixed = mixLineEndings(texts[path], random);
            texts[path] = mixed.text;
            steps.push(`${path} ${mixed.kind}`);
        }
        const files: DataWorkspaceFiles = { ...seed.specs };
        for (const path of paths) {
            const encoding = random.chance(0.7) ? 'utf-8' : random.pick(dataEncodings);
            if (encoding !== 'utf-8') steps.push(`${path} as ${encoding}`);
            files[path] = encodeText(texts[path], encoding);
        }
        if (random.chance(0.15)) {
            const path = random.pick(paths);
            const damaged = damageBytes(files[path] as Uint8Array, random);
            files[path] = damaged.bytes;
            steps.push(`${path} ${damaged.kind}`);
        }
        if (random.chance(0.03)) {
            const path = random.pick(paths);
            delete files[path];
            steps.push(`${path} missing`);
        }
        yield { index, origin: `data workspace, ${seed.scale || 'no scale'} (campaign seed ${plan.seed}, input ${index}): ${steps.join('; ')}`, files, kind: 'data' };
    }
}

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { generateSpecs } from '../helpers/generate-specs.js';

export interface SeedSpec {
    /** Where it comes from, for failure reports. */
    name: string;
    text: string;
}

const repo = resolve(import.meta.dirname, '../..');

/**
 * The texts mutations start from: the examples, a few generated specs and, when
 * `specRoot` is given, the conformance corpus there (read only; `npm test` gives none).
 */
export function seedSpecs(specRoot?: string, repoRoot = repo): SeedSpec[] {
    const seeds: SeedSpec[] = svcFiles(join(repoRoot, 'examples')).map(file => ({ name: relative(repoRoot, file), text: readFileSync(file, 'utf-8') }));
    if (specRoot) {
        for (const folder of ['examples', 'bad']) {
            seeds.push(...svcFiles(join(specRoot, folder)).map(file => ({ name: `spec/${relative(specRoot, file)}`, text: readFileSync(file, 'utf-8') })));
        }
    }
    seeds.push(...generateSpecs(8, 7001).map(spec => ({ name: `generated/${spec.seed}`, text: spec.text })));
    return seeds;
}

function svcFiles(folder: string): string[] {
    return readdirSync(folder).sort().flatMap(entry => {
        const path = join(folder, entry);
        if (statSync(path).isDirectory()) return svcFiles(path);
        return entry.endsWith('.svc') ? [path] : [];
    });
}

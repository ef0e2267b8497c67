import { readdirSync, readFileSync } from 'node:fs';

/** The example specs of the repository. */
export function exampleSpecs(): string[] {
    const examples = new URL('../../examples/', import.meta.url);
    return readdirSync(examples, { recursive: true, encoding: 'utf-8' })
        .filter(path => path.endsWith('.svc'))
        .map(path => readFileSync(new URL(path, examples), 'utf-8'));
}

// Pieces of this language and of its comments, strings and CJK names: most edits break the file, some keep it valid.
const pieces = ['}', '{', '\n', ' ', '"', '"x"', '// c', '/* c */', '/*', '*/', 'wait 5 min', 'step X "X" { next end }', '\n}\n',
    'service S {', 'actor A "a" customer', '顾客', '𠀀', '.', ',', '5', 'end', 'next', 'customer', '\r\n', '\t'];

/** `runs` seeded edits of the specs (one or two pieces typed or characters deleted each), the same for the same seed. */
export function* randomSpecEdits(specs: readonly string[], runs: number, seed: number): Generator<{ before: string; after: string }> {
    let state = seed;
    const random = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
    for (let run = 0; run < runs; run++) {
        const before = pick(specs);
        let after = before;
        for (let edit = 0, edits = 1 + Math.floor(random() * 2); edit < edits; edit++) {
            const at = Math.floor(random() * after.length);
            const removed = random() < 0.5 ? Math.floor(random() * 12) : 0;
            after = after.slice(0, at) + (random() < 0.8 ? pick(pieces) : '') + after.slice(at + removed);
        }
        yield { before, after };
    }
}

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateSpecs } from '../helpers/generate-specs.js';
import { expectRoundTrip, type SpecFile } from './round-trip-check.js';

const repo = resolve(import.meta.dirname, '../..');

function specFiles(folder: string, names: readonly string[]): SpecFile[] {
    return names.map(name => ({ name: relative(repo, join(folder, name)), text: readFileSync(join(folder, name), 'utf-8') }));
}

describe('formatting the examples', () => {
    const folders = readdirSync(join(repo, 'examples'), { withFileTypes: true }).filter(entry => entry.isDirectory()).map(entry => join(repo, 'examples', entry.name));
    test('there are examples', () => expect(folders.length).toBeGreaterThanOrEqual(5));
    test.each(folders.map(folder => [relative(repo, folder), folder]))('%s keeps its meaning and is stable', async (_, folder) => {
        await expectRoundTrip(specFiles(folder, readdirSync(folder).filter(name => name.endsWith('.svc'))));
    });
});

describe('formatting generated specs', () => {
    const specs = generateSpecs(240);

    test('240 generated specs parse and link cleanly, keep their meaning and are stable', async () => {
        let changed = 0;
        for (const spec of specs) {
            const name = `generated spec, seed ${spec.seed}`;
            const result = await expectRoundTrip([{ name, text: spec.text }]);
            const [diagnostics] = result.diagnostics;
            expect(diagnostics.filter(line => /^(syntax-error|unresolved-reference|duplicate-name):/.test(line)), name).toEqual([]);
            changed += result.changed;
        }
        // The generator writes non-canonical layouts, so nearly every spec is really reformatted.
        expect(changed).toBeGreaterThanOrEqual(specs.length * 0.9);
    }, 300_000);
});

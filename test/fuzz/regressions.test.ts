import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { InputChecker } from './check-input.js';

const folder = join(import.meta.dirname, 'regressions');
const fixtures = readdirSync(folder).filter(name => name.endsWith('.svc')).sort();
const checker = new InputChecker(5_000);

/** Every input the fuzzer ever broke something with, replayed: each must now pass every check. */
describe('fuzz regressions', () => {
    test('there are regression fixtures', () => expect(fixtures.length).toBeGreaterThan(0));
    test.each(fixtures)('%s', async name => {
        expect(await checker.check(readFileSync(join(folder, name), 'utf-8'))).toEqual([]);
    });
});

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { DataInputChecker } from './check-data-input.js';
import { InputChecker } from './check-input.js';
import type { DataWorkspaceFiles } from './data-inputs.js';

const folder = join(import.meta.dirname, 'regressions');
const fixtures = readdirSync(folder).filter(name => name.endsWith('.svc')).sort();
const checker = new InputChecker(5_000);
/** Workspaces with data files, one folder each (`npm run fuzz` saves them there). */
const dataFolder = join(folder, 'data');
const dataFixtures = existsSync(dataFolder) ? readdirSync(dataFolder).sort() : [];

/** Every input the fuzzer ever broke something with, replayed: each must now pass every check. */
describe('fuzz regressions', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'svc-fuzz-regressions-'));
    afterAll(() => rmSync(scratch, { recursive: true, force: true }));

    test('there are regression fixtures', () => expect(fixtures.length).toBeGreaterThan(0));
    test.each(fixtures)('%s', async name => {
        expect(await checker.check(readFileSync(join(folder, name), 'utf-8'))).toEqual([]);
    });
    test.each(dataFixtures)('data/%s', async name => {
        expect(await new DataInputChecker(scratch, 5_000).check(workspaceFiles(join(dataFolder, name)))).toEqual([]);
    });
});

function workspaceFiles(root: string, folder = root): DataWorkspaceFiles {
    return Object.assign({}, ...readdirSync(folder).map(entry => {
        const path = join(folder, entry);
        return statSync(path).isDirectory() ? workspaceFiles(root, path) : { [relative(root, path)]: readFileSync(path) };
    }));
}

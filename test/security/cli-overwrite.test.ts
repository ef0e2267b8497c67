import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

/*
 * Issue 7, item 3 (checklist item 5): no export overwrites without
 * confirmation — on the command line, an existing output is replaced only
 * with --force; and report names derived from service names stay in --out-dir.
 */

const scratch = mkdtempSync(join(tmpdir(), 'svc-security-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Not text at all, so that any rewrite shows: compared byte for byte. */
const precious = Buffer.from([0xff, 0x00, 0xfe, 0x0d, 0x0a, 0x70, 0x72, 0x65, 0x63, 0x69, 0x6f, 0x75, 0x73]);
const spec = 'service Desk "服务台" {\n  actor Guest "客户" customer\n  process Main {\n    step Ask "问" by Guest { next end }\n  }\n}\n';

beforeAll(() => {
    writeFileSync(join(scratch, 'desk.svc'), spec);
    mkdirSync(join(scratch, 'reports/desk'), { recursive: true });
});

const cases: Array<[string, string[], string]> = [
    ['svc export -o', ['export', 'desk.svc', '-o', 'model.json'], 'model.json'],
    ['svc export --format csv -o', ['export', 'desk.svc', '--format', 'csv', '-o', 'table.csv'], 'table.csv'],
    ['svc render -o', ['render', 'desk.svc', '-o', 'blueprint.mmd'], 'blueprint.mmd'],
    ['svc render --format md -o', ['render', 'desk.svc', '--format', 'md', '-o', 'report.md'], 'report.md'],
    ['svc report --out-dir', ['report', 'desk.svc', '--format', 'md', '--out-dir', 'reports'], 'reports/desk/Desk.md']
];

describe('5. the command line never replaces a file without --force', () => {
    test.each(cases)('%s: exit 2, says so, file unchanged; --force replaces it', (_, args, output) => {
        const path = join(scratch, output);
        writeFileSync(path, precious);
        const refused = runCli(args, scratch);
        expect(refused.status).toBe(2);
        expect(refused.stderr).toBe(`svc: '${output}' already exists; use --force to replace it\n`);
        expect(refused.stderr).not.toMatch(/^\s+at /m);
        expect(readFileSync(path).equals(precious)).toBe(true);
        const forced = runCli([...args, '--force'], scratch);
        expect(forced.status, forced.stderr).toBe(0);
        expect(readFileSync(path).equals(precious)).toBe(false);
    });
});

test('report names from service names stay in --out-dir: a Windows device name gets a prefix', () => {
    const folder = join(scratch, 'device');
    mkdirSync(folder);
    writeFileSync(join(folder, 'con.svc'), spec.replace('service Desk', 'service CON'));
    const run = runCli(['report', '.', '--format', 'md', '--out-dir', 'out'], folder);
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(join(folder, 'out/con'))).toEqual(['_CON.md']);
    expect(existsSync(join(folder, 'out/con/CON.md'))).toBe(false);
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { multitoolProblems } from './run-multitool.js';

const repo = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'svc-sarif-multitool-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A service with a dead-end step (warning), an unknown standard (error) and no feedback channel (info). */
function spec(name: string): string {
    return `// svc-disable-next-line servqual-coverage
service ${name} "服务台" {
  actor Guest "客户" customer
  actor Clerk "柜员" frontstage
  process Main "办理" {
    step Ask "咨询" by Guest { evidence "号码牌" next Answer }
    step Answer "答复" by Clerk { standard Missing }
  }
}
`;
}

function folder(name: string, files: Record<string, string> = {}): string {
    const path = join(scratch, name);
    mkdirSync(path, { recursive: true });
    for (const [file, text] of Object.entries(files)) writeFileSync(join(path, file), text);
    return path;
}

// Each test starts the CLI and the Multitool, a .NET program: slow to start on a busy machine.
describe('SARIF Multitool (SARIF and GitHub code-scanning rules) accepts svc check --format sarif', { timeout: 60_000 }, () => {
    test('the bundled examples, checked from the project folder', async () => {
        const run = runCli(['check', 'examples', '--format', 'sarif'], repo);
        expect(run.status, run.stderr).toBe(0);
        expect(await multitoolProblems(run.stdout, folder('examples-log'))).toEqual([]);
    });

    test('specs with problems, in files named with a space, # and Chinese, inside and outside the current folder', async () => {
        const specs = folder('specs', { 'front desk #2.svc': spec('FrontDesk'), '服务台.svc': spec('ServiceDesk') });
        const outside = join(folder('elsewhere', { '柜台 ?%.svc': spec('Counter') }), '柜台 ?%.svc');
        const run = runCli(['check', '.', outside, '--format', 'sarif'], specs);
        expect(run.status, run.stderr).toBe(1);
        const { results } = JSON.parse(run.stdout).runs[0] as { results: Array<{ level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> };
        expect(new Set(results.map(result => result.level))).toEqual(new Set(['error', 'warning', 'note']));
        expect(new Set(results.map(result => result.locations[0].physicalLocation.artifactLocation.uri))).toEqual(new Set([
            'front%20desk%20%232.svc', '%E6%9C%8D%E5%8A%A1%E5%8F%B0.svc', `file://${join(scratch, 'elsewhere')}/%E6%9F%9C%E5%8F%B0%20%3F%25.svc`
        ]));
        expect(await multitoolProblems(run.stdout, folder('specs-log'))).toEqual([]);
    });
});

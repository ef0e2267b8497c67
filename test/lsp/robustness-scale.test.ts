import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol';
import { generateFile } from '../../bench/generate-workspace.js';
import { LspClient, uriOf } from '../helpers/lsp-client.js';

/*
 * Big inputs through the built server over stdio, generated in memory: a
 * realistic 5 MB spec, and one process of 100,000 steps chained with `next`
 * (no recursion may overflow the stack, nothing may be quadratic). Diagnostics
 * arrive, the server answers afterwards; times and peak memory are printed
 * (docs/robustness.md, "Language server over a real connection").
 */

/** `count` steps in one process, a customer step with evidence then a frontstage step, each pointing to the next. */
function chainedSteps(count: number): string {
    const steps = Array.from({ length: count }, (_, index) => {
        const next = index + 1 < count ? `S${index + 1}` : 'end';
        return index % 2 === 0
            ? `    step S${index} by Guest { evidence "单据" next ${next} }`
            : `    step S${index} by Clerk { duration 1 min standard Fast next ${next} }`;
    });
    return `// svc-disable-next-line servqual-coverage, no-feedback-channel
service Long "长流程" {
  actor Guest "客户" customer
  actor Clerk "柜员" frontstage
  standard Fast "快" { dimension responsiveness kind hard bounds duration target <= 5 min method system-log frequency monthly owner Clerk }
  kpi Speed "速度" { measures Fast formula "avg(t)" unit min direction lower target 4 warning 5 period monthly source "系统" owner Clerk }
  process Main {
${steps.join('\n')}
  }
}
`;
}

/** Peak resident memory of the server process in MB (Linux), else undefined. */
function peakRssMb(pid: number | undefined): number | undefined {
    const status = `/proc/${pid}/status`;
    if (pid === undefined || !existsSync(status)) return undefined;
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(status, 'utf-8'));
    return match ? Math.round(Number(match[1]) / 1024) : undefined;
}

let folder: string;
let client: LspClient;

// One server per case, so that each figure is its own (peak memory included).
beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'svc-scale-'));
});

beforeEach(async () => {
    client = await LspClient.start(folder);
}, 60_000);

afterEach(async () => {
    await client?.stop();
});

afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
});

describe('the language server at scale', () => {
    test('a realistic 5 MB spec: diagnostics, then hover and the blueprint', async () => {
        const path = join(folder, 'five-mb.svc');
        const text = generateFile(0, 195_000, 24, undefined);
        expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(5 * 1024 * 1024);
        const started = performance.now();
        await client.open(path, text);
        const diagnostics = await client.waitFor(path, () => true, 120_000);
        const toDiagnostics = performance.now() - started;
        expect(diagnostics.filter(diagnostic => diagnostic.severity === DiagnosticSeverity.Error)).toEqual([]);
        expect(diagnostics.length).toBeGreaterThan(0); // the generator's specs earn hints and warnings

        const lines = text.split('\n');
        const line = lines.findIndex(candidate => candidate.includes('actor Customer0_0'));
        expect(await client.hover(path, line, lines[line].indexOf('Customer0_0') + 1)).toContain('Customer0_0');
        const hoverMs = performance.now() - started - toDiagnostics;
        const model = await client.request<{ services: unknown[] }>('svc/blueprint', { uri: uriOf(path) });
        expect(model.services.length).toBeGreaterThan(900);
        console.log(`5 MB spec (${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MB, ${lines.length} lines): diagnostics after ${Math.round(toDiagnostics)} ms`
            + ` (${diagnostics.length}), hover ${Math.round(hoverMs)} ms, server peak RSS ${peakRssMb(client.process.pid)} MB`);
        await client.close(path);
        await client.waitFor(path, found => found.length === 0);
    }, 120_000);

    test('100,000 steps in one process, chained with next: diagnostics, no stack overflow', async () => {
        const path = join(folder, 'hundred-thousand-steps.svc');
        const text = chainedSteps(100_000);
        const started = performance.now();
        await client.open(path, text);
        const diagnostics = await client.waitFor(path, () => true, 120_000);
        const toDiagnostics = performance.now() - started;
        expect(diagnostics).toEqual([]);
        expect(client.stderr).not.toMatch(/Maximum call stack|RangeError/);
        // The last step still resolves its performer.
        const lines = text.split('\n');
        const last = lines.findIndex(candidate => candidate.includes('step S99999 '));
        expect(await client.hover(path, last, lines[last].indexOf('Clerk') + 1)).toContain('Clerk');
        const blueprintStarted = performance.now();
        const model = await client.request<{ services: Array<{ processes: Array<{ steps: unknown[] }> }> }>('svc/blueprint', { uri: uriOf(path) });
        expect(model.services[0].processes[0].steps).toHaveLength(100_000);
        console.log(`100,000 steps (${(text.length / 1024 / 1024).toFixed(1)} MB): diagnostics after ${Math.round(toDiagnostics)} ms,`
            + ` blueprint ${Math.round(performance.now() - blueprintStarted)} ms, server peak RSS ${peakRssMb(client.process.pid)} MB`);
        await client.close(path);
        expect(client.process.exitCode).toBeNull();
    }, 180_000);
});

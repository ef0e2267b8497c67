import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { multitoolProblems } from '../cli/run-multitool.js';
import { corpusRoot } from '../helpers/corpus.js';
import { runCli } from '../helpers/run-cli.js';

const repo = resolve(import.meta.dirname, '../..');
// As a user would type it from the project folder; the corpus lies outside it, so its URIs are absolute.
const corpusFromRepo = relative(repo, corpusRoot);
const scratch = mkdtempSync(join(tmpdir(), 'svc-sarif-corpus-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('svc check --format sarif on the conformance corpus', () => {
    test.each([['examples', 0], ['bad', 1]])('%s/: SARIF Multitool (SARIF and GitHub code-scanning rules) finds no error or warning', async (folder, status) => {
        const run = runCli(['check', join(corpusFromRepo, folder), '--format', 'sarif'], repo);
        expect(run.status, run.stderr).toBe(status);
        const logs = join(scratch, folder);
        mkdirSync(logs);
        expect(await multitoolProblems(run.stdout, logs)).toEqual([]);
    });

    // The rule descriptions do not depend on the files: test/cli/check-command.test.ts checks them.
    test('bad/: every finding with its rule, level, message and region; configured severities apply', () => {
        const run = runCli(['check', join(corpusFromRepo, 'bad'), '--format', 'sarif'], repo);
        expect(run.status).toBe(1);
        const [only] = JSON.parse(run.stdout).runs;
        const rules = only.tool.driver.rules as Array<{ id: string }>;
        const results = only.results as Array<{ ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }> }>;
        expect(results.length).toBeGreaterThan(30);
        for (const result of results) {
            expect(rules[result.ruleIndex].id).toBe(result.ruleId);
            expect(['error', 'warning', 'note']).toContain(result.level);
            expect(result.message.text.length).toBeGreaterThan(0);
            expect(result.locations[0].physicalLocation.region.startLine).toBeGreaterThan(0);
        }
        const deadEndResult = results.find(result => result.ruleId === 'dead-end-step' && result.locations[0].physicalLocation.artifactLocation.uri.endsWith('flow.svc'));
        expect(deadEndResult?.locations[0].physicalLocation.region).toMatchObject({ startLine: 51, startColumn: 12, endColumn: 19 });
        expect(results.find(result => result.ruleId === 'dead-end-step' && result.locations[0].physicalLocation.artifactLocation.uri.endsWith('pharmacy.svc'))?.level).toBe('error');
    });
});

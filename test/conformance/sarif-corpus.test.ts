import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { decodeDataFile } from '../../language-server/src/measured/data-file-text.js';
import { multitoolProblems } from '../cli/run-multitool.js';
import { corpusRoot, dataFileMarks, measuredCorpusWorkspaces } from '../helpers/corpus.js';
import { runCli } from '../helpers/run-cli.js';

const repo = resolve(import.meta.dirname, '../..');
// As a user would type it from the project folder; the corpus lies outside it, so its URIs are absolute.
const corpusFromRepo = relative(repo, corpusRoot);
const scratch = mkdtempSync(join(tmpdir(), 'svc-sarif-corpus-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('svc check --format sarif on the conformance corpus', () => {
    test.each([['examples', 0], ['bad', 1], ['measured/examples', 0], ['measured/bad', 1]])('%s/: SARIF Multitool (SARIF and GitHub code-scanning rules) finds no error or warning', async (folder, status) => {
        const run = runCli(['check', join(corpusFromRepo, folder), '--format', 'sarif'], repo);
        expect(run.status, run.stderr).toBe(status);
        const logs = join(scratch, folder);
        mkdirSync(logs, { recursive: true });
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

    test('measured/bad/: each mark of a data file is a result at its line, in the data file, with the marked level', () => {
        const run = runCli(['check', join(corpusFromRepo, 'measured/bad'), '--format', 'sarif'], repo);
        expect(run.status).toBe(1);
        const [only] = JSON.parse(run.stdout).runs;
        const results = only.results as Array<{ ruleId: string; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }>;
        const inDataFiles = new Map(results
            .map(result => ({ result, file: fileURLToPath(result.locations[0].physicalLocation.artifactLocation.uri) }))
            .filter(({ file }) => file.endsWith('.csv'))
            .map(({ result, file }) => [`${relative(corpusRoot, file)}:${result.locations[0].physicalLocation.region.startLine} ${result.ruleId}`, result.level]));
        const marks = measuredCorpusWorkspaces()
            .filter(workspace => relative(corpusRoot, workspace.folder).startsWith('measured/bad'))
            .flatMap(workspace => workspace.dataFiles.flatMap(file => dataFileMarks(file, decodeDataFile(readFileSync(file)).text.toString())))
            .map(mark => ({ at: `${relative(corpusRoot, mark.file)}:${mark.line} ${mark.rule}`, severity: mark.severity }));
        expect(marks.length).toBeGreaterThan(0);
        expect([...inDataFiles.keys()].sort()).toEqual(marks.map(mark => mark.at).sort());
        const sarifLevel = { error: 'error', warning: 'warning', info: 'note' } as const;
        for (const mark of marks.filter(mark => mark.severity)) expect(inDataFiles.get(mark.at), mark.at).toBe(sarifLevel[mark.severity!]);
    });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { allRules, builtInRules } from '../../language-server/src/validation/rules/index.js';
import { runCli } from '../helpers/run-cli.js';

const repo = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'svc-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const deadEnd = `// svc-disable-next-line servqual-coverage, no-feedback-channel
service Desk "服务台" {
  actor Guest "客户" customer
  actor Clerk "柜员" frontstage
  process Main "办理" {
    step Ask "咨询" by Guest { evidence "号码牌" next Answer }
    step Answer "答复" by Clerk { standard Fast }
  }
  standard Fast "快速" { dimension responsiveness target <= 5 min method audit frequency monthly owner Clerk }
  kpi Speed "速度" { measures Fast formula "t" unit min direction lower target 4 warning 5 period monthly source "s" owner Clerk }
}
`;

function folderWith(name: string, files: Record<string, string>): string {
    const folder = join(scratch, name);
    rmSync(folder, { recursive: true, force: true });
    for (const [file, text] of Object.entries(files)) {
        const path = join(folder, file);
        mkdirSync(resolve(path, '..'), { recursive: true });
        writeFileSync(path, text);
    }
    return folder;
}

describe('svc check', () => {
    test('the bundled examples are clean: JSON with every file and no diagnostics, exit 0', () => {
        const run = runCli(['check', 'examples', '--format', 'json'], repo);
        expect(run.status, run.stderr).toBe(0);
        const report = JSON.parse(run.stdout);
        expect(report.version).toBe(1);
        expect(report.files.length).toBeGreaterThanOrEqual(5);
        for (const file of report.files) {
            expect(file.path).toMatch(/^examples\/.+\.(svc|csv)$/);
            expect(file.diagnostics).toEqual([]);
        }
        expect(report.summary).toEqual({ files: report.files.length, errors: 0, warnings: 0, infos: 0 });
    });

    test('JSON follows the contract: 1-based lines, UTF-16 columns, exclusive end, relative paths', () => {
        const folder = folderWith('json', { 'desk.svc': deadEnd });
        const run = runCli(['check', '.', '--format', 'json'], folder);
        expect(run.status).toBe(0);
        const report = JSON.parse(run.stdout);
        expect(report.files).toEqual([{
            path: 'desk.svc',
            diagnostics: [{
                rule: 'dead-end-step',
                severity: 'warning',
                message: "Step 'Answer' has no next step; add 'next end' if the process ends here.",
                range: { start: { line: 7, column: 10 }, end: { line: 7, column: 16 } }
            }]
        }]);
        expect(report.summary).toEqual({ files: 1, errors: 0, warnings: 1, infos: 0 });
    });

    test('--max-warnings decides the exit status for warnings', () => {
        const folder = folderWith('max', { 'desk.svc': deadEnd });
        expect(runCli(['check', 'desk.svc', '--max-warnings', '1'], folder).status).toBe(0);
        expect(runCli(['check', 'desk.svc', '--max-warnings', '0'], folder).status).toBe(1);
    });

    test('stylish prints file:line:column severity message rule-id; --locale zh-CN translates', () => {
        const folder = folderWith('stylish', { 'desk.svc': deadEnd });
        const english = runCli(['check', 'desk.svc'], folder);
        expect(english.stdout).toContain("desk.svc:7:10 warning Step 'Answer' has no next step; add 'next end' if the process ends here. dead-end-step");
        expect(english.stdout).toContain('1 problem in 1 file (0 errors, 1 warning, 0 infos)');
        const chinese = runCli(['check', 'desk.svc', '--locale', 'zh-CN'], folder);
        expect(chinese.stdout).toContain('desk.svc:7:10 warning 步骤“Answer”没有后续步骤；如果流程在此结束，请加上“next end”。 dead-end-step');
    });

    test('errors exit 1; a path outside the current folder is shown absolute', () => {
        const folder = folderWith('errors', { 'bad.svc': deadEnd.replace('standard Fast }', 'standard Fast next Nowhere }') });
        const run = runCli(['check', join(folder, 'bad.svc'), '--format', 'json'], repo);
        expect(run.status).toBe(1);
        const report = JSON.parse(run.stdout);
        expect(report.files[0].path).toBe(join(folder, 'bad.svc'));
        expect(report.files[0].diagnostics.map((d: { rule: string }) => d.rule)).toEqual(['unresolved-reference']);
        expect(report.files[0].diagnostics[0].message).toContain('Nowhere');
    });

    test('a syntax error is reported as syntax-error with exit 1', () => {
        const folder = folderWith('syntax', { 'broken.svc': 'service Broken "坏" {\n  actor A "a" customer\n' });
        const run = runCli(['check', '.', '--format', 'json'], folder);
        expect(run.status).toBe(1);
        const diagnostics = JSON.parse(run.stdout).files[0].diagnostics as Array<{ rule: string; severity: string; range: { start: { line: number } } }>;
        expect(diagnostics.find(diagnostic => diagnostic.rule === 'syntax-error')).toMatchObject({ severity: 'error', range: { start: { line: 2 } } });
    });

    test('bad arguments and unreadable paths exit 2 with the reason on stderr', () => {
        const cases: Array<[string[], RegExp]> = [
            [['check'], /needs at least one PATH/],
            [['check', 'examples', '--format', 'xml'], /--format must be stylish, json or sarif/],
            [['check', 'examples', '--max-warnings', 'many'], /--max-warnings must be a whole number/],
            [['check', 'examples', '--locale', 'fr'], /--locale must be en or zh-CN/],
            [['check', 'no/such/folder'], /cannot read 'no\/such\/folder': no such file or folder/],
            [['lint', 'examples'], /unknown command 'lint'/],
            [['check', 'examples', '--frobnicate'], /frobnicate/]
        ];
        for (const [args, reason] of cases) {
            const run = runCli(args, repo);
            expect(run.status, args.join(' ')).toBe(2);
            expect(run.stderr).toMatch(reason);
            expect(run.stdout).toBe('');
            expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace for a user error
        }
    });

    test('an invalid svc.config.json exits 2 with file, place and reason', () => {
        const folder = folderWith('config', {
            'svc.config.json': '{\n  "rules": {\n    "dead-end-step": "fatal",\n    "no-such-rule": "off"\n  }\n}\n',
            'desk.svc': deadEnd
        });
        const run = runCli(['check', '.'], folder);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain(`svc.config.json:3:22: Severity of 'dead-end-step' must be "off", "info", "warn" or "error", not "fatal".`);
        expect(run.stderr).toContain(`svc.config.json:4:5: Unknown rule id 'no-such-rule'.`);
        expect(run.stdout).toBe('');

        writeFileSync(join(folder, 'svc.config.json'), '{ "rules": { "dead-end-step": "error", } }');
        const malformed = runCli(['check', '.'], folder);
        expect(malformed.status).toBe(2);
        expect(malformed.stderr).toMatch(/svc\.config\.json:1:\d+: Malformed JSON/);
    });

    test('a valid svc.config.json sets severities and the locale', () => {
        const folder = folderWith('configured', {
            'svc.config.json': '{ "rules": { "dead-end-step": "error" }, "locale": "zh-CN" }',
            'desk.svc': deadEnd
        });
        const run = runCli(['check', '.', '--format', 'json'], folder);
        expect(run.status).toBe(1);
        const [diagnostic] = JSON.parse(run.stdout).files[0].diagnostics;
        expect(diagnostic).toMatchObject({ rule: 'dead-end-step', severity: 'error' });
        expect(diagnostic.message).toContain('没有后续步骤');
    });

    test('a folder without specs exits 2', () => {
        const folder = folderWith('empty', { 'notes.txt': 'nothing here' });
        const run = runCli(['check', '.'], folder);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('no .svc files found');
    });
});

describe('svc check --format sarif', () => {
    test('SARIF 2.1.0 with every rule, levels, messages, regions and paths relative to %SRCROOT%; exit 1 on errors', () => {
        const folder = folderWith('sarif', { 'desk.svc': deadEnd, 'bad.svc': deadEnd.replace('Desk', 'Counter').replace('standard Fast }', 'standard Fast next Nowhere }') });
        const run = runCli(['check', '.', '--format', 'sarif'], folder);
        expect(run.status).toBe(1);
        const sarif = JSON.parse(run.stdout);
        expect(sarif.version).toBe('2.1.0');
        const [only] = sarif.runs;
        const rules = only.tool.driver.rules as Array<{ id: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }>;
        expect(rules.map(rule => rule.id)).toEqual([...Object.keys(builtInRules), ...allRules.map(rule => rule.id)]);
        expect(rules.find(rule => rule.id === 'capacity-overload')?.defaultConfiguration.level).toBe('error');
        expect(rules.find(rule => rule.id === 'servqual-coverage')?.defaultConfiguration.level).toBe('note');
        expect(rules.every(rule => rule.shortDescription.text.length > 10)).toBe(true);
        const results = only.results as Array<{ ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn: number } } }> }>;
        expect(results.map(result => [result.locations[0].physicalLocation.artifactLocation.uri, result.ruleId, result.level])).toEqual([
            ['bad.svc', 'unresolved-reference', 'error'],
            ['desk.svc', 'dead-end-step', 'warning']
        ]);
        for (const result of results) {
            expect(rules[result.ruleIndex].id).toBe(result.ruleId);
            expect(result.message.text.length).toBeGreaterThan(0);
            expect(result.locations[0].physicalLocation.artifactLocation.uriBaseId).toBe('%SRCROOT%');
        }
        expect(results[1].locations[0].physicalLocation.region).toEqual({ startLine: 7, startColumn: 10, endLine: 7, endColumn: 16 });
    });
});

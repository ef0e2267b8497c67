import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { multitoolProblems } from './run-multitool.js';

const scratch = mkdtempSync(join(tmpdir(), 'svc-check-data-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Clean on its own; its data keep every measured-data rule silent (KPI on target, gaps within a point). */
const desk = `// svc-disable-next-line servqual-coverage, no-feedback-channel
service Desk "服务台" {
  actor Guest "客户" customer
  actor Clerk "柜员" frontstage
  process Main "办理" {
    step Ask "咨询" by Guest { evidence "号码牌" next Answer }
    step Answer "答复" by Clerk { standard Fast next end }
  }
  standard Fast "快速" { dimension responsiveness kind hard target <= 5 min method audit frequency monthly owner Clerk }
  kpi Speed "速度" { measures Fast formula "t" unit min direction lower target 4 warning 5 period monthly source "s" owner Clerk }
  measurements Monthly "月报" from "data/kpi.csv"
  measurements Late "补报" from "data/late.csv"
  survey Q3 "三季度问卷" from "data/servqual.csv" scale 7
}
`;

const kpiCsv = 'kpi,period,value,note\nSpeed,2026-09,3,\nSpeed,2026-10,0.05 h,国庆\n';
/** Line 3: a month that does not exist (period cell, column 7); line 4: an unknown KPI (column 1). */
const lateCsv = 'kpi,period,value\nSpeed,2026-08,3.5\nSpeed,2026-13,4\nNope,2026-11,3\n';
/** Line 3: an unknown dimension (column 4); line 4: a perception above the scale (column 14). */
const surveyCsv = 'respondent,dimension,expectation,perception\nr1,reliability,6,6\nr1,speed,6,5\nr1,empathy,6,9\nr2,可靠性,6,5\n';

const dataFiles = { 'data/kpi.csv': kpiCsv, 'data/late.csv': lateCsv, 'data/servqual.csv': surveyCsv };
const workspace = { 'svc.config.json': '{}\n', 'desk.svc': desk, ...dataFiles };

function folderWith(name: string, files: Record<string, string | Uint8Array>): string {
    const folder = join(scratch, name);
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    for (const [file, content] of Object.entries(files)) {
        mkdirSync(dirname(join(folder, file)), { recursive: true });
        writeFileSync(join(folder, file), content);
    }
    return folder;
}

interface JsonDiagnostic { rule: string; severity: string; message: string; range: { start: { line: number; column: number }; end: { line: number; column: number } } }
interface JsonReport { files: Array<{ path: string; diagnostics: JsonDiagnostic[] }>; summary: Record<string, number> }

interface SarifResult {
    ruleId: string;
    level: string;
    locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }>;
    partialFingerprints: Record<string, string>;
}
interface SarifRun { artifacts: Array<{ location: { uri: string }; encoding?: string }>; defaultEncoding?: string; results: SarifResult[] }

const startOf = (diagnostic: JsonDiagnostic) => [diagnostic.range.start.line, diagnostic.range.start.column];

describe('svc check lists the data files the specs bind', () => {
    test('JSON: every data file after the specs, clean ones with no diagnostics, invalid rows at their line and cell; exit 1', () => {
        const run = runCli(['check', '.', '--format', 'json'], folderWith('json', workspace));
        expect(run.status, run.stderr).toBe(1);
        const report = JSON.parse(run.stdout) as JsonReport;
        expect(report.files.map(file => file.path)).toEqual(['desk.svc', 'data/kpi.csv', 'data/late.csv', 'data/servqual.csv']);
        const [spec, kpi, late, survey] = report.files;
        expect(spec.diagnostics).toEqual([]);
        expect(kpi.diagnostics).toEqual([]);
        expect(late.diagnostics.map(d => [d.rule, d.severity, ...startOf(d)])).toEqual([
            ['measurement-invalid', 'error', 3, 7],
            ['measurement-invalid', 'error', 4, 1]
        ]);
        expect(late.diagnostics[0].range.end).toEqual({ line: 3, column: 14 });
        expect(late.diagnostics[0].message).toContain('2026-13');
        expect(late.diagnostics[1].message).toContain('Nope');
        expect(survey.diagnostics.map(d => [d.rule, ...startOf(d)])).toEqual([['measurement-invalid', 3, 4], ['measurement-invalid', 4, 14]]);
        expect(report.summary).toEqual({ files: 4, errors: 4, warnings: 0, infos: 0 });
    });

    test('data-file diagnostics take the severity configured for the spec that binds the file', () => {
        const folder = folderWith('configured', { ...workspace, 'svc.config.json': '{ "rules": { "measurement-invalid": "warn" } }' });
        const run = runCli(['check', '.', '--format', 'json'], folder);
        expect(run.status, run.stderr).toBe(0);
        const report = JSON.parse(run.stdout) as JsonReport;
        expect(report.files.flatMap(file => file.diagnostics.map(d => d.severity))).toEqual(['warning', 'warning', 'warning', 'warning']);
        expect(report.summary).toEqual({ files: 4, errors: 0, warnings: 4, infos: 0 });
        expect(runCli(['check', '.', '--max-warnings', '3'], folder).status).toBe(1);
    });

    test('a data file bound by two specs is listed once, under its path however the specs spell it', () => {
        const other = desk.replace('service Desk', 'service Counter').replace(/\s+measurements Late.*\n\s+survey.*\n/, '\n');
        const folder = folderWith('twice', {
            ...workspace,
            'b/counter.svc': other.replace('"data/kpi.csv"', '"../data/./late.csv"')
        });
        const run = runCli(['check', '.', '--format', 'json'], folder);
        const report = JSON.parse(run.stdout) as JsonReport;
        expect(report.files.map(file => file.path)).toEqual(['b/counter.svc', 'desk.svc', 'data/kpi.csv', 'data/late.csv', 'data/servqual.csv']);
        // b/counter.svc comes first in path order, so it keeps the file; desk.svc's `from` is the second binding.
        expect(report.files[0].diagnostics).toEqual([]);
        expect(report.files[1].diagnostics.map(d => d.rule)).toEqual(['data-file-invalid']);
        expect(report.files[3].diagnostics).toHaveLength(2);
    });

    test('a data file outside the current folder is shown by its absolute path', () => {
        const folder = folderWith('outside', { 'svc.config.json': '{}\n', 'specs/desk.svc': desk.replace(/"data\//g, '"../data/'), ...dataFiles });
        const run = runCli(['check', '.', '--format', 'json'], join(folder, 'specs'));
        const report = JSON.parse(run.stdout) as JsonReport;
        expect(report.files.map(file => file.path)).toEqual(['desk.svc', ...['kpi.csv', 'late.csv', 'servqual.csv'].map(file => join(folder, 'data', file))]);
    });

    test('stylish groups the rows of each data file under its path; --locale zh-CN words them in Chinese', () => {
        const folder = folderWith('stylish', workspace);
        const blocks = runCli(['check', '.'], folder).stdout.trimEnd().split('\n\n');
        expect(blocks).toHaveLength(3);
        expect(blocks[0].split('\n')).toEqual([
            expect.stringMatching(/^data\/late\.csv:3:7 error '2026-13': .* measurement-invalid$/),
            expect.stringMatching(/^data\/late\.csv:4:1 error .*'Nope'.* measurement-invalid$/)
        ]);
        expect(blocks[1].split('\n')).toEqual([
            expect.stringMatching(/^data\/servqual\.csv:3:4 error 'speed' .* measurement-invalid$/),
            expect.stringMatching(/^data\/servqual\.csv:4:14 error .* measurement-invalid$/)
        ]);
        expect(blocks[2]).toBe('✖ 4 problems in 2 files (4 errors, 0 warnings, 0 infos)');
        const chinese = runCli(['check', '.', '--locale', 'zh-CN'], folder).stdout;
        expect(chinese).toContain('data/late.csv:3:7 error “2026-13”：');
        expect(chinese).toContain('✖ 2 个文件中有 4 个问题（4 个错误，0 个警告，0 个提示）');
    });
});

describe('svc check --format sarif locates data-file findings in the data file', { timeout: 60_000 }, () => {
    function sarifRun(folder: string): SarifRun {
        const run = runCli(['check', '.', '--format', 'sarif'], folder);
        expect(run.status, run.stderr).toBe(1);
        return JSON.parse(run.stdout).runs[0] as SarifRun;
    }

    test('results in the CSV with its region; every data file is an artifact; the Multitool accepts the log', async () => {
        const folder = folderWith('sarif', workspace);
        const run = runCli(['check', '.', '--format', 'sarif'], folder);
        const { artifacts, results } = JSON.parse(run.stdout).runs[0] as SarifRun;
        expect(artifacts.map(artifact => artifact.location.uri)).toEqual(['desk.svc', 'data/kpi.csv', 'data/late.csv', 'data/servqual.csv']);
        expect(results.map(result => [result.ruleId, result.level, result.locations[0].physicalLocation.artifactLocation])).toEqual([
            ...Array(2).fill(['measurement-invalid', 'error', { uri: 'data/late.csv', uriBaseId: '%SRCROOT%' }]),
            ...Array(2).fill(['measurement-invalid', 'error', { uri: 'data/servqual.csv', uriBaseId: '%SRCROOT%' }])
        ]);
        expect(results[0].locations[0].physicalLocation.region).toEqual({ startLine: 3, startColumn: 7, endLine: 3, endColumn: 14 });
        expect(await multitoolProblems(run.stdout, folderWith('sarif-log', {}))).toEqual([]);
    });

    test('fingerprints come from the CSV row: the same when rows above come or go, another for another row', () => {
        const before = sarifRun(folderWith('fingerprints', workspace)).results.map(result => result.partialFingerprints);
        const moved = sarifRun(folderWith('fingerprints-moved', {
            ...workspace,
            'data/late.csv': lateCsv.replace('kpi,period,value\n', '# 补报，2026-11-05 导出\nkpi,period,value\nSpeed,2026-07,3\n')
        })).results;
        expect(moved[0].locations[0].physicalLocation.region.startLine).toBe(5);
        expect(moved.map(result => result.partialFingerprints)).toEqual(before);
        const edited = sarifRun(folderWith('fingerprints-edited', { ...workspace, 'data/late.csv': lateCsv.replace('Nope,2026-11,3', 'Nope,2026-11,4') })).results;
        expect(edited[0].partialFingerprints).toEqual(before[0]);
        expect(edited[1].partialFingerprints).not.toEqual(before[1]);
    });

    test('a GB18030 data file says so; its findings count columns in the decoded text; the Multitool accepts the log', async () => {
        // `指标,期间,数值` then a row whose month does not exist, as Excel on Chinese Windows saves it.
        const gb18030 = Buffer.concat([Buffer.from('d6b8b1ea2cc6dabce42ccafdd6b50a', 'hex'), Buffer.from('Speed,2026-13,4\n')]);
        const folder = folderWith('gb18030', { ...workspace, 'data/late.csv': gb18030, 'data/servqual.csv': surveyCsv.replace(/\nr1,speed.*\nr1,empathy.*\n/, '\n') });
        const run = runCli(['check', '.', '--format', 'sarif'], folder);
        const { artifacts, defaultEncoding, results } = JSON.parse(run.stdout).runs[0] as SarifRun;
        expect(defaultEncoding).toBe('utf-8');
        expect(artifacts.map(artifact => [artifact.location.uri, artifact.encoding])).toEqual([
            ['desk.svc', undefined], ['data/kpi.csv', undefined], ['data/late.csv', 'GB18030'], ['data/servqual.csv', undefined]
        ]);
        expect(results.map(result => result.locations[0].physicalLocation.region)).toEqual([{ startLine: 2, startColumn: 7, endLine: 2, endColumn: 14 }]);
        expect(await multitoolProblems(run.stdout, folderWith('gb18030-log', {}))).toEqual([]);
    });
});

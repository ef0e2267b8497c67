import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { workspaceExportSchema } from '../../language-server/src/export/workspace-export.js';
import { runCli } from '../helpers/run-cli.js';

const repo = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'svc-export-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('svc export', () => {
    test('--format json: the workspace model, valid against its schema', () => {
        const run = runCli(['export', 'examples/hospitality'], repo);
        expect(run.status, run.stderr).toBe(0);
        const exported = workspaceExportSchema.parse(JSON.parse(run.stdout));
        expect(exported.files.map(file => file.path)).toEqual(['examples/hospitality/hotel-library.svc', 'examples/hospitality/room-service.svc']);
        const [service] = exported.files[1].model.services;
        expect(service.processes[0].steps.length).toBeGreaterThan(5);
        // Every standard the service uses, library ones included, is measured by a KPI of the workspace.
        expect(service.standards.length).toBeGreaterThan(3);
        expect(service.standards.filter(standard => standard.measuredBy.length === 0)).toEqual([]);
    });

    test('--format csv: the standards or KPI table, quoted, with a BOM', () => {
        const standards = runCli(['export', 'examples/healthcare', '--format', 'csv'], repo);
        expect(standards.status, standards.stderr).toBe(0);
        const lines = standards.stdout.split('\r\n');
        expect(lines[0]).toBe('\uFEFFfile,service,name,title,dimension,kind,bounds,target,tolerance,method,frequency,owner,measured_by,used_by');
        expect(lines[1]).toMatch(/^examples\/healthcare\/outpatient-visit\.svc,门诊就诊,/);
        const kpis = runCli(['export', 'examples/healthcare', '--format', 'csv', '--table', 'kpis'], repo);
        expect(kpis.stdout.split('\r\n')[0]).toBe('\uFEFFfile,service,name,title,measures,formula,unit,direction,baseline,target,warning,period,source,owner');
    });

    test('cells with commas, quotes or formula characters are escaped', () => {
        const folder = join(scratch, 'csv');
        rmSync(folder, { recursive: true, force: true });
        mkdirSync(folder, { recursive: true });
        writeFileSync(join(folder, 'a.svc'), 'standard S "=HYPERLINK(\\"x\\"), 1" { dimension empathy }\nservice X { process P { step A "a" by Y { standard S next end } } actor Y "y" frontstage }\n');
        const run = runCli(['export', '.', '--format', 'csv'], folder);
        expect(run.stdout.split('\r\n')[1]).toBe(`a.svc,X,S,"'=HYPERLINK(""x""), 1",empathy,,,,,,,,,A`);
    });

    test('-o writes a file and never replaces one without --force', () => {
        const out = join(scratch, 'model.json');
        expect(runCli(['export', 'examples/banking', '-o', out], repo).status).toBe(0);
        expect(workspaceExportSchema.safeParse(JSON.parse(readFileSync(out, 'utf-8'))).success).toBe(true);
        writeFileSync(out, 'precious');
        const refused = runCli(['export', 'examples/banking', '-o', out], repo);
        expect(refused.status).toBe(2);
        expect(refused.stderr).toContain('already exists; use --force');
        expect(readFileSync(out, 'utf-8')).toBe('precious');
        expect(runCli(['export', 'examples/banking', '-o', out, '--force'], repo).status).toBe(0);
        expect(readFileSync(out, 'utf-8')).toContain('"version": 1');
        expect(existsSync(out)).toBe(true);
    });

    test('options of another command are refused', () => {
        const run = runCli(['export', 'examples', '--max-warnings', '1'], repo);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain("'svc export' does not take --max-warnings");
        expect(runCli(['export', 'examples', '--format', 'json', '--table', 'kpis'], repo).stderr).toContain('--table applies to --format csv only');
    });
});

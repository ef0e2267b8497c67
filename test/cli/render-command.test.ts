import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const repo = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'svc-render-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const spec = 'examples/healthcare/outpatient-visit.svc';
const stepTitles = ['自助挂号', '预检分诊', '采血', '取药离院'];

describe('svc render', () => {
    test('--format mmd (no browser): a swimlane blueprint with the five lanes', () => {
        const run = runCli(['render', spec], repo);
        expect(run.status, run.stderr).toBe(0);
        expect(run.stdout.startsWith('swimlane-beta LR')).toBe(true);
        expect(run.stdout.match(/^\s*subgraph lane\d/gm)).toHaveLength(5);
        for (const title of stepTitles) expect(run.stdout).toContain(title);
    });

    test('--format md (no browser): the report with its tables', () => {
        const run = runCli(['render', spec, '--format', 'md', '--locale', 'zh-CN'], repo);
        expect(run.status, run.stderr).toBe(0);
        for (const heading of ['服务标准', '关键绩效指标', '服务能力分析']) expect(run.stdout).toContain(heading);
        expect(run.stdout).toContain('| 内科诊室 |');
        expect(run.stdout).toContain('```mermaid');
    });

    test('--format svg: one valid SVG holding every step title and the blueprint lines', () => {
        const out = join(scratch, 'out.svg');
        const run = runCli(['render', spec, '--format', 'svg', '-o', out], repo);
        expect(run.status, run.stderr).toBe(0);
        const svg = readFileSync(out, 'utf-8');
        expect(svg.startsWith('<svg')).toBe(true);
        for (const title of stepTitles) expect(svg).toContain(title);
        expect(svg).toContain('Line of visibility');
        expect(svg).not.toMatch(/<script|onerror=|javascript:/i);
    });

    test('--format png: a PNG twice the size of the drawing; never replaced without --force', () => {
        const out = join(scratch, 'out.png');
        expect(runCli(['render', spec, '--format', 'png', '-o', out], repo).status).toBe(0);
        const png = readFileSync(out);
        expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
        const svg = runCli(['render', spec, '--format', 'svg'], repo).stdout;
        const [, width, height] = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(svg)!;
        expect(Math.abs(png.readUInt32BE(16) - 2 * Math.ceil(Number(width)))).toBeLessThanOrEqual(2);
        expect(Math.abs(png.readUInt32BE(20) - 2 * Math.ceil(Number(height)))).toBeLessThanOrEqual(2);

        writeFileSync(out, 'precious');
        const refused = runCli(['render', spec, '--format', 'png', '-o', out], repo);
        expect(refused.status).toBe(2);
        expect(refused.stderr).toContain('already exists; use --force');
        expect(readFileSync(out, 'utf-8')).toBe('precious');
    }, 90_000); // two Chromium launches

    test('--format html inlines the rendered blueprint; --view and --service are checked', () => {
        const out = join(scratch, 'report.html');
        expect(runCli(['render', spec, '--format', 'html', '-o', out], repo).status).toBe(0);
        const html = readFileSync(out, 'utf-8');
        expect(html).toContain('<svg');
        expect(html).not.toMatch(/<script/i);
        expect(runCli(['render', spec, '--view', 'flow'], repo).stdout.startsWith('flowchart LR')).toBe(true);
        const wrongService = runCli(['render', spec, '--service', 'Nope'], repo);
        expect(wrongService.status).toBe(2);
        expect(wrongService.stderr).toContain("no service 'Nope'; the file has 门诊就诊");
    });

    test('no Chromium: a clear reason and exit 2 for svg; html still written without the picture', () => {
        const env = { SVC_CHROMIUM: '/nonexistent/chromium' };
        const svg = runCli(['render', spec, '--format', 'svg'], repo, env);
        expect(svg.status).toBe(2);
        expect(svg.stderr).toMatch(/Chromium/);
        expect(svg.stderr).not.toMatch(/\n\s+at /);
        const out = join(scratch, 'fallback.html');
        const html = runCli(['render', spec, '--format', 'html', '-o', out], repo, env);
        expect(html.status).toBe(0);
        expect(html.stderr).toContain('without the blueprint picture');
        expect(existsSync(out)).toBe(true);
    });
});

describe('svc report', () => {
    test('one HTML report per service, mirroring the folders', () => {
        const outDir = join(scratch, 'reports');
        const run = runCli(['report', 'examples/hospitality', 'examples/healthcare', '--out-dir', outDir], repo);
        expect(run.status, run.stderr).toBe(0);
        expect(existsSync(join(outDir, 'healthcare/outpatient-visit/门诊就诊.html'))).toBe(true);
        expect(existsSync(join(outDir, 'hospitality/room-service/InRoomDining.html'))).toBe(true);
        expect(run.stdout.trim().split('\n')).toHaveLength(2);
    });
});

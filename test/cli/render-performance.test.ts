import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ServiceModel } from '#protocol/blueprint-schema.js';
import { buildBlueprint } from '../../language-server/src/blueprint/build-blueprint.js';
import { checkFiles } from '../../language-server/src/workspace/check-files.js';
import { runCli } from '../helpers/run-cli.js';

const repo = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'svc-render-performance-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const telecom = 'examples/telecom/broadband-installation.svc';
const chineseDimensions: Record<string, string> = { reliability: '可靠性', responsiveness: '响应性', assurance: '保证性', empathy: '移情性', tangibles: '有形性' };

/** The example's measured data as the CLI sees it: the KPIs with data and the surveyed dimensions. */
let measured: NonNullable<ServiceModel['measured']>;
beforeAll(async () => {
    const check = await checkFiles([resolve(repo, telecom)]);
    measured = buildBlueprint(check.files[0].document, check.services).services[0].measured!;
});

describe('svc render --view performance', () => {
    test('--format mmd (no browser): a line chart per KPI with data, the survey radar and its importance matrix', () => {
        const run = runCli(['render', telecom, '--view', 'performance'], repo);
        expect(run.status, run.stderr).toBe(0);
        const charts = run.stdout.split('\n%% ----\n').map(chart => chart.split('\n').find(line => /^[a-zA-Z]/.test(line) && !line.startsWith('config:')));
        expect(charts).toEqual([...Array(6).fill('xychart-beta'), 'radar-beta', 'quadrantChart']);
        for (const kpi of measured.kpis) expect(run.stdout).toContain(kpi.title ?? kpi.name);
    });

    test('--format svg: one SVG holding every KPI title with data and every surveyed dimension\'s name, in English and Chinese', () => {
        expect(measured.kpis).toHaveLength(6);
        const dimensions = measured.surveys.flatMap(survey => survey.dimensions.map(dimension => dimension.dimension));
        expect(dimensions).toHaveLength(5);
        for (const [locale, name] of [['en', (dimension: string) => dimension], ['zh-CN', (dimension: string) => chineseDimensions[dimension]]] as const) {
            const out = join(scratch, `telecom-${locale}.svg`);
            const run = runCli(['render', telecom, '--view', 'performance', '--format', 'svg', '--locale', locale, '-o', out], repo);
            expect(run.status, run.stderr).toBe(0);
            const svg = readFileSync(out, 'utf-8');
            expect(svg.startsWith('<svg')).toBe(true);
            for (const kpi of measured.kpis) expect(svg).toContain(kpi.title ?? kpi.name);
            for (const dimension of dimensions) expect(svg).toContain(name(dimension));
            expect(svg).not.toMatch(/<script|onerror=|javascript:/i);
        }
    }, 90_000); // two Chromium launches

    test('--format png: a PNG at -o OUT', () => {
        const out = join(scratch, 'telecom.png');
        const run = runCli(['render', telecom, '--view', 'performance', '--format', 'png', '-o', out], repo);
        expect(run.status, run.stderr).toBe(0);
        expect(readFileSync(out).subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    }, 60_000);

    test('a service without data: the note that says what to add', () => {
        const run = runCli(['render', 'examples/hospitality/room-service.svc', '--view', 'performance', '--locale', 'zh-CN'], repo);
        expect(run.status, run.stderr).toBe(0);
        expect(run.stdout).toContain('尚无实测数据。');
        expect(run.stdout).toContain('measurements NAME #34;标题#34; from #34;data/kpi.csv#34;');
    });

    test('the views are listed in the usage and checked', () => {
        expect(runCli(['--help'], repo).stdout).toContain('[--view blueprint|flow|standards|performance]');
        const wrong = runCli(['render', telecom, '--view', 'charts'], repo);
        expect(wrong.status).toBe(2);
        expect(wrong.stderr).toContain("--view must be blueprint, flow, standards or performance, not 'charts'");
    });

    test('--format html: the report shows the blueprint as its picture and the charts in the measured section', () => {
        const out = join(scratch, 'telecom.html');
        const run = runCli(['render', telecom, '--view', 'performance', '--format', 'html', '-o', out], repo);
        expect(run.status, run.stderr).toBe(0);
        const html = readFileSync(out, 'utf-8');
        const section = (id: string) => new RegExp(`<section id="${id}"[^>]*>([\\s\\S]*?)</section>`).exec(html)?.[1] ?? '';
        const measuredSection = section('performance');
        for (const kpi of measured.kpis) expect(measuredSection).toContain(kpi.title ?? kpi.name);
        // The charts are drawn (SVG) in the measured section, and the blueprint section holds the blueprint, not the charts.
        expect((measuredSection.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(8);
        const blueprintSection = section('blueprint');
        expect(blueprintSection).toContain('<svg');
        expect(blueprintSection).not.toMatch(/aria-roledescription="(xychart|radar|quadrant)/);
        expect(measuredSection).toMatch(/aria-roledescription="xychart/);
    });
});

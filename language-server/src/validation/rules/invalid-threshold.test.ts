import { describe, expect, test } from 'vitest';
import type { Locale } from '#protocol/locale.js';
import { diagnoseCleanly, lineOf } from '../../../../test/helpers/diagnose.js';

const rule = 'invalid-threshold';

const run = (specs: string | Record<string, string>, locale?: Locale) => diagnoseCleanly(rule, specs, locale);

/** A top-level KPI with the given properties, one per line. */
function kpi(name: string, ...properties: string[]): string {
    return `kpi ${name} "${name}" {\n${properties.map(property => `  ${property}\n`).join('')}}\n`;
}

describe('invalid-threshold, direction lower', () => {
    test('fires when warning is below the target', async () => {
        const spec = kpi('AvgWait', 'unit min', 'direction lower', 'target 10', 'warning 8', 'period monthly');
        const diagnostics = await run(spec);
        expect(diagnostics).toHaveLength(1);
        expect(diagnostics[0].line).toBe(lineOf(spec, 'warning 8'));
        expect(diagnostics[0].severity).toBe('error');
        expect(diagnostics[0].message).toBe("Warning 8 of KPI 'AvgWait' must be above its target 10: lower is better, so the alarm comes after the target is missed.");
    });

    test('fires when warning equals the target', async () => {
        const spec = kpi('AvgWait', 'direction lower', 'target 10', 'warning 10');
        const diagnostics = await run(spec);
        expect(diagnostics.map(d => d.line)).toEqual([lineOf(spec, 'warning 10')]);
        expect(diagnostics[0].message).toContain('Warning 10');
        expect(diagnostics[0].message).toContain('target 10');
    });

    test('does not fire when warning is above the target', async () => {
        expect(await run(kpi('AvgWait', 'direction lower', 'target 10', 'warning 10.5'))).toEqual([]);
    });
});

describe('invalid-threshold, direction higher', () => {
    test('fires when warning is above the target, and when equal', async () => {
        const spec = kpi('OnTime', 'unit %', 'direction higher', 'target 95', 'warning 97')
            + kpi('Csat', 'unit score', 'direction higher', 'target 4.5', 'warning 4.5');
        const diagnostics = await run(spec);
        expect(diagnostics.map(d => d.line)).toEqual([lineOf(spec, 'warning 97'), lineOf(spec, 'warning 4.5')]);
        expect(diagnostics[0].message).toBe("Warning 97 of KPI 'OnTime' must be below its target 95: higher is better, so the alarm comes after the target is missed.");
        expect(diagnostics[1].message).toContain("Warning 4.5 of KPI 'Csat' must be below its target 4.5");
    });

    test('does not fire when warning is below the target', async () => {
        expect(await run(kpi('OnTime', 'unit %', 'direction higher', 'target 95', 'warning 92'))).toEqual([]);
    });
});

describe('invalid-threshold edges', () => {
    test('is silent without direction, target or warning', async () => {
        const spec = kpi('NoDirection', 'target 10', 'warning 5')
            + kpi('NoTarget', 'direction lower', 'warning 5')
            + kpi('NoWarning', 'direction lower', 'target 10');
        expect(await run(spec)).toEqual([]);
    });

    test('compares times after conversion to one unit', async () => {
        // 1 h = 60 min is above 30 min: right for a lower-is-better KPI
        expect(await run(kpi('Resolve', 'unit min', 'direction lower', 'target 30 min', 'warning 1 h'))).toEqual([]);
        // 90 min is below 2 h although 90 > 2
        const spec = kpi('Resolve', 'unit min', 'direction lower', 'target 2 h', 'warning 90 min');
        const diagnostics = await run(spec);
        expect(diagnostics.map(d => d.line)).toEqual([lineOf(spec, 'warning 90 min')]);
        expect(diagnostics[0].message).toContain('Warning 90 min');
        expect(diagnostics[0].message).toContain('target 2 h');
    });

    test('a bare number is in the KPI unit; equal after conversion is wrong', async () => {
        // target 1 (h) and warning 60 min are the same time
        const equal = kpi('Ship', 'unit h', 'direction lower', 'target 1', 'warning 60 min');
        expect((await run(equal)).map(d => d.line)).toEqual([lineOf(equal, 'warning 60 min')]);
        const right = kpi('Ship', 'unit d', 'direction lower', 'target 1', 'warning 36 h');
        expect(await run(right)).toEqual([]);
        const wrong = kpi('Answer', 'unit s', 'direction lower', 'target 20', 'warning 0.25 min');
        expect((await run(wrong)).map(d => d.line)).toEqual([lineOf(wrong, 'warning 0.25 min')]);
    });

    test('checks KPIs inside services too', async () => {
        const spec = `
service Hotel {
  actor Desk "desk" frontstage
${kpi('入住时长', 'unit min', 'direction lower', 'target 5', 'warning 3', 'owner Desk')}}
`;
        expect((await run(spec)).map(d => d.line)).toEqual([lineOf(spec, 'warning 3')]);
    });
});

describe('invalid-threshold in Chinese', () => {
    test('names the KPI and both figures', async () => {
        const spec = kpi('准时率', 'unit %', 'direction higher', 'target 95', 'warning 97')
            + kpi('平均等候', 'unit min', 'direction lower', 'target 10', 'warning 10');
        const diagnostics = await run(spec, 'zh-CN');
        expect(diagnostics.map(d => d.line)).toEqual([lineOf(spec, 'warning 97'), lineOf(spec, 'warning 10')]);
        expect(diagnostics[0].message).toBe('KPI“准时率”的预警值 97 必须低于目标值 95：该指标越高越好，预警应在未达标之后触发。');
        expect(diagnostics[1].message).toBe('KPI“平均等候”的预警值 10 必须高于目标值 10：该指标越低越好，预警应在未达标之后触发。');
    });
});

import { describe, expect, test } from 'vitest';
import { lineOf } from '../../../../test/helpers/diagnose.js';
import { checkMeasured, measuredDiagnostics } from '../../../../test/helpers/measured-workspace.js';

const rule = 'kpi-off-target';

/** A service with the KPI `K` (fields as given) and its data in data/kpi.csv. */
function spec(kpiFields: string): string {
    return `service Branch {
  kpi K "指标" { ${kpiFields} period monthly }
  measurements Monthly from "data/kpi.csv"
}
`;
}

const waitKpi = 'unit min direction lower target 15 warning 20';
const rateKpi = 'unit % direction higher target 85 warning 75';
const rows = (...lines: string[]) => ['kpi,period,value', ...lines].join('\n') + '\n';
const messages = async (kpiFields: string, ...lines: string[]) =>
    (await measuredDiagnostics(rule, { 'spec.svc': spec(kpiFields), 'data/kpi.csv': rows(...lines) })).map(found => found.message);

describe('kpi-off-target', () => {
    test('fires at the KPI name when the latest value is just better than the warning but worse than the target', async () => {
        const text = spec(waitKpi);
        const workspace = await checkMeasured({ 'spec.svc': text, 'data/kpi.csv': rows('K,2026-09,25', 'K,2026-10,19.9') });
        try {
            const found = workspace.diagnostics.filter(diagnostic => diagnostic.rule === rule || diagnostic.rule === 'kpi-breach');
            expect(found).toEqual([{
                file: 'spec.svc', line: lineOf(text, 'kpi K'), column: 7, rule, severity: 'info',
                message: "KPI 'K' is off target: 19.9 min in 2026-10 (target 15 min)."
            }]);
        } finally {
            workspace.remove();
        }
    });

    test('fires for direction higher between warning and target', async () => {
        expect(await messages(rateKpi, 'K,2026-10,78%')).toEqual(["KPI 'K' is off target: 78 % in 2026-10 (target 85 %)."]);
        expect(await messages(rateKpi, 'K,2026-10,75.1')).toEqual(["KPI 'K' is off target: 75.1 % in 2026-10 (target 85 %)."]);
    });

    test('is silent at the warning: that is a breach', async () => {
        expect(await messages(waitKpi, 'K,2026-10,20')).toEqual([]);
        expect(await messages(rateKpi, 'K,2026-10,75')).toEqual([]);
    });

    test('is silent at the target and better', async () => {
        expect(await messages(waitKpi, 'K,2026-10,15')).toEqual([]);
        expect(await messages(waitKpi, 'K,2026-10,9')).toEqual([]);
        expect(await messages(rateKpi, 'K,2026-10,85')).toEqual([]);
        expect(await messages(rateKpi, 'K,2026-10,99')).toEqual([]);
    });

    test('without warning, any value worse than the target is off target', async () => {
        expect(await messages('unit min direction lower target 15', 'K,2026-10,90')).toEqual(["KPI 'K' is off target: 90 min in 2026-10 (target 15 min)."]);
    });

    test('compares in the KPI\'s unit: 1080 s is 18 min; a target written in another unit is shown as written', async () => {
        expect(await messages(waitKpi, 'K,2026-10,1080 s')).toEqual(["KPI 'K' is off target: 18 min in 2026-10 (target 15 min)."]);
        expect(await messages('unit min direction lower target 0.25 h warning 20', 'K,2026-10,16')).toEqual(["KPI 'K' is off target: 16 min in 2026-10 (target 0.25 h)."]);
    });

    test('looks at the latest valid value only', async () => {
        expect(await messages(waitKpi, 'K,2026-09,18', 'K,2026-10,12')).toEqual([]);
        expect(await messages(waitKpi, 'K,2026-09,18', 'K,2026-10,12 %')).toEqual(["KPI 'K' is off target: 18 min in 2026-09 (target 15 min)."]);
    });

    test('is silent for a KPI without direction or without target', async () => {
        expect(await messages('unit min target 15 warning 20', 'K,2026-10,18')).toEqual([]);
        expect(await messages('unit min direction lower', 'K,2026-10,18')).toEqual([]);
    });

    test('speaks Chinese', async () => {
        const found = await measuredDiagnostics(rule, { 'spec.svc': spec(rateKpi), 'data/kpi.csv': rows('K,2026-10,78%') }, 'zh-CN');
        expect(found.map(entry => entry.message)).toEqual(['KPI“K”未达到目标：2026-10 为 78 %（目标 85 %）。']);
    });
});

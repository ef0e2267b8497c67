import { describe, expect, test } from 'vitest';
import { lineOf } from '../../../../test/helpers/diagnose.js';
import { checkMeasured, measuredDiagnostics } from '../../../../test/helpers/measured-workspace.js';

const rule = 'kpi-breach';

/** A service with the KPI `K` (fields as given) and its data in data/kpi.csv. */
function spec(kpiFields: string): string {
    return `service Branch {
  kpi K "指标" { ${kpiFields} period monthly }
  measurements Monthly from "data/kpi.csv"
}
`;
}

const waitKpi = 'unit min direction lower target 15 warning 20';
const rows = (...lines: string[]) => ['kpi,period,value', ...lines].join('\n') + '\n';

describe('kpi-breach', () => {
    test('fires at the KPI name when the latest value equals the warning, and the KPI is then not off target', async () => {
        const text = spec(waitKpi);
        const workspace = await checkMeasured({ 'spec.svc': text, 'data/kpi.csv': rows('K,2026-09,12', 'K,2026-10,20') });
        try {
            const found = workspace.diagnostics.filter(diagnostic => diagnostic.rule === rule || diagnostic.rule === 'kpi-off-target');
            expect(found).toEqual([{
                file: 'spec.svc', line: lineOf(text, 'kpi K'), column: 7, rule, severity: 'warning',
                message: "KPI 'K' has reached its warning: 20 min in 2026-10 (warning 20 min)."
            }]);
        } finally {
            workspace.remove();
        }
    });

    test('fires when the latest value is worse than the warning, for direction lower and higher', async () => {
        const lower = await measuredDiagnostics(rule, { 'spec.svc': spec(waitKpi), 'data/kpi.csv': rows('K,2026-10,21.5') });
        expect(lower.map(found => found.message)).toEqual(["KPI 'K' has reached its warning: 21.5 min in 2026-10 (warning 20 min)."]);
        const higher = await measuredDiagnostics(rule, {
            'spec.svc': spec('unit % direction higher target 85 warning 75'),
            'data/kpi.csv': rows('K,2026-09,75%', 'K,2026-10,74.9')
        });
        expect(higher.map(found => found.message)).toEqual(["KPI 'K' has reached its warning: 74.9 % in 2026-10 (warning 75 %)."]);
    });

    test('fires for direction higher at the warning itself', async () => {
        const found = await measuredDiagnostics(rule, { 'spec.svc': spec('unit % direction higher target 85 warning 75'), 'data/kpi.csv': rows('K,2026-10,75 %') });
        expect(found).toHaveLength(1);
    });

    test('is silent when the latest value is just better than the warning, in both directions', async () => {
        expect(await measuredDiagnostics(rule, { 'spec.svc': spec(waitKpi), 'data/kpi.csv': rows('K,2026-10,19.9') })).toEqual([]);
        expect(await measuredDiagnostics(rule, {
            'spec.svc': spec('unit % direction higher target 85 warning 75'), 'data/kpi.csv': rows('K,2026-10,75.1')
        })).toEqual([]);
    });

    test('converts a value with a unit to the KPI\'s unit: 0.5 h reaches a warning of 20 min', async () => {
        const found = await measuredDiagnostics(rule, { 'spec.svc': spec(waitKpi), 'data/kpi.csv': rows('K,2026-10,0.5 h') });
        expect(found.map(entry => entry.message)).toEqual(["KPI 'K' has reached its warning: 30 min in 2026-10 (warning 20 min)."]);
    });

    test('shows a warning written with another unit as written', async () => {
        const found = await measuredDiagnostics(rule, { 'spec.svc': spec('unit min direction lower target 15 warning 0.5 h'), 'data/kpi.csv': rows('K,2026-10,31') });
        expect(found.map(entry => entry.message)).toEqual(["KPI 'K' has reached its warning: 31 min in 2026-10 (warning 0.5 h)."]);
    });

    test('looks at the latest period, not at the last row', async () => {
        expect(await measuredDiagnostics(rule, { 'spec.svc': spec(waitKpi), 'data/kpi.csv': rows('K,2026-10,12', 'K,2026-09,25') })).toEqual([]);
        const found = await measuredDiagnostics(rule, { 'spec.svc': spec(waitKpi), 'data/kpi.csv': rows('K,2026-10,25', 'K,2026-09,12') });
        expect(found.map(entry => entry.message)).toEqual(["KPI 'K' has reached its warning: 25 min in 2026-10 (warning 20 min)."]);
    });

    test('an invalid later row contributes nothing and does not become the latest value', async () => {
        expect(await measuredDiagnostics(rule, { 'spec.svc': spec(waitKpi), 'data/kpi.csv': rows('K,2026-09,12', 'K,2026-10,25 %') })).toEqual([]);
        const found = await measuredDiagnostics(rule, { 'spec.svc': spec(waitKpi), 'data/kpi.csv': rows('K,2026-09,25', 'K,2026-10,N/A', 'K,2026-13,12') });
        expect(found.map(entry => entry.message)).toEqual(["KPI 'K' has reached its warning: 25 min in 2026-09 (warning 20 min)."]);
    });

    test('of a KPI and period given in two files, the value of the file whose path comes first counts', async () => {
        // The elements stand in the opposite order of their files' paths.
        const text = (first: string, second: string) => `service Branch {
  kpi K { ${waitKpi} period monthly }
  measurements Later from "data/${second}.csv"
  measurements Earlier from "data/${first}.csv"
}
`;
        const breaching = rows('K,2026-10,25'), fine = rows('K,2026-10,12');
        expect(await measuredDiagnostics(rule, { 'spec.svc': text('a', 'b'), 'data/a.csv': fine, 'data/b.csv': breaching })).toEqual([]);
        const found = await measuredDiagnostics(rule, { 'spec.svc': text('a', 'b'), 'data/a.csv': breaching, 'data/b.csv': fine });
        expect(found.map(entry => entry.message)).toEqual(["KPI 'K' has reached its warning: 25 min in 2026-10 (warning 20 min)."]);
    });

    test('is silent for a KPI without direction, without warning, or without data', async () => {
        const data = { 'data/kpi.csv': rows('K,2026-10,99') };
        expect(await measuredDiagnostics(rule, { 'spec.svc': spec('unit min target 15 warning 20'), ...data })).toEqual([]);
        expect(await measuredDiagnostics(rule, { 'spec.svc': spec('unit min direction lower target 15'), ...data })).toEqual([]);
        expect(await measuredDiagnostics(rule, { 'spec.svc': spec(waitKpi), 'data/kpi.csv': rows() })).toEqual([]);
    });

    test('a KPI without unit shows plain numbers; a top-level KPI is checked too', async () => {
        const text = 'kpi Score { direction higher target 4.5 warning 4 period monthly }\nmeasurements Top from "data/kpi.csv"\n';
        const found = await measuredDiagnostics(rule, { 'spec.svc': text, 'data/kpi.csv': rows('Score,2026-10,3.95') });
        expect(found.map(entry => [entry.line, entry.message])).toEqual([[1, "KPI 'Score' has reached its warning: 3.95 in 2026-10 (warning 4)."]]);
    });

    test('speaks Chinese', async () => {
        const found = await measuredDiagnostics(rule, { 'spec.svc': spec(waitKpi), 'data/kpi.csv': rows('K,2026-10,0.5 h') }, 'zh-CN');
        expect(found.map(entry => entry.message)).toEqual(['KPI“K”已达到预警值：2026-10 为 30 min（预警值 20 min）。']);
    });
});

import { describe, expect, test } from 'vitest';
import { lineOf } from '../../../../test/helpers/diagnose.js';
import { measuredDiagnostics } from '../../../../test/helpers/measured-workspace.js';

const rule = 'kpi-worsening';

/** A service with the KPI `K` (fields as given) and its data in data/kpi.csv. */
function spec(kpiFields: string): string {
    return `service Branch {
  kpi K "指标" { ${kpiFields} }
  measurements Data from "data/kpi.csv"
}
`;
}

const waitKpi = 'unit min direction lower target 15 warning 20 period monthly';
const rows = (...lines: string[]) => ['kpi,period,value', ...lines].join('\n') + '\n';
const messages = async (kpiFields: string, ...lines: string[]) =>
    (await measuredDiagnostics(rule, { 'spec.svc': spec(kpiFields), 'data/kpi.csv': rows(...lines) })).map(found => found.message);

describe('kpi-worsening', () => {
    test('fires at the KPI name with the four values when each of the last three is worse (direction lower)', async () => {
        const text = spec(waitKpi);
        const found = await measuredDiagnostics(rule, { 'spec.svc': text, 'data/kpi.csv': rows('K,2026-07,8', 'K,2026-08,9', 'K,2026-09,9.5', 'K,2026-10,0.2 h') });
        expect(found).toEqual([{
            file: 'spec.svc', line: lineOf(text, 'kpi K'), column: 7, rule, severity: 'info',
            message: "KPI 'K' is worsening, three periods in a row: 8 min (2026-07) → 9 min (2026-08) → 9.5 min (2026-09) → 12 min (2026-10)."
        }]);
    });

    test('fires for direction higher on falling values, in period order whatever the row order', async () => {
        expect(await messages('unit % direction higher target 85 period quarterly', 'K,2026-Q3,88', 'K,2026-Q1,92', 'K,2026-Q4,87.5', 'K,2026-Q2,90'))
            .toEqual(["KPI 'K' is worsening, three periods in a row: 92 % (2026-Q1) → 90 % (2026-Q2) → 88 % (2026-Q3) → 87.5 % (2026-Q4)."]);
    });

    test('is silent when values improve in that direction', async () => {
        expect(await messages('unit % direction higher target 85 period monthly', 'K,2026-07,8', 'K,2026-08,9', 'K,2026-09,10', 'K,2026-10,11')).toEqual([]);
    });

    test('needs each step strictly worse: an equal value breaks the trend', async () => {
        expect(await messages(waitKpi, 'K,2026-07,8', 'K,2026-08,9', 'K,2026-09,9', 'K,2026-10,12')).toEqual([]);
    });

    test('looks at the last four values only', async () => {
        expect(await messages(waitKpi, 'K,2026-06,30', 'K,2026-07,8', 'K,2026-08,9', 'K,2026-09,10', 'K,2026-10,11')).toHaveLength(1);
        expect(await messages(waitKpi, 'K,2026-06,8', 'K,2026-07,9', 'K,2026-08,10', 'K,2026-09,11', 'K,2026-10,10.5')).toEqual([]);
    });

    test('needs four values', async () => {
        expect(await messages(waitKpi, 'K,2026-08,9', 'K,2026-09,10', 'K,2026-10,11')).toEqual([]);
    });

    test('is silent when a missing month breaks the periods, also a month whose row is invalid', async () => {
        expect(await messages(waitKpi, 'K,2026-06,8', 'K,2026-07,9', 'K,2026-09,10', 'K,2026-10,11')).toEqual([]);
        expect(await messages(waitKpi, 'K,2026-06,8', 'K,2026-07,9', 'K,2026-08,9.5 %', 'K,2026-09,10', 'K,2026-10,11')).toEqual([]);
    });

    test('months run on across the end of a year', async () => {
        expect(await messages(waitKpi, 'K,2026-11,8', 'K,2026-12,9', 'K,2027-01,10', 'K,2027-02,11'))
            .toEqual(["KPI 'K' is worsening, three periods in a row: 8 min (2026-11) → 9 min (2026-12) → 10 min (2027-01) → 11 min (2027-02)."]);
    });

    test('ISO week 53 of 2026 is followed by week 01 of 2027', async () => {
        const weekly = 'unit % direction lower target 8 period weekly';
        expect(await messages(weekly, 'K,2026-W52,3', 'K,2026-W53,4', 'K,2027-W01,5', 'K,2027-W02,6'))
            .toEqual(["KPI 'K' is worsening, three periods in a row: 3 % (2026-W52) → 4 % (2026-W53) → 5 % (2027-W01) → 6 % (2027-W02)."]);
        // Without week 53, 2026-W52 and 2027-W01 are not consecutive.
        expect(await messages(weekly, 'K,2026-W51,3', 'K,2026-W52,4', 'K,2027-W01,5', 'K,2027-W02,6')).toEqual([]);
    });

    test('is silent for a KPI without direction', async () => {
        expect(await messages('unit min target 15 period monthly', 'K,2026-07,8', 'K,2026-08,9', 'K,2026-09,10', 'K,2026-10,11')).toEqual([]);
    });

    test('speaks Chinese', async () => {
        const found = await measuredDiagnostics(rule, {
            'spec.svc': spec('direction higher target 4.5 period yearly'),
            'data/kpi.csv': rows('K,2023,4.8', 'K,2024,4.6', 'K,2025,4.3', 'K,2026,4.25')
        }, 'zh-CN');
        expect(found.map(entry => entry.message)).toEqual(['KPI“K”连续三个期间变差：4.8（2023） → 4.6（2024） → 4.3（2025） → 4.25（2026）。']);
    });
});

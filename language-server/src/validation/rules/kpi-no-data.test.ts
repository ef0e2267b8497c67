import { describe, expect, test } from 'vitest';
import { lineOf } from '../../../../test/helpers/diagnose.js';
import { measuredDiagnostics } from '../../../../test/helpers/measured-workspace.js';

const rule = 'kpi-no-data';

const kpi = (name: string) => `kpi ${name} { unit min direction lower target 15 period monthly }`;
const rows = (...lines: string[]) => ['kpi,period,value', ...lines].join('\n') + '\n';

const branch = `service Branch {
  ${kpi('AvgWait')}
  ${kpi('AvgServe')}
  ${kpi('AvgCall')}
  measurements Monthly from "data/branch.csv"
}
`;

describe('kpi-no-data', () => {
    test('fires at each KPI of a service without a value while another KPI of the service has one', async () => {
        const found = await measuredDiagnostics(rule, { 'spec.svc': branch, 'data/branch.csv': rows('AvgWait,2026-10,12') });
        expect(found).toEqual(['AvgServe', 'AvgCall'].map(name => ({
            file: 'spec.svc', line: lineOf(branch, `kpi ${name}`), column: 7, rule, severity: 'info',
            message: `KPI '${name}' has no measured value, while other KPIs of service 'Branch' have.`
        })));
    });

    test('a KPI whose rows are all invalid has no value', async () => {
        const found = await measuredDiagnostics(rule, { 'spec.svc': branch, 'data/branch.csv': rows('AvgWait,2026-10,12', 'AvgServe,2026-10,5 %', 'AvgCall,2026-10,3') });
        expect(found.map(entry => entry.line)).toEqual([lineOf(branch, 'kpi AvgServe')]);
    });

    test('is silent when no KPI of the service has data, even when other services and top-level KPIs have', async () => {
        const other = `service Other {\n  ${kpi('Speed')}\n}\n${kpi('Top')}\nmeasurements Top from "data/top.csv"\n`;
        expect(await measuredDiagnostics(rule, {
            'spec.svc': branch, 'other.svc': other, 'data/branch.csv': rows(), 'data/top.csv': rows('Other.Speed,2026-10,3', 'Top,2026-10,4')
        })).toEqual([]);
    });

    test('is silent when every KPI has data, and in a workspace without data', async () => {
        expect(await measuredDiagnostics(rule, { 'spec.svc': branch, 'data/branch.csv': rows('AvgWait,2026-10,12', 'AvgServe,2026-10,5', 'AvgCall,2026-10,3') })).toEqual([]);
        expect(await measuredDiagnostics(rule, { 'spec.svc': `service Branch {\n  ${kpi('AvgWait')}\n  ${kpi('AvgServe')}\n}\n` })).toEqual([]);
    });

    test('a top-level KPI fires when another top-level KPI of the workspace, in any file, has a value', async () => {
        const library = `${kpi('TidyRate')}\n${kpi('TidyScore')}\n`;
        const found = await measuredDiagnostics(rule, {
            'library.svc': library,
            'hq.svc': 'measurements HQ from "data/hq.csv"\n',
            'data/hq.csv': rows('TidyRate,2026-10,3')
        });
        expect(found).toEqual([{
            file: 'library.svc', line: 2, column: 5, rule, severity: 'info',
            message: "KPI 'TidyScore' has no measured value, while other top-level KPIs have."
        }]);
    });

    test('a top-level KPI is not compared with the KPIs of services', async () => {
        const text = `${kpi('TidyScore')}\nservice Counter {\n  ${kpi('AvgWait')}\n}\nmeasurements HQ from "data/hq.csv"\n`;
        expect(await measuredDiagnostics(rule, { 'spec.svc': text, 'data/hq.csv': rows('Counter.AvgWait,2026-10,3') })).toEqual([]);
    });

    test('speaks Chinese', async () => {
        const found = await measuredDiagnostics(rule, {
            'spec.svc': `${branch}${kpi('TopA')}\n${kpi('TopB')}\nmeasurements HQ from "data/hq.csv"\n`,
            'data/branch.csv': rows('AvgWait,2026-10,12', 'AvgServe,2026-10,5'), 'data/hq.csv': rows('TopA,2026-10,1')
        }, 'zh-CN');
        expect(found.map(entry => entry.message)).toEqual([
            'KPI“AvgCall”没有测量值，而服务“Branch”的其他 KPI 已有测量值。',
            'KPI“TopB”没有测量值，而其他顶层 KPI 已有测量值。'
        ]);
    });
});

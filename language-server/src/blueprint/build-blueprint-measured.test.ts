import { afterEach, describe, expect, test } from 'vitest';
import { checkMeasured, type MeasuredWorkspace } from '../../../test/helpers/measured-workspace.js';
import { buildBlueprint } from './build-blueprint.js';

const spec = (data: string) => `// svc-disable-next-line servqual-coverage, no-feedback-channel
service Desk "服务台" {
  actor Lead "主管" backstage
  standard Fast "快速响应" { dimension responsiveness kind hard target <= 15 min method system-log frequency monthly owner Lead }
  standard Kind "态度亲切" { dimension empathy kind soft target >= 4 score method survey frequency monthly owner Lead }
  kpi AvgWait "平均等候" { measures Fast formula "avg(wait)" unit min direction lower target 12 warning 15 period monthly source "叫号系统" owner Lead }
  kpi Friendly "亲切度" { measures Kind formula "avg(score)" unit score direction higher target 4.5 warning 4 period monthly source "问卷" owner Lead }
${data}}
`;

let workspace: MeasuredWorkspace | undefined;
afterEach(() => workspace?.remove());

async function modelOf(files: Record<string, string>) {
    workspace = await checkMeasured(files);
    const [file] = workspace.check.files;
    return buildBlueprint(file.document, workspace.check.services).services[0];
}

describe('the blueprint model of measured data', () => {
    test("a service's KPIs with data, its surveys, and each standard's verdict with the latest values", async () => {
        const service = await modelOf({
            'desk.svc': spec('  measurements Monthly from "data/kpi.csv"\n  survey Q3 from "data/q3.csv" scale 5\n'),
            'data/kpi.csv': 'kpi,period,value\nAvgWait,2026-10,0.3 h\nAvgWait,2026-09,10\n',
            'data/q3.csv': 'dimension,expectation,perception,importance\nempathy,5,4,30\n'
        });
        expect(service.measured?.dataElements).toBe(2);
        expect(service.measured?.kpis.map(kpi => [kpi.name, kpi.series.map(point => `${point.period}=${point.value}`)])).toEqual([
            ['AvgWait', ['2026-09=10', '2026-10=18']]
        ]);
        expect(service.measured?.kpis[0].series[1]).toMatchObject({ dataFile: 'data/kpi.csv', line: 2 });
        expect(service.measured?.surveys[0].dimensions).toEqual([
            { dimension: 'empathy', answered: 1, meanExpectation: 5, meanPerception: 4, gap: -1, meanImportance: 30 }
        ]);
        const fast = service.standards.find(standard => standard.name === 'Fast');
        expect(fast?.measured).toEqual([{ kpi: 'AvgWait', value: 18, unit: 'min', period: '2026-10', met: false }]);
        // No data for Friendly: no verdict on Kind.
        expect(service.standards.find(standard => standard.name === 'Kind')?.measured).toBeUndefined();
    });

    test('a service without data elements says so, with nothing measured', async () => {
        const service = await modelOf({ 'desk.svc': spec('') });
        expect(service.measured).toEqual({ dataElements: 0, kpis: [], surveys: [] });
        expect(service.standards.every(standard => standard.measured === undefined)).toBe(true);
    });
});

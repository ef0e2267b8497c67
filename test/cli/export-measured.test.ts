import { relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exportWorkspace, workspaceExportSchema, type WorkspaceExport } from '../../language-server/src/export/workspace-export.js';
import { checkMeasured, type MeasuredWorkspace } from '../helpers/measured-workspace.js';
import { runCli } from '../helpers/run-cli.js';

const desk = `service Desk "服务台" {
  actor Guest "客户" customer
  actor Clerk "柜员" frontstage
  process Main "办理" {
    step Ask "咨询" by Guest { evidence "号码牌" next Answer }
    step Answer "答复" by Clerk { standard Fast, Accurate next end }
  }
  standard Fast "半小时内办结" { dimension responsiveness kind hard target <= 30 min method system-log frequency monthly owner Clerk }
  standard Accurate "差错率低" { dimension reliability kind hard target >= 99 % method audit frequency monthly owner Clerk }
  standard Friendly "态度亲切" { dimension empathy kind soft method survey frequency monthly owner Clerk }
  kpi Speed "平均处理时长" { measures Fast formula "t" unit min direction lower target 25 warning 40 period monthly source "叫号系统" owner Clerk }
  kpi Rate "准确率" { measures Fast, Accurate, Friendly formula "ok / all" unit % direction higher target 98 warning 95 period monthly source "稽核" owner Clerk }
  kpi Balance "结余" { formula "in - out" unit CNY period monthly source "财务" owner Clerk }
  kpi Idle "空闲率" { formula "idle / all" unit % direction lower target 10 period monthly source "排班" owner Clerk }
  measurements Monthly "月度指标" from "data/kpi.csv"
  survey Q3 "三季度问卷" from "data/servqual.csv" scale 5
  survey Q4 "四季度问卷" from "data/missing.csv"
}
`;

const library = `kpi Calls "全行来电量" { formula "count(calls)" unit count direction lower target 200 warning 300 period weekly source "话务" owner Lead }
actor Lead "负责人" backstage
measurements Hq "总行周报" from "data/hq.csv"
`;

/** Speed: 0.5 h is 30 min, 1500 s is 25 min; the month 13 row is invalid and contributes nothing. */
const kpiCsv = `# 叫号系统月报，2026-11-05 导出
kpi,period,value,note
Speed,2026-07,20,
Speed,2026-09,0.5 h,"国庆前, 客流高峰"
Speed,2026-08,1500 s,
Rate,2026-10,97.5%,
Speed,2026-13,3,
Balance,2026-10,-1200.5,亏损
`;

const hqCsv = '指标,期间,数值\nCalls,2026-W40,100\nCalls,2026-W41,120\nCalls,2026-W42,130\nCalls,2026-W43,150\n';

const surveyCsv = '受访者,维度,期望,感知,重要性\nr1,reliability,5,3,30\nr2,可靠性,4,3,\nr1,移情性,4,4,20\nr2,empathy,5,,\n';

let workspace: MeasuredWorkspace;
let exported: WorkspaceExport;

beforeAll(async () => {
    workspace = await checkMeasured({ 'desk.svc': desk, 'library.svc': library, 'data/kpi.csv': kpiCsv, 'data/hq.csv': hqCsv, 'data/servqual.csv': surveyCsv });
    exported = exportWorkspace(workspace.check, file => relative(workspace.root, file), 'svc test');
});
afterAll(() => workspace.remove());

const measuredOf = (path: string) => exported.files.find(file => file.path === path)!.measured;

describe('svc export --format json: measured data', () => {
    test('each KPI with data: its series in the KPI unit, ordered by period, with the row each value came from', () => {
        const [speed] = measuredOf('desk.svc').kpis;
        expect(speed).toEqual({
            service: 'Desk', name: 'Speed', title: '平均处理时长', unit: 'min', direction: 'lower', target: 25, warning: 40,
            series: [
                { period: '2026-07', value: 20, dataFile: 'data/kpi.csv', line: 3 },
                { period: '2026-08', value: 25, dataFile: 'data/kpi.csv', line: 5 },
                { period: '2026-09', value: 30, dataFile: 'data/kpi.csv', line: 4 }
            ],
            status: {
                latest: { period: '2026-09', value: 30 },
                atWarning: false, offTarget: true, worsening: false,
                standards: [{ standard: 'Fast', verdict: 'met' }]
            }
        });
    });

    test("the status gives each measured standard's verdict; KPIs without data are left out", () => {
        const kpis = measuredOf('desk.svc').kpis;
        expect(kpis.map(kpi => kpi.name)).toEqual(['Speed', 'Rate', 'Balance']);
        // A rate in % of a time standard is a compliance rate; a standard without target has nothing to compare with.
        expect(kpis[1].status).toEqual({
            latest: { period: '2026-10', value: 97.5 }, atWarning: false, offTarget: true, worsening: false,
            standards: [{ standard: 'Fast', verdict: 'not-compared' }, { standard: 'Accurate', verdict: 'not-met' }, { standard: 'Friendly', verdict: 'not-compared' }]
        });
        expect(kpis[2]).toMatchObject({ name: 'Balance', unit: 'CNY', series: [{ period: '2026-10', value: -1200.5 }], status: { atWarning: false, offTarget: false, worsening: false, standards: [] } });
        // Optional fields the spec does not state are left out of the document.
        expect(JSON.parse(JSON.stringify(kpis[2]))).not.toHaveProperty('direction');
    });

    test('a top-level KPI has no service; four worse values in consecutive weeks are worsening', () => {
        expect(measuredOf('library.svc')).toEqual({
            kpis: [{
                name: 'Calls', title: '全行来电量', unit: 'count', direction: 'lower', target: 200, warning: 300,
                series: [['2026-W40', 100, 2], ['2026-W41', 120, 3], ['2026-W42', 130, 4], ['2026-W43', 150, 5]]
                    .map(([period, value, line]) => ({ period, value, dataFile: 'data/hq.csv', line })),
                status: { latest: { period: '2026-W43', value: 150 }, atWarning: false, offTarget: false, worsening: true, standards: [] }
            }],
            surveys: []
        });
    });

    test('each survey with a readable file: scale, answered rows and the gap of each dimension', () => {
        expect(measuredOf('desk.svc').surveys).toEqual([{
            service: 'Desk', name: 'Q3', title: '三季度问卷', dataFile: 'data/servqual.csv', scale: 5, answers: 3,
            dimensions: [
                { dimension: 'reliability', answered: 2, meanExpectation: 4.5, meanPerception: 3, gap: -1.5, meanImportance: 30 },
                { dimension: 'empathy', answered: 1, meanExpectation: 4, meanPerception: 4, gap: 0, meanImportance: 20 }
            ]
        }]);
    });

    test('the printed document matches its schema, keeps Chinese text and reports the measured data', () => {
        const run = runCli(['export', '.'], workspace.root);
        expect(run.status, run.stderr).toBe(0);
        const printed = workspaceExportSchema.parse(JSON.parse(run.stdout));
        expect(printed.files.map(file => file.measured)).toEqual(exported.files.map(file => file.measured));
        expect(run.stdout).toContain('"title": "平均处理时长"');
        expect(run.stdout).toContain('"title": "三季度问卷"');
    });

    test('the schema refuses a KPI without series and a verdict it does not know', () => {
        const file = exported.files.find(candidate => candidate.path === 'desk.svc')!;
        const withKpi = (kpi: object) => ({ ...exported, files: [{ ...file, measured: { ...file.measured, kpis: [kpi] } }] });
        const [speed] = file.measured.kpis;
        expect(workspaceExportSchema.safeParse(withKpi(speed)).success).toBe(true);
        expect(workspaceExportSchema.safeParse(withKpi({ ...speed, series: [] })).success).toBe(false);
        expect(workspaceExportSchema.safeParse(withKpi({ ...speed, status: { ...speed.status, standards: [{ standard: 'Fast', verdict: 'late' }] } })).success).toBe(false);
    });
});

describe('svc export --format csv --table measurements', () => {
    test('one row per valid value with the KPI status, UTF-8 with a BOM, CRLF, quoted where needed', () => {
        const run = runCli(['export', '.', '--format', 'csv', '--table', 'measurements'], workspace.root);
        expect(run.status, run.stderr).toBe(0);
        expect(run.stdout.startsWith('\uFEFF')).toBe(true);
        expect(run.stdout.slice(1).split('\r\n')).toEqual([
            'file,service,kpi,title,period,value,unit,target,warning,latest,status,worsening,standards_not_met,data_file,line',
            'desk.svc,Desk,Speed,平均处理时长,2026-07,20,min,25,40,,off-target,,,data/kpi.csv,3',
            'desk.svc,Desk,Speed,平均处理时长,2026-08,25,min,25,40,,off-target,,,data/kpi.csv,5',
            'desk.svc,Desk,Speed,平均处理时长,2026-09,30,min,25,40,yes,off-target,,,data/kpi.csv,4',
            'desk.svc,Desk,Rate,准确率,2026-10,97.5,%,98,95,yes,off-target,,Accurate,data/kpi.csv,6',
            // A negative number stays a number: no quote mark against formulas.
            'desk.svc,Desk,Balance,结余,2026-10,-1200.5,CNY,,,yes,,,,data/kpi.csv,8',
            'library.svc,,Calls,全行来电量,2026-W40,100,count,200,300,,on-target,yes,,data/hq.csv,2',
            'library.svc,,Calls,全行来电量,2026-W41,120,count,200,300,,on-target,yes,,data/hq.csv,3',
            'library.svc,,Calls,全行来电量,2026-W42,130,count,200,300,,on-target,yes,,data/hq.csv,4',
            'library.svc,,Calls,全行来电量,2026-W43,150,count,200,300,yes,on-target,yes,,data/hq.csv,5',
            ''
        ]);
    });

    test('a KPI title that would read as a formula is quoted as text', async () => {
        const formula = await checkMeasured({
            'desk.svc': 'kpi Sum "=SUM(A1:A9), 合计" { unit count period monthly }\nmeasurements M "m" from "kpi.csv"\n',
            'kpi.csv': 'kpi,period,value\nSum,2026-10,-3\n'
        });
        try {
            const lines = runCli(['export', '.', '--format', 'csv', '--table', 'measurements'], formula.root).stdout.split('\r\n');
            expect(lines[1]).toBe(`desk.svc,,Sum,"'=SUM(A1:A9), 合计",2026-10,-3,count,,,yes,,,,kpi.csv,2`);
        } finally {
            formula.remove();
        }
    });

    test('an unknown table is refused with the tables there are', () => {
        const run = runCli(['export', '.', '--format', 'csv', '--table', 'surveys'], workspace.root);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain("--table must be standards, kpis or measurements, not 'surveys'");
    });
});

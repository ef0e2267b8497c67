import { EmptyFileSystem, URI } from 'langium';
import { beforeAll, describe, expect, test } from 'vitest';
import { isKpi, isService, type Kpi, type Model, type Service } from '../generated/ast.js';
import { serviceElements } from '../model/service-elements.js';
import { createNodeSvcServices } from '../svc-node-services.js';
import { parseCsvTable } from './csv-table.js';
import { measurementColumns } from './data-columns.js';
import { KpiNames } from './kpi-names.js';
import { MeasurementCollector, type MeasurementFileResult } from './measurement-rows.js';
import { formatPeriod } from './periods.js';

const spec = `service Counter "对公柜台" {
  standard Quick "等候不超过20分钟" { dimension responsiveness target <= 20 min }
  kpi AvgWait "平均等候" { measures Quick unit min period monthly }
  kpi OnTime "准时率" { unit % period monthly }
  kpi Visits "来访量" { period weekly }
  kpi Score "评分" { unit score }
}
kpi Yearly "年度指标" { unit count period yearly }
`;

let names: KpiNames;
let counter: Service;
let kpis: Record<string, Kpi>;

beforeAll(async () => {
    const { shared } = createNodeSvcServices(EmptyFileSystem);
    const document = shared.workspace.LangiumDocumentFactory.fromString(spec, URI.file('/workspace/counter.svc'));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document]);
    expect(document.parseResult.parserErrors).toEqual([]);
    const model = document.parseResult.value as Model;
    counter = model.elements.filter(isService)[0];
    kpis = Object.fromEntries([...serviceElements(counter), ...model.elements].filter(isKpi).map(kpi => [kpi.name, kpi]));
    names = new KpiNames(shared.workspace.IndexManager);
});

const header = 'kpi,period,value\n';

/** Reads data files (`body`: the text after the header line) of the Counter service into `collector`, then checks them: each file's result. */
function checkFiles(collector: MeasurementCollector, ...files: Array<[body: string, file: string]>): MeasurementFileResult[] {
    for (const [body, file] of files) {
        const table = parseCsvTable(header + body, measurementColumns);
        expect(table.missingColumns).toEqual([]);
        collector.read(file, table.rows, counter);
    }
    return collector.check(undefined);
}

function addFile(collector: MeasurementCollector, body: string, file = '/workspace/data/kpi.csv'): MeasurementFileResult {
    return checkFiles(collector, [body, file])[0];
}

/** Each problem as `line:column message` (1-based, as editors show them). */
function problems(result: MeasurementFileResult, locale: 'en' | 'zh-CN' = 'en'): string[] {
    return result.problems.map(({ range, problem }) => `${range.start.line + 1}:${range.start.character + 1} ${problem[locale]}`);
}

/** A KPI's valid values as `period=value@line`. */
function series(collector: MeasurementCollector, kpi: string): string[] {
    return (collector.values.get(kpis[kpi])?.points ?? []).map(point => `${formatPeriod(point.period)}=${point.value}@${point.line + 1}`);
}

describe('MeasurementCollector, valid rows', () => {
    test('give points in the KPI unit, with the file and the line of their row', () => {
        const collector = new MeasurementCollector(names);
        const result = addFile(collector, '# comment\nAvgWait,2026-09,9.5\n\nAvgWait,2026-10,0.5 h\nOnTime,2026-10,82%\n');
        expect(result.problems).toEqual([]);
        expect(series(collector, 'AvgWait')).toEqual(['2026-09=9.5@3', '2026-10=30@5']);
        expect(collector.values.get(kpis.AvgWait)!.points[0]).toMatchObject({ file: '/workspace/data/kpi.csv', line: 2 });
        expect(series(collector, 'OnTime')).toEqual(['2026-10=82@6']);
    });

    test('find the kpi cell of every row that names a KPI, valid or not', () => {
        const collector = new MeasurementCollector(names);
        const result = addFile(collector, 'AvgWait,2026-09,9.5\nAvgWait,2026-13,1\nNone,2026-09,1\n');
        const at = (line: number, character: number) => {
            const cell = result.kpiCellAt({ line, character });
            return cell && `${cell.range.start.line + 1}:${cell.range.start.character + 1}-${cell.range.end.character + 1} ${cell.kpi.name}`;
        };
        // Both ends of the cell count; the period cell, the header, a row naming nothing and lines past the end do not.
        expect([at(1, 0), at(1, 7), at(2, 3), at(3, 1), at(1, 9), at(0, 1), at(9, 0)])
            .toEqual(['2:1-8 AvgWait', '2:1-8 AvgWait', '3:1-8 AvgWait', undefined, undefined, undefined, undefined]);
    });
});

describe('MeasurementCollector, checks in the order KPI, period, granularity, value and unit, duplicate', () => {
    let collector: MeasurementCollector;
    let result: MeasurementFileResult;

    beforeAll(() => {
        collector = new MeasurementCollector(names);
        result = addFile(collector, [
            'AvgWait,2026-09,9.5',
            'AvgWiat,2026-13,abc', // KPI before period
            'AvgWait,2026-13,abc', // period before value
            'AvgWait,2026-W40,abc', // granularity before value
            'AvgWait,2026-09,abc', // value before duplicate
            'AvgWait,2026-09,5 %', // unit before duplicate
            'AvgWait,2026-09,9', // duplicate
            'Quick,2026-09,9' // a standard is no KPI
        ].join('\n'));
    });

    test('one problem a row, at the cell that has it', () => {
        expect(problems(result)).toEqual([
            "3:1 No KPI named 'AvgWiat' is in scope in service 'Counter'. Did you mean 'AvgWait'?",
            "4:9 '2026-13': there is no month 13; months are 01 to 12.",
            "5:9 '2026-W40' is a weekly period, but KPI 'AvgWait' is measured monthly (its period is monthly).",
            "6:17 'abc' is not a number: write a number such as 9.5, optionally followed by a unit (11 min, 82%).",
            "7:17 '%' does not convert to the KPI's unit 'min'; units that do: s, min, h, d.",
            "8:9 KPI 'AvgWait' already has a value for 2026-09 (line 2): one value per KPI and period.",
            "9:1 'Quick' names a standard, not a KPI: the kpi column takes KPI names."
        ]);
    });

    test('an unknown KPI carries what was written and the suggestions, for the quick fix', () => {
        expect(result.problems[0].unknownKpi).toEqual({ name: 'AvgWiat', suggestions: ['AvgWait'] });
        expect(result.problems[1].unknownKpi).toBeUndefined();
    });

    test('invalid rows contribute nothing', () => {
        expect(series(collector, 'AvgWait')).toEqual(['2026-09=9.5@2']);
    });
});

describe('MeasurementCollector, a KPI without period', () => {
    test('takes the granularity of its first row; rows of another are invalid', () => {
        const collector = new MeasurementCollector(names);
        const result = addFile(collector, 'Score,2026-Q3,4.1\nScore,2026-09,4.2\nScore,2026-Q4,4.3\n');
        expect(problems(result)).toEqual(["3:7 '2026-09' is a monthly period, but KPI 'Score' is measured quarterly (its first valid row is quarterly)."]);
        expect(problems(result, 'zh-CN')).toEqual(['3:7 “2026-09”是按月的期间，但 KPI“Score”按季度统计（其第一条有效数据为按季度）。']);
        expect(series(collector, 'Score')).toEqual(['2026-Q3=4.1@2', '2026-Q4=4.3@4']);
    });

    test('an invalid first row does not decide the granularity: the first valid row does', () => {
        const collector = new MeasurementCollector(names);
        const result = addFile(collector, 'Score,2026-Q3,high\nScore,2026-09,4.2\nScore,2026-10,4.3\nScore,2026-Q4,4.4\n');
        expect(problems(result).map(problem => problem.slice(0, 4))).toEqual(['2:15', '5:7 ']);
        expect(series(collector, 'Score')).toEqual(['2026-09=4.2@3', '2026-10=4.3@4']);
    });

    test('the granularity carries over to the next file', () => {
        const collector = new MeasurementCollector(names);
        const [, later] = checkFiles(collector, ['Score,2026-W01,4\n', '/workspace/data/a.csv'], ['Score,2026,4\n', '/workspace/data/b.csv']);
        expect(problems(later)).toEqual([
            "2:7 '2026' is a yearly period, but KPI 'Score' is measured weekly (its first valid row is weekly)."
        ]);
    });
});

describe('MeasurementCollector, granularity of a KPI with period', () => {
    test('in Chinese, naming the period the KPI declares', () => {
        const collector = new MeasurementCollector(names);
        expect(problems(addFile(collector, 'Visits,2026-10-05,120\n'), 'zh-CN')).toEqual([
            '2:8 “2026-10-05”是按日的期间，但 KPI“Visits”按周统计（其 period 为 weekly）。'
        ]);
    });

    test('a top-level KPI by its name, a member of another scope as Service.Member', () => {
        const collector = new MeasurementCollector(names);
        expect(problems(addFile(collector, 'Yearly,2026,3\nCounter.OnTime,2026-09,90\n'))).toEqual([]);
        expect(series(collector, 'Yearly')).toEqual(['2026=3@2']);
        expect(series(collector, 'OnTime')).toEqual(['2026-09=90@3']);
    });
});

describe('MeasurementCollector, values and units', () => {
    test('a KPI without unit takes plain numbers only', () => {
        const collector = new MeasurementCollector(names);
        expect(problems(addFile(collector, 'Visits,2026-W40,120\nVisits,2026-W41,130 count\n'))).toEqual([
            "3:17 The KPI has no unit, so its values are plain numbers: remove 'count'."
        ]);
        expect(series(collector, 'Visits')).toEqual(['2026-W40=120@2']);
    });
});

describe('MeasurementCollector, duplicates', () => {
    test('are decided against valid rows only', () => {
        const collector = new MeasurementCollector(names);
        const result = addFile(collector, 'AvgWait,2026-09,n/a\nAvgWait,2026-09,9\nAvgWait,2026-09,10\n');
        expect(problems(result).map(problem => problem.slice(0, 4))).toEqual(['2:17', '4:9 ']);
        expect(problems(result)[1]).toContain('(line 3)');
        expect(series(collector, 'AvgWait')).toEqual(['2026-09=9@3']);
    });

    test('name the earlier file relative to the folder of the later one: two folders may hold a kpi.csv', () => {
        const collector = new MeasurementCollector(names);
        const [, result] = checkFiles(collector, ['Score,2026-Q3,4\n', '/workspace/branch-a/kpi.csv'], ['Score,2026-Q3,5\n', '/workspace/branch-b/kpi.csv']);
        expect(problems(result)[0]).toContain('(../branch-a/kpi.csv, line 2)');
    });

    test('span files, naming the file of the first value; a period is the same however written', () => {
        const collector = new MeasurementCollector(names);
        const [, result] = checkFiles(collector, ['Score,2026-Q3,4\n', '/workspace/data/a.csv'], ['Score,2026-q3,5\n', '/workspace/data/b.csv']);
        expect(problems(result)).toEqual(["2:7 KPI 'Score' already has a value for 2026-Q3 (a.csv, line 2): one value per KPI and period."]);
        expect(problems(result, 'zh-CN')).toEqual(['2:7 KPI“Score”在 2026-Q3 已有数值（a.csv 第 2 行）：每个 KPI 每个期间只能有一个数值。']);
        expect(collector.values.get(kpis.Score)?.points).toEqual([expect.objectContaining({ value: 4, file: '/workspace/data/a.csv', line: 1 })]);
    });

    test('are per KPI: another KPI may have the same period', () => {
        const collector = new MeasurementCollector(names);
        expect(addFile(collector, 'AvgWait,2026-09,9\nOnTime,2026-09,90\n').problems).toEqual([]);
    });
});

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { AstUtils, EmptyFileSystem, URI, type AstNode } from 'langium';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { isKpi, isSurvey, type Kpi, type Survey } from '../generated/ast.js';
import { type SvcServices } from '../svc-module.js';
import { createNodeSvcServices } from '../svc-node-services.js';
import { dataElementProblems } from './data-element-problems.js';
import { isDataElement, resolveElementFile, workspaceDataElements, type DataElement } from './data-elements.js';
import { dataFileProblems } from './data-file-problems.js';
import { DataFileSource } from './data-file-source.js';
import { KpiNames } from './kpi-names.js';
import { MeasuredAnalysis, type AnalysisInputs } from './measured-analysis.js';
import { measurementColumns } from './data-columns.js';
import { parsed } from './parse-result.js';
import { formatPeriod } from './periods.js';
import { nodeWorkspaceFiles } from '../files/node-workspace-files.js';

let root: string;

beforeEach(() => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'svc-measured-analysis-')));
    // The data root of every spec below: no svc.config.json above the temporary folder can interfere.
    writeFileSync(join(root, 'svc.config.json'), '{}\n');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

const counter = (members: string) => `service Counter "对公柜台" {
  kpi AvgWait "平均等候" { unit min direction lower target 10 warning 15 period monthly }
  kpi OnTime "准时率" { unit % period monthly }
${members}
}
`;

interface Workspace {
    analysis: MeasuredAnalysis;
    services: SvcServices;
    element(name: string): DataElement;
    kpi(name: string): Kpi;
}

/**
 * Writes files (path under the root → content), builds the specs among them as
 * one workspace, in the order given, and analyses its measured data — by the
 * service's analysis, or with `resolve` in place of the data root's.
 */
async function analyse(files: Record<string, string | Uint8Array>, resolve?: AnalysisInputs['resolve']): Promise<Workspace> {
    for (const [path, content] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), content);
    }
    const { shared, Svc } = createNodeSvcServices(EmptyFileSystem);
    const documents = Object.entries(files).filter(([path]) => path.endsWith('.svc')).map(([path, text]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(String(text), URI.file(join(root, path)));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents);
    for (const document of documents) expect(document.parseResult.parserErrors).toEqual([]);
    const nodes = documents.flatMap(document => AstUtils.streamAllContents(document.parseResult.value).toArray());
    const named = <T extends AstNode & { name: string }>(is: (node: AstNode) => node is T) => (name: string): T => {
        const found = nodes.filter(is).find(node => node.name === name);
        if (!found) throw new Error(`no ${name}`);
        return found;
    };
    const analysis = resolve
        ? new MeasuredAnalysis({
            elements: workspaceDataElements(shared.workspace.LangiumDocuments),
            resolve, source: new DataFileSource(nodeWorkspaceFiles), names: new KpiNames(shared.workspace.IndexManager)
        })
        : Svc.measured.MeasuredData.current();
    return { analysis, services: Svc, element: named(isDataElement), kpi: named(isKpi) };
}

/** A KPI's valid values as `period=value`. */
function valuesOf(workspace: Workspace, kpi: string): string[] | undefined {
    return workspace.analysis.kpi(workspace.kpi(kpi))?.points.map(point => `${formatPeriod(point.period)}=${point.value}`);
}

/** A file's invalid rows as `line message` (1-based). */
function rowProblems(workspace: Workspace, element: string): string[] | undefined {
    return workspace.analysis.dataFileOf(workspace.element(element))?.problems.map(({ range, problem }) => `${range.start.line + 1} ${problem.en}`);
}

describe('MeasuredAnalysis, a usable file', () => {
    test('reports the file: its real path, owner, encoding, rows, invalid rows and KPI cells', async () => {
        const workspace = await analyse({
            'spec.svc': counter('  measurements Monthly from "data/kpi.csv"'),
            'data/kpi.csv': 'kpi,period,value\nAvgWait,2026-09,9.5\nAvgWait,2026-10,abc\nNone,2026-10,1\n'
        });
        const monthly = workspace.element('Monthly');
        expect(workspace.analysis.problemOf(monthly)).toBeUndefined();
        const report = workspace.analysis.dataFileOf(monthly)!;
        expect(report).toMatchObject({ path: join(root, 'data/kpi.csv'), owner: monthly, encoding: 'utf-8', rows: 3 });
        expect(report.problems.map(problem => problem.range.start.line + 1)).toEqual([3, 4]);
        expect([1, 2, 3].map(line => report.kpiCellAt({ line, character: 0 })?.kpi.name)).toEqual(['AvgWait', 'AvgWait', undefined]);
        expect(workspace.analysis.dataFiles).toEqual([report]);
    });

    test("gives each KPI its status and points; none for a KPI without a valid value; the same data when asked again", async () => {
        const workspace = await analyse({
            'spec.svc': counter('  measurements Monthly from "data/kpi.csv"'),
            'data/kpi.csv': 'kpi,period,value\nAvgWait,2026-10,16\nAvgWait,2026-09,0.2 h\nOnTime,2026-09,x\n'
        });
        const data = workspace.analysis.kpi(workspace.kpi('AvgWait'))!;
        expect(data.status.series.map(point => point.value)).toEqual([12, 16]);
        expect(data.status.latest?.value).toBe(16);
        expect(data.status.atWarning).toBe(true);
        expect(data.points.map(point => [point.file, point.line + 1])).toEqual([[join(root, 'data/kpi.csv'), 2], [join(root, 'data/kpi.csv'), 3]]);
        expect(workspace.analysis.kpi(workspace.kpi('AvgWait'))).toBe(data);
        expect(workspace.analysis.kpi(workspace.kpi('OnTime'))).toBeUndefined();
    });

    test('reads a GB18030 file with Chinese headers', async () => {
        const gb18030 = Buffer.concat([Buffer.from('d6b8b1ea2cc6dabce42ccafdd6b5', 'hex'), Buffer.from('\nAvgWait,2026-09,9.5\n')]);
        const workspace = await analyse({ 'spec.svc': counter('  measurements Monthly from "kpi.csv"'), 'kpi.csv': gb18030 });
        expect(workspace.analysis.dataFileOf(workspace.element('Monthly'))?.encoding).toBe('gb18030');
        expect(valuesOf(workspace, 'AvgWait')).toEqual(['2026-09=9.5']);
    });

    test('a top-level measurements resolves top-level names and Service.Member', async () => {
        const workspace = await analyse({
            'counter.svc': counter(''),
            'top.svc': 'kpi Visits "来访量" { period yearly }\nmeasurements HQ from "hq.csv"\n',
            'hq.csv': 'kpi,period,value\nVisits,2026,100\nCounter.AvgWait,2026-09,9\nAvgWait,2026-10,9\n'
        });
        expect(valuesOf(workspace, 'Visits')).toEqual(['2026=100']);
        expect(valuesOf(workspace, 'AvgWait')).toEqual(['2026-09=9']);
        expect(rowProblems(workspace, 'HQ')).toEqual(["4 No KPI named 'AvgWait' is in scope at the top level. Did you mean 'Counter.AvgWait'?"]);
    });
});

describe('MeasuredAnalysis, data-file-invalid', () => {
    test('a path that resolves to no file: the problem, and no report', async () => {
        const workspace = await analyse({ 'spec.svc': counter('  measurements Monthly from "data/none.csv"') });
        const monthly = workspace.element('Monthly');
        expect(workspace.analysis.problemOf(monthly)).toEqual(dataFileProblems.missing('data/none.csv').problem);
        expect(workspace.analysis.dataFileOf(monthly)).toBeUndefined();
        expect(workspace.analysis.dataFiles).toEqual([]);
    });

    test('a file already bound by an earlier element: specs in the order of their paths, then text order', async () => {
        const workspace = await analyse({
            // Added first, but b.svc comes after a.svc.
            'b.svc': 'measurements Late from "data/kpi.csv"\n',
            'a.svc': counter('  measurements First from "data/kpi.csv"\n  measurements Second from "./data/../data/kpi.csv"'),
            'data/kpi.csv': 'kpi,period,value\nCounter.AvgWait,2026-09,9\n'
        });
        const first = workspace.element('First');
        expect(workspace.analysis.problemOf(first)).toBeUndefined();
        expect(workspace.analysis.dataFileOf(first)?.owner).toBe(first);
        expect(workspace.analysis.problemOf(workspace.element('Second'))).toEqual(dataElementProblems.alreadyBound('./data/../data/kpi.csv', first));
        expect(workspace.analysis.problemOf(workspace.element('Late'))).toEqual({
            en: "'data/kpi.csv' is already bound by 'First' (a.svc, line 4): each data file belongs to one element.",
            'zh-CN': '“data/kpi.csv”已由“First”（a.svc 第 4 行）引用：每个数据文件只能属于一个元素。'
        });
        // The file is read once, for its owner.
        expect(workspace.analysis.dataFiles).toHaveLength(1);
        expect(valuesOf(workspace, 'AvgWait')).toEqual(['2026-09=9']);
    });

    test('a symbolic link to a bound file binds the same file', async () => {
        mkdirSync(join(root, 'data'));
        symlinkSync('kpi.csv', join(root, 'data/link.csv'));
        const workspace = await analyse({
            'spec.svc': counter('  measurements First from "data/kpi.csv"\n  measurements Linked from "data/link.csv"'),
            'data/kpi.csv': 'kpi,period,value\n'
        });
        expect(workspace.analysis.problemOf(workspace.element('Linked'))?.en).toContain("is already bound by 'First'");
    });

    test('a file that cannot be read after it resolved (a FIFO, never opened blocking), quoting the path as written', async () => {
        const fifo = join(root, 'pipe.csv');
        execFileSync('mkfifo', [fifo]);
        const workspace = await analyse({ 'spec.svc': counter('  measurements Monthly from "pipe.csv"') }, () => parsed(fifo));
        expect(workspace.analysis.problemOf(workspace.element('Monthly'))).toEqual(dataFileProblems.notRegularFile('pipe.csv').problem);
        expect(workspace.analysis.dataFiles).toEqual([]);
    });

    test('missing columns: the problem, no report and no values', async () => {
        const workspace = await analyse({
            'spec.svc': counter('  measurements Monthly from "kpi.csv"'),
            'kpi.csv': 'kpi,period,amount\nAvgWait,2026-09,9\n'
        });
        const monthly = workspace.element('Monthly');
        expect(workspace.analysis.problemOf(monthly)).toEqual(dataElementProblems.missingColumns('kpi.csv', ['value'], measurementColumns));
        expect(workspace.analysis.dataFileOf(monthly)).toBeUndefined();
        expect(valuesOf(workspace, 'AvgWait')).toBeUndefined();
    });

    test('a CSV syntax problem: the problem, and the rows before it still count', async () => {
        const workspace = await analyse({
            'spec.svc': counter('  measurements Monthly from "kpi.csv"'),
            'kpi.csv': 'kpi,period,value\nAvgWait,2026-09,9\nAvgWait,2026-10,"10\nAvgWait,2026-11,11\n'
        });
        const monthly = workspace.element('Monthly');
        expect(workspace.analysis.problemOf(monthly)?.en).toBe(
            "'kpi.csv' is not valid CSV on line 3: A quoted cell is never closed: a '\"' opens it here and no '\"' closes it before the end of the file. The rows before it are read.");
        expect(workspace.analysis.dataFileOf(monthly)?.rows).toBe(1);
        expect(valuesOf(workspace, 'AvgWait')).toEqual(['2026-09=9']);
    });

    test('a spec that is no file (an unsaved editor) has neither a problem nor a report', async () => {
        const { shared, Svc } = createNodeSvcServices(EmptyFileSystem);
        const document = shared.workspace.LangiumDocumentFactory.fromString(counter('  measurements Monthly from "kpi.csv"'), URI.parse('untitled:/Untitled-1.svc'));
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document]);
        const [monthly] = workspaceDataElements(shared.workspace.LangiumDocuments);
        const analysis = Svc.measured.MeasuredData.current();
        expect(analysis.problemOf(monthly)).toBeUndefined();
        expect(analysis.dataFileOf(monthly)).toBeUndefined();
        expect(resolveElementFile(monthly, Svc.config.ConfigProvider)).toBeUndefined();
    });
});

describe('MeasuredAnalysis, files in the order of their paths', () => {
    test('the first value of a KPI and period is that of the file whose path comes first, whatever the order in the spec', async () => {
        const workspace = await analyse({
            'spec.svc': counter('  measurements Zulu from "data/z.csv"\n  measurements Alpha from "data/a.csv"'),
            'data/z.csv': 'kpi,period,value\nAvgWait,2026-09,20\nAvgWait,2026-10,21\n',
            'data/a.csv': 'kpi,period,value\nAvgWait,2026-09,10\n'
        });
        expect(valuesOf(workspace, 'AvgWait')).toEqual(['2026-09=10', '2026-10=21']);
        expect(rowProblems(workspace, 'Alpha')).toEqual([]);
        expect(rowProblems(workspace, 'Zulu')).toEqual(["2 KPI 'AvgWait' already has a value for 2026-09 (a.csv, line 2): one value per KPI and period."]);
        expect(workspace.analysis.dataFiles.map(report => report.owner.name)).toEqual(['Alpha', 'Zulu']);
    });

    test('paths compare by code units: upper case before lower case, a folder by its name', async () => {
        const workspace = await analyse({
            'spec.svc': counter('  measurements Lower from "data/a.csv"\n  measurements Upper from "data/B.csv"\n  measurements Nested from "data/a/x.csv"'),
            'data/a.csv': 'kpi,period,value\nAvgWait,2026-09,1\n',
            'data/B.csv': 'kpi,period,value\nAvgWait,2026-09,2\n',
            'data/a/x.csv': 'kpi,period,value\nAvgWait,2026-09,3\n'
        });
        expect(valuesOf(workspace, 'AvgWait')).toEqual(['2026-09=2']);
        expect(workspace.analysis.dataFiles.map(report => report.owner.name)).toEqual(['Upper', 'Lower', 'Nested']);
    });

    test('the first granularity of a KPI without period is that of the first file by path', async () => {
        const workspace = await analyse({
            'spec.svc': 'service S {\n  kpi Score "评分" { unit score }\n  measurements Second from "b.csv"\n  measurements First from "a.csv"\n}\n',
            'a.csv': 'kpi,period,value\nScore,2026-Q3,4\n',
            'b.csv': 'kpi,period,value\nScore,2026-09,4\n'
        });
        expect(rowProblems(workspace, 'Second')).toEqual(["2 '2026-09' is a monthly period, but KPI 'Score' is measured quarterly (its first valid row is quarterly)."]);
    });
});

describe('MeasuredAnalysis, surveys', () => {
    const survey = (workspace: Workspace, name: string) => workspace.element(name) as Survey;

    test('gives the scale, the answered rows and the gap of each dimension', async () => {
        const workspace = await analyse({
            'spec.svc': 'service Clinic {\n  survey Q3 "三季度问卷" from "q3.csv" scale 5\n}\n',
            'q3.csv': 'respondent,dimension,expectation,perception\np1,reliability,5,3\np2,可靠性,4,3\np3,empathy,,4\np4,empathy,4,5\np5,friendliness,5,5\n'
        });
        const q3 = survey(workspace, 'Q3');
        expect(isSurvey(q3)).toBe(true);
        const data = workspace.analysis.survey(q3)!;
        expect(data.scale).toBe(5);
        expect(data.answers).toBe(3);
        expect(data.gaps.map(gap => [gap.dimension, gap.answered, gap.gap])).toEqual([['reliability', 2, -1.5], ['empathy', 1, 1]]);
        expect(rowProblems(workspace, 'Q3')).toEqual([expect.stringMatching(/^6 'friendliness' is not a SERVQUAL dimension/)]);
    });

    test('the scale defaults to 7', async () => {
        const workspace = await analyse({
            'spec.svc': 'service Clinic {\n  survey Q3 from "q3.csv"\n}\n',
            'q3.csv': 'dimension,expectation,perception\nreliability,7,6\nempathy,8,6\n'
        });
        expect(workspace.analysis.survey(survey(workspace, 'Q3'))).toMatchObject({ scale: 7, answers: 1 });
        expect(rowProblems(workspace, 'Q3')).toEqual(["3 The expectation '8' lies outside the survey's scale of 1 to 7."]);
    });

    test('a survey whose file lacks a column has no data', async () => {
        const workspace = await analyse({
            'spec.svc': 'service Clinic {\n  survey Q3 from "kpi.csv"\n}\n',
            'kpi.csv': 'kpi,period,value\n'
        });
        expect(workspace.analysis.survey(survey(workspace, 'Q3'))).toBeUndefined();
        expect(workspace.analysis.problemOf(workspace.element('Q3'))?.en).toContain('lacks the columns dimension, expectation, perception');
    });
});

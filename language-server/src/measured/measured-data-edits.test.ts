import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AstUtils, URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { randomFrom } from '../../../test/helpers/text-edit-kit.js';
import { isKpi } from '../generated/ast.js';
import { type SvcServices } from '../svc-module.js';
import { createNodeSvcServices } from '../svc-node-services.js';
import { workspaceDataElements, resolveElementFile } from './data-elements.js';
import { DataFileSource } from './data-file-source.js';
import { KpiNames } from './kpi-names.js';
import { MeasuredAnalysis } from './measured-analysis.js';
import { formatPeriod } from './periods.js';
import { nodeWorkspaceFiles } from '../files/node-workspace-files.js';

const spec = `service Counter "对公柜台" {
  kpi AvgWait "平均等候" { unit min direction lower target 10 warning 15 }
  kpi OnTime "准时率" { unit % period daily }
  kpi Score "满意度" { unit score }
  measurements Daily from "kpi.csv"
}
`;

const rows = Array.from({ length: 60 }, (_, row) => {
    const kpi = ['AvgWait', 'OnTime', 'Score'][row % 3];
    const day = `2026-03-${String(Math.floor(row / 3) + 1).padStart(2, '0')}`;
    const value = kpi === 'AvgWait' ? (row % 2 ? `${row % 13} min` : `${300 + row} s`) : kpi === 'OnTime' ? `${90 + row % 10}%` : `${(row % 5) + 0.5}`;
    return `${kpi},${day},${value},${row % 4 ? '' : '"复核, ok"'}`;
});
const csv = ['# daily export', 'kpi,period,value,note', ...rows].join('\n') + '\n';

let root: string;
let services: SvcServices;
let document: LangiumDocument;
const csvPath = () => join(root, 'kpi.csv');

beforeEach(async () => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'svc-measured-edits-')));
    writeFileSync(join(root, 'svc.config.json'), '{}\n');
    writeFileSync(join(root, 'spec.svc'), spec);
    writeFileSync(csvPath(), csv);
    services = createNodeSvcServices(NodeFileSystem).Svc;
    document = await services.shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file(join(root, 'spec.svc')));
    await services.shared.workspace.DocumentBuilder.build([document]);
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Everything an analysis tells about the file and its KPIs, as plain data. */
function told(analysis: MeasuredAnalysis) {
    const kpis = AstUtils.streamAllContents(document.parseResult.value).filter(isKpi).toArray();
    const [element] = workspaceDataElements(services.shared.workspace.LangiumDocuments);
    const report = analysis.dataFileOf(element);
    return {
        problem: analysis.problemOf(element),
        rows: report?.rows,
        problems: report?.problems,
        kpiCells: Array.from({ length: 70 }, (_, line) => report?.kpiCellAt({ line, character: 1 })?.kpi.name),
        kpis: kpis.map(kpi => {
            const data = analysis.kpi(kpi);
            return data && { ...data.status, series: data.status.series.map(point => ({ ...point, period: formatPeriod(point.period) })),
                points: data.points.map(point => `${formatPeriod(point.period)}=${point.value}@${point.line}`) };
        })
    };
}

/** The analysis of `text` from scratch: a new source and new names. */
function fromScratch(text: string) {
    const source = new DataFileSource(nodeWorkspaceFiles);
    source.setOpen(csvPath(), 1, text);
    return told(new MeasuredAnalysis({
        elements: workspaceDataElements(services.shared.workspace.LangiumDocuments),
        resolve: element => resolveElementFile(element, services.config.ConfigProvider),
        source, names: new KpiNames(services.shared.workspace.IndexManager)
    }));
}

const edits: Array<[string, (text: string) => string]> = [
    ['a value changed', text => text.replace('Score,2026-03-05,4.5', 'Score,2026-03-05,4.9')],
    ['a value made invalid', text => text.replace('AvgWait,2026-03-07,318 s', 'AvgWait,2026-03-07,12 kg')],
    ['a KPI renamed to an unknown one', text => text.replace('OnTime,2026-03-02', 'OnTme,2026-03-02')],
    ['a period made a duplicate', text => text.replace('OnTime,2026-03-03', 'OnTime,2026-03-02')],
    ['the first row of a KPI given another granularity', text => text.replace('Score,2026-03-01', 'Score,2026-03')],
    ['a row inserted', text => text.replace('OnTime,2026-03-10', 'AvgWait,2026-04-30,1 h,\nOnTime,2026-03-10')],
    ['a row deleted', text => text.replace(/Score,2026-03-11,[^\n]*\n/, '')],
    ['the header edited', text => text.replace('kpi,period,value', 'kpi,periode,value')],
    ['the header mended', text => text.replace('kpi,periode,value', 'kpi,period,value')],
    ['a malformed row (a stray quote)', text => text.replace('AvgWait,2026-03-13', 'AvgWait,20"26-03-13')],
    ['the malformed row mended', text => text.replace('AvgWait,20"26-03-13', 'AvgWait,2026-03-13')],
    ['a quoted note over two lines', text => text.replace('"复核, ok"', '"复核,\nok"')],
    ['a row emptied', text => text.replace(/OnTime,2026-03-15,[^\n]*/, ',,,')],
    ['the last row changed', text => text.replace(/Score,2026-03-20,[^,]*/, 'Score,2026-03-21,5')]
];

describe('measured data after editor edits equals a from-scratch analysis', () => {
    test('each edit of a session, read from the version before', () => {
        const data = services.measured.MeasuredData;
        let text = csv;
        data.source.setOpen(csvPath(), 1, text);
        expect(told(data.current())).toEqual(fromScratch(text));
        edits.forEach(([what, edit], index) => {
            const next = edit(text);
            expect(next, what).not.toBe(text);
            text = next;
            data.source.setOpen(csvPath(), index + 2, text);
            data.invalidate();
            expect(told(data.current()), what).toEqual(fromScratch(text));
        });
    });
});

/** A random edit of one cell of a data row; now and then a row inserted or deleted, or a note broken over two lines. */
function randomEdit(text: string, random: (below: number) => number): string {
    const lines = text.split('\n');
    const row = 2 + random(lines.length - 3);
    const cells = lines[row].split(',');
    const kpis = ['AvgWait', 'OnTime', 'Score', 'Unknown', 'Counter.Score'];
    const periods = ['2026-03-01', '2026-03-02', `2026-03-${String(1 + random(28)).padStart(2, '0')}`, '2026-03', '2026-W10', '2026-13'];
    const values = ['9', '10 min', '450 s', '95%', '4.5', 'n/a', '3 kg', ''];
    switch (random(12)) {
        case 0: lines.splice(row, 0, `${kpis[random(3)]},2026-04-${String(1 + random(28)).padStart(2, '0')},${values[random(values.length)]},`); break;
        case 1: lines.splice(row, 1); break;
        case 2: lines[row] = `${cells.slice(0, 3).join(',')},"note,\nover two lines"`; break;
        case 3: case 4: case 5: cells[0] = kpis[random(kpis.length)]; lines[row] = cells.join(','); break;
        case 6: case 7: cells[1] = periods[random(periods.length)]; lines[row] = cells.join(','); break;
        default: cells[2] = values[random(values.length)]; lines[row] = cells.join(',');
    }
    return lines.join('\n');
}

describe('measured data: an analysis after cell edits reuses what they did not touch', () => {
    test('a value edited: the KPIs no edited row names keep their values; the edited one is checked again', () => {
        const data = services.measured.MeasuredData;
        data.source.setOpen(csvPath(), 1, csv);
        const before = data.current().collected.values;
        data.source.setOpen(csvPath(), 2, csv.replace('Score,2026-03-05,4.5', 'Score,2026-03-05,4.9'));
        data.invalidate();
        const after = data.current().collected.values;
        const byName = (values: typeof before) => new Map([...values].map(([kpi, kept]) => [kpi.name, kept]));
        expect(byName(after).get('AvgWait')).toBe(byName(before).get('AvgWait'));
        expect(byName(after).get('OnTime')).toBe(byName(before).get('OnTime'));
        expect(byName(after).get('Score')).not.toBe(byName(before).get('Score'));
    });

    test('a KPI cell renamed: both the KPI it named and the one it names are checked again', () => {
        const data = services.measured.MeasuredData;
        data.source.setOpen(csvPath(), 1, csv);
        const before = new Map([...data.current().collected.values].map(([kpi, kept]) => [kpi.name, kept]));
        data.source.setOpen(csvPath(), 2, csv.replace('OnTime,2026-03-02,', 'Score,2026-03-02,'));
        data.invalidate();
        const after = new Map([...data.current().collected.values].map(([kpi, kept]) => [kpi.name, kept]));
        expect(after.get('AvgWait')).toBe(before.get('AvgWait'));
        expect(after.get('OnTime')).not.toBe(before.get('OnTime'));
        expect(after.get('Score')).not.toBe(before.get('Score'));
    });

    test.each([1, 2, 3])('200 random edits, each equal to a from-scratch analysis (seed %i)', seed => {
        const random = randomFrom(seed * 7919);
        const data = services.measured.MeasuredData;
        let text = csv;
        data.source.setOpen(csvPath(), 1, text);
        for (let edit = 0; edit < 200; edit++) {
            text = randomEdit(text, random);
            data.source.setOpen(csvPath(), edit + 2, text);
            data.invalidate();
            expect(told(data.current()), `edit ${edit}`).toEqual(fromScratch(text));
        }
    });
});

import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AstUtils, DocumentState, URI, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { isKpi, type Kpi } from '../generated/ast.js';
import { createNodeSvcServices } from '../svc-node-services.js';
import type { MeasuredAnalysis } from './measured-analysis.js';
import type { MeasuredData } from './measured-data.js';

const spec = (extra = '') => `service Counter "对公柜台" {
  kpi AvgWait "平均等候" { unit min period monthly }
${extra}  measurements Monthly from "kpi.csv"
}
`;

let root: string;
let shared: LangiumSharedCoreServices;
let data: MeasuredData;
let document: LangiumDocument;
const specPath = () => join(root, 'spec.svc');
const csvPath = () => join(root, 'kpi.csv');

beforeEach(async () => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'svc-measured-data-')));
    writeFileSync(join(root, 'svc.config.json'), '{}\n');
    writeFileSync(specPath(), spec());
    writeFileSync(csvPath(), 'kpi,period,value\nAvgWait,2026-09,9\n');
    const services = createNodeSvcServices(NodeFileSystem);
    shared = services.shared;
    data = services.Svc.measured.MeasuredData;
    document = await shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file(specPath()));
    await shared.workspace.DocumentBuilder.build([document]);
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

function kpiNamed(name: string): Kpi {
    const found = AstUtils.streamAllContents(document.parseResult.value).filter(isKpi).find(kpi => kpi.name === name);
    if (!found) throw new Error(`no KPI ${name}`);
    return found;
}

const latestOf = (analysis: MeasuredAnalysis, name: string) => analysis.kpi(kpiNamed(name))?.status.latest?.value;

describe('MeasuredData', () => {
    test('current() reuses the analysis while no document was indexed again: a changed data file waits for invalidate()', async () => {
        const first = data.current();
        expect(latestOf(first, 'AvgWait')).toBe(9);
        writeFileSync(csvPath(), 'kpi,period,value\nAvgWait,2026-09,12\n');
        expect(data.current()).toBe(first);
        // An update that changes no document, as after a data file's edit, reads no new syntax tree or index.
        await shared.workspace.DocumentBuilder.update([], []);
        expect(data.current()).toBe(first);
        expect(latestOf(data.current(), 'AvgWait')).toBe(9);
        data.invalidate();
        expect(latestOf(data.current(), 'AvgWait')).toBe(12);
    });

    test('a build makes a new analysis', async () => {
        const first = data.current();
        writeFileSync(csvPath(), 'kpi,period,value\nAvgWait,2026-09,12\n');
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        expect(data.current()).not.toBe(first);
        expect(latestOf(data.current(), 'AvgWait')).toBe(12);
    });

    test('an update of the documents makes a new analysis from the new syntax trees', async () => {
        const first = data.current();
        writeFileSync(specPath(), spec('  kpi Served "办理笔数" { unit count period monthly }\n'));
        writeFileSync(csvPath(), 'kpi,period,value\nAvgWait,2026-09,9\nServed,2026-09,120\n');
        await shared.workspace.DocumentBuilder.update([document.uri], []);
        document = shared.workspace.LangiumDocuments.getDocument(document.uri)!;
        expect(data.current()).not.toBe(first);
        expect(latestOf(data.current(), 'Served')).toBe(120);
    });

    test('invalidate() drops the analysis: the next current() reads the files again', () => {
        const first = data.current();
        writeFileSync(csvPath(), 'kpi,period,value\nAvgWait,2026-09,15\n');
        data.invalidate();
        expect(latestOf(data.current(), 'AvgWait')).toBe(15);
        expect(data.current()).not.toBe(first);
    });

    test("an analysis asked for while a build has not indexed the new syntax trees is not kept for the build's validation", async () => {
        let early: MeasuredAnalysis | undefined;
        // As a request served while the build waits between its phases would ask.
        shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Parsed, () => {
            early = data.current();
        });
        writeFileSync(specPath(), spec('  kpi Served "办理笔数" { unit count period monthly }\n'));
        // A qualified name resolves through the index, which the parse phase has not updated yet.
        writeFileSync(csvPath(), 'kpi,period,value\nCounter.Served,2026-09,120\n');
        await shared.workspace.DocumentBuilder.update([document.uri], []);
        document = shared.workspace.LangiumDocuments.getDocument(document.uri)!;
        expect(early).toBeDefined();
        expect(early!.kpi(kpiNamed('Served'))).toBeUndefined();
        expect(data.current()).not.toBe(early);
        expect(latestOf(data.current(), 'Served')).toBe(120);
    });

    test("reads the editor's text of an open data file once the analysis is made again", () => {
        expect(latestOf(data.current(), 'AvgWait')).toBe(9);
        data.source.setOpen(csvPath(), 1, 'kpi,period,value\nAvgWait,2026-09,14\n');
        data.invalidate();
        expect(latestOf(data.current(), 'AvgWait')).toBe(14);
    });
});

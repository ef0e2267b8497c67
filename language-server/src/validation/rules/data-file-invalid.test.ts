import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Locale } from '#protocol/locale.js';
import { createNodeSvcServices } from '../../svc-node-services.js';
import { messageText } from '../svc-document-validator.js';

const rule = 'data-file-invalid';
const goodMeasurements = 'kpi,period,value,note\nAvgWait,2026-09,9.5,\n';
const goodSurvey = 'respondent,dimension,expectation,perception\nr001,reliability,7,5\n';

let root: string;

beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'svc-data-file-invalid-'));
    // The data root of every spec below: no svc.config.json above the temporary folder can interfere.
    writeFileSync(join(root, 'svc.config.json'), '{}\n');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Writes files under the temporary root. */
function files(contents: Record<string, string>): void {
    for (const [path, text] of Object.entries(contents)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
    }
}

interface Found { file: string; line: number; column: number; message: string }

/** Validates the specs (path under the root → text) as files of one workspace; the rule's diagnostics, by file and line. */
async function check(specs: Record<string, string>, locale: Locale = 'en'): Promise<Found[]> {
    const { shared, Svc } = createNodeSvcServices(EmptyFileSystem);
    Svc.i18n.Locale.current = locale;
    const documents = Object.entries(specs).map(([name, text]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(join(root, name)));
        shared.workspace.LangiumDocuments.addDocument(document);
        return { name, document };
    });
    await shared.workspace.DocumentBuilder.build(documents.map(entry => entry.document), { validation: true });
    const all = documents.flatMap(({ name, document }) => (document.diagnostics ?? []).map(diagnostic => ({
        file: name, code: String(diagnostic.code),
        line: diagnostic.range.start.line + 1, column: diagnostic.range.start.character + 1, message: messageText(diagnostic)
    })));
    expect(all.filter(found => found.code === 'syntax-error' || found.code === 'duplicate-name')).toEqual([]);
    return all.filter(found => found.code === rule).map(({ file, line, column, message }) => ({ file, line, column, message }));
}

describe('data-file-invalid', () => {
    test('is silent for readable CSV files with the required columns, in a service and at the top level', async () => {
        files({ 'data/kpi.csv': goodMeasurements, 'data/q3.csv': goodSurvey, 'data/top.csv': goodMeasurements });
        expect(await check({
            'spec.svc': `service Bank {
  measurements Monthly "月度指标" from "data/kpi.csv"
  survey Q3 "三季度问卷" from "data/q3.csv" scale 7
}
measurements Yearly from "data/top.csv"
`
        })).toEqual([]);
    });

    test('accepts Chinese header names, in any case and with spaces around them', async () => {
        files({ 'kpi.csv': '# 叫号系统导出\n 指标 ,期间,数值,备注\n平均等候,2026-09,9.5,\n', 'q.csv': '受访者,维度,期望,感知\nr1,有形性,5,6\n' });
        expect(await check({ 'spec.svc': 'service S {\n  measurements M from "kpi.csv"\n  survey Q from "q.csv"\n}\n' })).toEqual([]);
    });

    test('fires at the from string of a missing file', async () => {
        const found = await check({ 'spec.svc': 'service S {\n  measurements M from "data/none.csv"\n}\n' });
        expect(found).toEqual([{ file: 'spec.svc', line: 2, column: 23, message: "'data/none.csv': no such file." }]);
    });

    test('fires on an absolute path and on a backslash, even when the file exists', async () => {
        files({ 'data/kpi.csv': goodMeasurements });
        const found = await check({
            'spec.svc': `service S {\n  measurements A from "${join(root, 'data/kpi.csv').replaceAll('\\', '/')}"\n  measurements B from "data\\\\kpi.csv"\n}\n`
        });
        expect(found.map(entry => entry.line)).toEqual([2, 3]);
        expect(found[0].message).toContain('is an absolute path');
        expect(found[1].message).toContain("separates folders with '\\'");
    });

    test('fires on a path leaving the data root; `..` inside it is fine', async () => {
        files({ 'data/kpi.csv': goodMeasurements });
        const found = await check({ 'specs/spec.svc': 'service S {\n  measurements Out from "../../kpi.csv"\n  measurements In from "../data/kpi.csv"\n}\n' });
        expect(found).toEqual([{
            file: 'specs/spec.svc', line: 2, column: 25,
            message: "'../../kpi.csv' leaves the data root '..': data files lie in the folder of the nearest svc.config.json, else in the folder of the .svc file."
        }]);
    });

    test('fires on a folder', async () => {
        files({ 'data/kpi.csv': goodMeasurements });
        const found = await check({ 'spec.svc': 'measurements M from "data"\n' });
        expect(found.map(entry => entry.message)).toEqual(["'data' is a folder, not a data file."]);
    });

    test('names the missing required columns, in English and in Chinese', async () => {
        files({ 'q.csv': 'respondent,dimension,expectation\nr1,reliability,7\n', 'kpi.csv': 'period,note\n2026-09,\n' });
        const specs = { 'spec.svc': 'service S {\n  survey Q from "q.csv"\n  measurements M from "kpi.csv"\n}\n' };
        expect((await check(specs)).map(entry => entry.message)).toEqual([
            "'q.csv' lacks the column perception (感知): its header must name dimension, expectation, perception, in English or Chinese.",
            "'kpi.csv' lacks the columns kpi, value (指标、数值): its header must name kpi, period, value, in English or Chinese."
        ]);
        expect((await check(specs, 'zh-CN')).map(entry => entry.message)).toEqual([
            '“q.csv”缺少列 感知（perception）：表头必须包含 维度、期望、感知（中英文列名均可）。',
            '“kpi.csv”缺少列 指标、数值（kpi, value）：表头必须包含 指标、期间、数值（中英文列名均可）。'
        ]);
    });

    test('a measurements file lacks the columns of a survey and the other way round', async () => {
        files({ 'kpi.csv': goodMeasurements });
        const found = await check({ 'spec.svc': 'service S {\n  survey Q from "kpi.csv"\n}\n' });
        expect(found.map(entry => entry.message)).toEqual([
            "'kpi.csv' lacks the columns dimension, expectation, perception (维度、期望、感知): its header must name dimension, expectation, perception, in English or Chinese."
        ]);
    });

    test('fires on a file that is not valid CSV', async () => {
        files({ 'kpi.csv': 'kpi,period,value\nAvgWait,2026-09,9.5\n"AvgWait,2026-10,11\n' });
        const found = await check({ 'spec.svc': 'measurements M from "kpi.csv"\n' });
        expect(found).toHaveLength(1);
        expect(found[0].message).toMatch(/^'kpi\.csv' is not valid CSV on line 3: A quoted cell is never closed/);
    });

    test('a file named twice is kept by the first element in text order; the later spelling is reported', async () => {
        files({ 'data/kpi.csv': goodMeasurements });
        const found = await check({ 'spec.svc': 'service S {\n  measurements First from "data/kpi.csv"\n  measurements Second from "./data/../data/kpi.csv"\n}\n' });
        expect(found).toEqual([{
            file: 'spec.svc', line: 3, column: 28,
            message: "'./data/../data/kpi.csv' is already bound by 'First' (spec.svc, line 2): each data file belongs to one element."
        }]);
    });

    test('across files, the file whose path comes first keeps the data file, whatever order the files were opened in', async () => {
        files({ 'data/kpi.csv': goodMeasurements });
        const found = await check({
            'b.svc': 'measurements Later from "data/kpi.csv"\n',
            'a.svc': 'service S {\n  measurements Earlier from "data/kpi.csv"\n}\n'
        });
        expect(found).toEqual([{
            file: 'b.svc', line: 1, column: 25,
            message: "'data/kpi.csv' is already bound by 'Earlier' (a.svc, line 2): each data file belongs to one element."
        }]);
    });

    test('is silent for a spec that is not a file, which has no folder to resolve from', async () => {
        const { shared } = createNodeSvcServices(EmptyFileSystem);
        const document = shared.workspace.LangiumDocumentFactory.fromString('measurements M from "none.csv"\n', URI.parse('untitled:Untitled-1.svc'));
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        expect(document.diagnostics?.map(diagnostic => diagnostic.code)).toEqual([]);
    });
});

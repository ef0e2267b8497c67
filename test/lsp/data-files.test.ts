import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URI } from 'langium';
import { afterEach, describe, expect, test } from 'vitest';
import { FileChangeType, type CodeAction, type CompletionItem, type Diagnostic, type LocationLink } from 'vscode-languageserver-protocol';
import { LspClient } from '../helpers/lsp-client.js';
import { editedText, plainDocument } from '../helpers/text-edit-kit.js';

const codes = (diagnostics: Diagnostic[]) => diagnostics.map(diagnostic => String(diagnostic.code)).sort();

const spec = `// svc-disable-next-line servqual-coverage, no-feedback-channel
service Desk "服务台" {
  actor Lead "主管" backstage
  standard Fast "快速响应" { dimension responsiveness kind hard target <= 30 min method system-log frequency monthly owner Lead }
  kpi AvgWait "平均等候" { measures Fast formula "avg(wait)" unit min direction lower target 15 warning 20 period monthly source "叫号系统" owner Lead }
  measurements Monthly "月报" from "data/kpi.csv"
}
`;

const csv = (rows: string) => `kpi,period,value\n${rows}`;
const goodRows = 'AvgWait,2026-09,9.5\nAvgWait,2026-10,8 min\n';

let client: LspClient | undefined;
let folder: string | undefined;

afterEach(async () => {
    await client?.stop();
    client = undefined;
    if (folder) rmSync(folder, { recursive: true, force: true });
});

async function start(): Promise<{ specPath: string; dataPath: string }> {
    folder = mkdtempSync(join(tmpdir(), 'svc-lsp-data-'));
    mkdirSync(join(folder, 'data'));
    const specPath = join(folder, 'desk.svc'), dataPath = join(folder, 'data', 'kpi.csv');
    writeFileSync(specPath, spec);
    writeFileSync(dataPath, csv(goodRows));
    client = await LspClient.start(folder);
    expect(await client.waitFor(specPath, () => true)).toEqual([]);
    return { specPath, dataPath };
}

describe('data files in the editor', () => {
    test('an unsaved edit of a data file revalidates the spec that binds it; closing it goes back to the disk', async () => {
        const { specPath, dataPath } = await start();
        await client!.open(dataPath, csv(goodRows));
        // Without the value column the file cannot be used: the spec says so at its `from`.
        await client!.change(dataPath, 'kpi,period\nAvgWait,2026-09\n');
        const broken = await client!.waitFor(specPath, diagnostics => diagnostics.length > 0);
        expect(codes(broken)).toEqual(['data-file-invalid']);
        expect(broken[0].message).toContain('value');

        await client!.close(dataPath);
        expect(await client!.waitFor(specPath, diagnostics => diagnostics.length === 0)).toEqual([]);
    });

    test('a data file edited change by change (ranges, CRLF, characters outside the BMP, several lines) gets the diagnostics of its text opened afresh', async () => {
        const { dataPath } = await start();
        const at = (text: string, offset: number) => plainDocument(text).positionAt(offset);
        const steps: Array<(text: string) => Array<{ range: { start: ReturnType<typeof at>; end: ReturnType<typeof at> }; text: string }>> = [
            text => [{ range: { start: at(text, text.length), end: at(text, text.length) }, text: 'AvgWiat,2026-11,9\r\n' }],
            text => [{ range: { start: at(text, text.indexOf('9.5')), end: at(text, text.indexOf('9.5') + 3) }, text: 'abc' }],
            // Two changes in one notification, the second's positions in the text the first left.
            text => [{ range: { start: at(text, text.indexOf('AvgWait')), end: at(text, text.indexOf('AvgWait')) }, text: '😀x,2026-12,1\n' }],
            text => [{ range: { start: at(text, text.length), end: at(text, text.length) }, text: 'AvgWait,2026-12,"1\n0"\n' }],
            // A row deleted with its line break: a range over two lines.
            text => [{ range: { start: at(text, text.indexOf('AvgWait,2026-10')), end: at(text, text.indexOf('\n', text.indexOf('AvgWait,2026-10')) + 1) }, text: '' }]
        ];
        let text = csv(goodRows);
        const changes = steps.map(step => {
            const change = step(text);
            text = editedText(text, change);
            return change;
        });
        // The diagnostics of the final text, opened as it is.
        await client!.open(dataPath, text);
        const fresh = await client!.waitFor(dataPath, diagnostics => diagnostics.length === 4);
        expect(fresh.map(diagnostic => diagnostic.range.start.line)).toEqual([1, 2, 3, 4]);
        // UTF-16 positions: the emoji is two units.
        expect(fresh[0].range).toEqual({ start: { line: 1, character: 0 }, end: { line: 1, character: 3 } });
        await client!.close(dataPath);
        await client!.waitFor(dataPath, diagnostics => diagnostics.length === 0);

        await client!.open(dataPath, csv(goodRows));
        await client!.edit(dataPath, changes[0]);
        await client!.edit(dataPath, changes[1]);
        await client!.edit(dataPath, [...changes[2], ...changes[3]]);
        await client!.edit(dataPath, changes[4]);
        expect(await client!.waitFor(dataPath, diagnostics => JSON.stringify(diagnostics) === JSON.stringify(fresh))).toEqual(fresh);
    });

    test('a data file of megabytes, opened and then replaced whole, gets the diagnostics of its text: read from the message without a copy of it', async () => {
        const { specPath, dataPath } = await start();
        // A note of a few hundred thousand lines, with what JSON escapes (quotes, CRLF, a backslash, a tab), Chinese and an emoji.
        const note = Array.from({ length: 200_000 }, (_, line) => `复核 "${line}" \\ 😀\t`).join('\r\n').replaceAll('"', '""');
        const big = (name: string) => csv(`AvgWait,2026-09,9.5\nAvgWait,2026-10,8,"${note}"\n${name},2026-11,9\n`).replace('kpi,period,value', 'kpi,period,value,note');
        const lastLine = big('x').split(/\r\n|\n/).length - 2;
        expect(Buffer.byteLength(big('x'))).toBeGreaterThan(4_000_000);
        await client!.open(dataPath, big('AvgWiat'));
        const [unknown] = await client!.waitFor(dataPath, diagnostics => diagnostics.length === 1);
        expect(unknown.range.start).toEqual({ line: lastLine, character: 0 });
        expect(unknown.message).toContain('AvgWiat');
        await client!.change(dataPath, big('AvgWait'));
        expect(await client!.waitFor(dataPath, diagnostics => diagnostics.length === 0)).toEqual([]);
        await client!.change(dataPath, big('Visits'));
        const [again] = await client!.waitFor(dataPath, diagnostics => diagnostics.length === 1 && String(diagnostics[0].message).includes('Visits'));
        expect(again.range.start.line).toBe(lastLine);
        expect(await client!.waitFor(specPath, () => true)).toEqual([]);
    });

    test('an edit of a data file revalidates a spec whose standard a KPI of another spec measures', async () => {
        folder = mkdtempSync(join(tmpdir(), 'svc-lsp-data-'));
        const libraryPath = join(folder, 'library.svc'), specPath = join(folder, 'desk.svc'), dataPath = join(folder, 'kpi.csv');
        writeFileSync(libraryPath, 'standard FirstCall "一次解决" { target >= 80 % }\n');
        writeFileSync(specPath, 'service Desk {\n  kpi Solved { measures FirstCall unit % }\n  measurements Ops from "kpi.csv"\n}\n');
        writeFileSync(dataPath, csv('Solved,2026-09,86\n'));
        client = await LspClient.start(folder);
        const notMet = (diagnostics: Diagnostic[]) => diagnostics.filter(diagnostic => diagnostic.code === 'standard-not-met');
        expect(notMet(await client.waitFor(libraryPath, () => true))).toEqual([]);
        await client.open(dataPath, csv('Solved,2026-09,86\n'));
        // Only the data file changes: the library is validated again because what its standard's rules see changed.
        await client.edit(dataPath, [{ range: { start: { line: 1, character: 15 }, end: { line: 1, character: 17 } }, text: '70' }]);
        const found = await client.waitFor(libraryPath, diagnostics => notMet(diagnostics).length > 0);
        expect(notMet(found).map(diagnostic => diagnostic.message)).toEqual([expect.stringContaining("'Desk.Solved' 70 %")]);
    });

    test('invalid rows get diagnostics in the data file, open or closed, with rule ids; fixed rows clear them', async () => {
        const { dataPath } = await start();
        await client!.open(dataPath, csv(goodRows));
        await client!.change(dataPath, csv(`${goodRows}AvgWiat,2026-11,9\nAvgWait,2026-13,9\n`));
        const rows = await client!.waitFor(dataPath, diagnostics => diagnostics.length === 2);
        expect(rows.map(diagnostic => [diagnostic.code, diagnostic.range.start.line, diagnostic.range.start.character])).toEqual([
            ['measurement-invalid', 3, 0], ['measurement-invalid', 4, 8]
        ]);
        expect(rows[0].message).toContain("'AvgWait'");

        await client!.change(dataPath, csv(goodRows));
        expect(await client!.waitFor(dataPath, diagnostics => diagnostics.length === 0)).toEqual([]);
    });

    test('a data file replaced on disk is read again when the watcher reports it', async () => {
        const { dataPath } = await start();
        writeFileSync(dataPath, csv(`${goodRows}Nobody,2026-11,1\n`));
        await client!.filesChanged([{ path: dataPath, type: FileChangeType.Changed }]);
        const rows = await client!.waitFor(dataPath, diagnostics => diagnostics.length > 0);
        expect(codes(rows)).toEqual(['measurement-invalid']);
    });

    test('go to definition from a kpi cell reaches the KPI; an unknown name gets a quick fix with the closest names', async () => {
        const { specPath, dataPath } = await start();
        const text = csv(`${goodRows}AvgWiat,2026-11,9\n`);
        await client!.open(dataPath, text);
        const [problem] = await client!.waitFor(dataPath, diagnostics => diagnostics.length === 1);

        const links = await client!.request<LocationLink[] | null>('textDocument/definition', {
            textDocument: { uri: URI.file(dataPath).toString() }, position: { line: 1, character: 3 }
        });
        expect(links).toHaveLength(1);
        expect(links![0].targetUri).toBe(URI.file(specPath).toString());
        expect(links![0].targetSelectionRange.start.line).toBe(4);
        expect(spec.split('\n')[4].slice(links![0].targetSelectionRange.start.character, links![0].targetSelectionRange.end.character)).toBe('AvgWait');

        const actions = await client!.request<CodeAction[] | null>('textDocument/codeAction', {
            textDocument: { uri: URI.file(dataPath).toString() }, range: problem.range, context: { diagnostics: [problem] }
        });
        expect(actions!.map(action => action.title)).toEqual(["Change to 'AvgWait'"]);
        const edit = actions![0].edit!.changes![URI.file(dataPath).toString()][0];
        expect(edit).toEqual({ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 7 } }, newText: 'AvgWait' });
    });

    test('completion in the kpi column offers the KPI names in scope, replacing what the cell holds', async () => {
        const { dataPath } = await start();
        const text = csv(`${goodRows}Avg`);
        await client!.open(dataPath, text);
        const items = await client!.request<CompletionItem[] | null>('textDocument/completion', {
            textDocument: { uri: URI.file(dataPath).toString() }, position: { line: 3, character: 3 }
        });
        expect(items!.map(item => item.label)).toEqual(['AvgWait']);
        expect(items![0].textEdit).toEqual({ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 3 } }, newText: 'AvgWait' });
        // The period column has nothing to offer.
        expect(await client!.request('textDocument/completion', {
            textDocument: { uri: URI.file(dataPath).toString() }, position: { line: 1, character: 10 }
        })).toBeNull();
    });

    test('features a data file has no use for answer nothing rather than an error', async () => {
        const { dataPath } = await start();
        await client!.open(dataPath, csv(goodRows));
        const uri = URI.file(dataPath).toString();
        expect(await client!.request('textDocument/semanticTokens/full', { textDocument: { uri } })).toBeNull();
        expect(await client!.request('textDocument/codeLens', { textDocument: { uri } })).toBeNull();
        expect(await client!.request('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 1 } })).toBeNull();
    });
});

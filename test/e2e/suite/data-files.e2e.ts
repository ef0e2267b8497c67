import * as vscode from 'vscode';
import * as assert from './assert.js';
import { afterEach, before, describe, it } from './bdd.js';
import { editorDiagnostics } from './expectations.js';
import { recordMeasure } from './measures.js';
import { waitFor } from './wait.js';
import { activateSvc, openEditor, positionOf, revertAllAndClose, workspaceFile } from './workspace.js';

/* queue-desk.svc binds data/queue.csv: AvgWait 12 min in 2026-10, target 15, warning 20 — clean until the CSV says otherwise. */
const spec = 'fixtures/measured/queue-desk.svc';
const data = 'fixtures/measured/data/queue.csv';

async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
    return hovers.flatMap(hover => hover.contents.map(content => typeof content === 'string' ? content : 'value' in content ? content.value : '')).join('\n');
}

/** Polls every 10 ms (waitFor's 100 ms would blur the measure); the time from `since` until `probe` holds. */
async function millisecondsUntil(what: string, since: number, probe: () => boolean | Promise<boolean>, describe: () => string): Promise<number> {
    const deadline = Date.now() + 20_000;
    while (!(await probe())) {
        if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; last seen: ${describe()}`);
        await new Promise(resolve => setTimeout(resolve, 10));
    }
    return Date.now() - since;
}

describe('data files', () => {
    before(activateSvc);
    afterEach(revertAllAndClose);

    it('an unsaved edit of a value in a CSV changes the spec\'s diagnostics and hover', async () => {
        const specUri = workspaceFile(spec);
        const specDocument = await vscode.workspace.openTextDocument(specUri);
        const kpiName = positionOf(specDocument, 'kpi AvgWait').translate(0, 'kpi '.length);
        await waitFor('a clean queue-desk.svc', () => editorDiagnostics(specUri).length === 0 || undefined, 60_000, () => JSON.stringify(editorDiagnostics(specUri)));
        await waitFor('the hover to show the latest value 12 min', async () => (await hoverText(specUri, kpiName)).includes('12 min') || undefined, 30_000);

        const editor = await openEditor(data);
        const value = positionOf(editor.document, '2026-10,12').translate(0, '2026-10,'.length);
        const started = Date.now();
        assert.ok(await editor.edit(edit => edit.replace(new vscode.Range(value, value.translate(0, 2)), '23')), 'the edit was applied');
        const diagnosticMs = await millisecondsUntil('kpi-breach on AvgWait', started,
            () => editorDiagnostics(specUri).some(diagnostic => diagnostic.code === 'kpi-breach'), () => JSON.stringify(editorDiagnostics(specUri)));
        const hoverMs = await millisecondsUntil('the hover to show 23 min', started,
            async () => (await hoverText(specUri, kpiName)).includes('23 min'), () => 'the hover without 23 min');
        assert.ok(editor.document.isDirty, 'the CSV was not saved: the server read the editor\'s text');
        recordMeasure('csvEditToSpecDiagnosticMs', diagnosticMs);
        recordMeasure('csvEditToHoverMs', hoverMs);
    });

    it('a row naming no KPI is reported in the CSV, at the row', async () => {
        const editor = await openEditor(data);
        const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
        assert.ok(await editor.edit(edit => edit.insert(end, `${end.character === 0 ? '' : '\n'}AvgWiat,2026-11,9`)));
        const found = await waitFor('measurement-invalid in queue.csv', () => editorDiagnostics(editor.document.uri).find(diagnostic => diagnostic.code === 'measurement-invalid'),
            20_000, () => JSON.stringify(editorDiagnostics(editor.document.uri)));
        assert.equal(found.line, editor.document.lineCount);
        assert.equal(found.severity, 'error');
    });
});

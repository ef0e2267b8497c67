import * as vscode from 'vscode';
import * as assert from './assert.js';
import { afterEach, before, describe, it } from './bdd.js';
import { recordMeasure } from './measures.js';
import { drawnPreview, stepCount } from './preview.js';
import { activateSvc, openEditor, revertAllAndClose } from './workspace.js';

/* broadband-installation.svc binds a KPI export (six KPIs with data, every standard met) and a SERVQUAL survey with importance. */
const spec = 'examples/telecom/broadband-installation.svc';
const data = 'examples/telecom/data/kpi-2026-10.csv';
/** A later answer time of 45 s: AnswerIn30s (≤ 30 s) is no longer met. */
const slowAnswer = 'AvgAnswerTime,2026-11-01,45';

/** The KPIs with rows in a measurements file: the first column after the header, comments skipped. */
function kpisWithData(csv: string): Set<string> {
    const rows = csv.split(/\r?\n/).filter(line => line.trim() !== '' && !line.startsWith('#'));
    return new Set(rows.slice(1).map(row => row.split(',')[0]));
}

/** Adds a row at the end of the open CSV, unsaved. */
async function appendRow(editor: vscode.TextEditor, row: string): Promise<void> {
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    assert.ok(await editor.edit(edit => edit.insert(end, `${end.character === 0 ? '' : '\n'}${row}\n`)), 'the edit was applied');
}

async function setPreviewSetting(key: string, value: unknown): Promise<void> {
    await vscode.workspace.getConfiguration('svc.preview').update(key, value, vscode.ConfigurationTarget.Global);
}

describe('performance view and measured overlay', () => {
    before(activateSvc);
    afterEach(async () => {
        await setPreviewSetting('defaultView', undefined);
        await setPreviewSetting('measuredOverlay', undefined);
        await revertAllAndClose();
    });

    it(`${spec}: the Performance view draws a chart per KPI with data and follows an unsaved CSV edit`, async () => {
        await setPreviewSetting('defaultView', 'performance');
        const specUri = (await openEditor(spec)).document.uri;
        const csv = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(specUri, '..', 'data', 'kpi-2026-10.csv'));
        const kpis = kpisWithData(csv.getText());
        assert.equal(kpis.size, 6, `the KPIs with data: ${[...kpis].join(', ')}`);
        await vscode.commands.executeCommand('svc.preview.openToSide');
        // A chart per KPI, and the survey's: more diagrams than KPIs, none failed, no step nodes (charts have none).
        const drawn = await drawnPreview(specUri, state => state.rendered!.diagrams > kpis.size);
        assert.equal(drawn.view, 'performance');
        assert.equal(drawn.rendered!.failed, 0);
        assert.equal(drawn.rendered!.nodes, 0);

        const editor = await openEditor(data);
        const started = Date.now();
        await appendRow(editor, slowAnswer);
        const redrawn = await drawnPreview(specUri, state => state.rendered!.renderKey !== drawn.rendered!.renderKey, 30_000);
        recordMeasure('csvEditToPerformanceViewMs', Date.now() - started);
        assert.ok(editor.document.isDirty, 'the CSV was not saved: the preview follows the editor\'s text');
        assert.equal(redrawn.rendered!.failed, 0);
        assert.equal(redrawn.rendered!.diagrams, drawn.rendered!.diagrams, 'the same charts, one point more');
    });

    it(`${spec}: the blueprint marks a standard broken by the data, and svc.preview.measuredOverlay turns the marks off`, async () => {
        const specEditor = await openEditor(spec);
        const specUri = specEditor.document.uri;
        const steps = stepCount(specEditor.document.getText());
        await vscode.commands.executeCommand('svc.preview.openToSide');
        const clean = await drawnPreview(specUri, state => state.rendered!.nodes === steps);
        assert.equal(clean.view, 'blueprint');
        assert.equal(clean.measuredOverlay, true, 'on by default');

        await appendRow(await openEditor(data), slowAnswer);
        const marked = await drawnPreview(specUri, state => state.rendered!.renderKey !== clean.rendered!.renderKey && state.rendered!.nodes === steps, 30_000);
        assert.equal(marked.rendered!.failed, 0);

        await setPreviewSetting('measuredOverlay', false);
        const design = await drawnPreview(specUri, state => !state.measuredOverlay && state.rendered!.renderKey !== marked.rendered!.renderKey, 30_000);
        assert.equal(design.rendered!.renderKey, clean.rendered!.renderKey, 'without the overlay, the design as before the data broke a standard');
    });
});

import * as vscode from 'vscode';
import * as assert from './assert.js';
import { afterEach, before, describe, it } from './bdd.js';
import { drawnPreview, previewTabs, renderStates, stepCount } from './preview.js';
import { recordMeasure } from './measures.js';
import { runContext } from './run-context.js';
import { waitFor } from './wait.js';
import { activateSvc, openEditor, revertAllAndClose } from './workspace.js';

const servicesOfExamples = [...runContext().specTexts]
    .filter(([file, text]) => file.startsWith('examples/') && /^\s*service\s/m.test(text))
    .map(([file]) => file);

describe('blueprint preview', () => {
    before(activateSvc);
    afterEach(async () => {
        await vscode.workspace.getConfiguration('svc.preview').update('defaultView', undefined, vscode.ConfigurationTarget.Global);
        await revertAllAndClose();
    });

    for (const file of servicesOfExamples) {
        it(`${file}: Open Preview to the Side draws a node for every step`, async () => {
            const editor = await openEditor(file);
            const steps = stepCount(editor.document.getText());
            await vscode.commands.executeCommand('svc.preview.openToSide');
            const state = await drawnPreview(editor.document.uri, drawn => drawn.rendered!.nodes === steps);
            assert.equal(state.view, 'blueprint');
            assert.equal(state.stale, false);
            assert.equal(state.rendered!.failed, 0);
            assert.ok(state.rendered!.diagrams >= 1);
            assert.ok(vscode.window.tabGroups.all.some(group => group.tabs.some(tab => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('svc.preview'))),
                'a webview panel of the preview is open');
        });
    }

    it('svc.preview.defaultView decides what a new preview shows', async () => {
        await vscode.workspace.getConfiguration('svc.preview').update('defaultView', 'flow', vscode.ConfigurationTarget.Global);
        const editor = await openEditor(servicesOfExamples[0]);
        await vscode.commands.executeCommand('svc.preview.openToSide');
        const state = await drawnPreview(editor.document.uri, drawn => drawn.rendered!.nodes > 0);
        assert.equal(state.view, 'flow');
    });

    it('opens fitted to the panel: the whole blueprint of outpatient-visit.svc inside the preview, readable', async () => {
        const editor = await openEditor('examples/healthcare/outpatient-visit.svc');
        const steps = stepCount(editor.document.getText());
        await vscode.commands.executeCommand('svc.preview.openToSide');
        const state = await drawnPreview(editor.document.uri, drawn => drawn.rendered!.nodes === steps);
        const { scale, drawing, viewport } = state.rendered!.view;
        assert.ok(scale <= 1, `never above 100 % on open (${scale})`);
        assert.ok(scale >= 0.15, `readable: at least 15 % (${scale})`);
        assert.ok(drawing.left >= 0 && drawing.top >= 0 && drawing.right <= viewport.width + 0.5 && drawing.bottom <= viewport.height + 0.5,
            `the drawing ${JSON.stringify(drawing)} inside the panel ${JSON.stringify(viewport)}`);
    });

    it('one preview follows the active .svc editor, and Open Preview reuses it', async () => {
        const first = await openEditor('examples/healthcare/outpatient-visit.svc');
        await vscode.commands.executeCommand('svc.preview.openToSide');
        await drawnPreview(first.document.uri, drawn => drawn.rendered!.nodes === stepCount(first.document.getText()));
        const second = await openEditor('examples/telecom/broadband-installation.svc');
        const followed = await drawnPreview(second.document.uri, drawn => drawn.rendered!.nodes === stepCount(second.document.getText()));
        assert.equal(followed.title, 'Blueprint: broadband-installation.svc');
        assert.deepEqual((await renderStates()).map(state => state.uri), [second.document.uri.toString()]);
        await vscode.commands.executeCommand('svc.preview.openToSide');
        await openEditor('examples/healthcare/outpatient-visit.svc');
        await vscode.commands.executeCommand('svc.preview.openToSide');
        await drawnPreview(first.document.uri, drawn => drawn.rendered!.nodes === stepCount(first.document.getText()));
        assert.equal(previewTabs().length, 1, 'one preview tab');
        assert.equal((await renderStates()).length, 1);
    });

    it('Toggle Preview Lock pins the preview to its file; another file then gets a preview of its own', async () => {
        const first = await openEditor('examples/healthcare/outpatient-visit.svc');
        await vscode.commands.executeCommand('svc.preview.openToSide');
        await drawnPreview(first.document.uri, drawn => drawn.rendered!.nodes === stepCount(first.document.getText()));
        await vscode.commands.executeCommand('svc.preview.toggleLock');
        const [locked] = await renderStates();
        assert.equal(locked.locked, true);
        assert.equal(locked.title, '[Blueprint] outpatient-visit.svc');
        const second = await openEditor('examples/telecom/broadband-installation.svc');
        // Give a follow the time it would take, then check that none happened.
        await new Promise(resolve => setTimeout(resolve, 1_500));
        assert.deepEqual((await renderStates()).map(state => state.uri), [first.document.uri.toString()]);
        await vscode.commands.executeCommand('svc.preview.openToSide');
        await drawnPreview(second.document.uri, drawn => drawn.rendered!.nodes === stepCount(second.document.getText()));
        const states = await renderStates();
        assert.deepEqual(states.map(state => [state.title, state.locked]).sort(), [['Blueprint: broadband-installation.svc', false], ['[Blueprint] outpatient-visit.svc', true]]);
        await waitFor('two preview tabs', async () => previewTabs().length === 2 || undefined, 10_000);
    });

    it('a 120-step process (6 stages of 20 steps) is drawn as 6 parts with every step', async () => {
        const editor = await openEditor('fixtures/long-process/long-journey.svc');
        const steps = stepCount(editor.document.getText());
        assert.equal(steps, 120);
        const started = Date.now();
        await vscode.commands.executeCommand('svc.preview.openToSide');
        const state = await drawnPreview(editor.document.uri, drawn => drawn.rendered!.nodes === steps, 120_000);
        recordMeasure('preview of the 120-step process drawn (6 parts)', Date.now() - started);
        assert.equal(state.rendered!.diagrams, 6);
        assert.equal(state.rendered!.failed, 0);
        assert.deepEqual([state.rendered!.view.part, state.rendered!.view.parts], [0, 6]);
    });
});

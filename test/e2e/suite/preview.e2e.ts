import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { afterEach, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { drawnPreview, stepCount } from './preview.js';
import { cliExpectations } from './expectations.js';
import { activateSvc, openEditor, revertAllAndClose, workspaceFile } from './workspace.js';

const servicesOfExamples = [...cliExpectations().keys()]
    .filter(file => file.startsWith('examples/'))
    .filter(file => /^\s*service\s/m.test(readFileSync(workspaceFile(file).fsPath, 'utf-8')));

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
});

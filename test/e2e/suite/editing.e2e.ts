import * as vscode from 'vscode';
import * as assert from './assert.js';
import { afterEach, before, describe, it } from './bdd.js';
import { editorDiagnostics } from './expectations.js';
import { waitFor } from './wait.js';
import { activateSvc, openEditor, positionOf, revertAllAndClose } from './workspace.js';

/* lobby-welcome.svc is clean; its library desk-library.svc declares Concierge, ConciergeLead and GreetWithin1. */
const lobby = 'fixtures/navigation/lobby-welcome.svc';

async function replace(editor: vscode.TextEditor, range: vscode.Range, text: string): Promise<void> {
    assert.ok(await editor.edit(edit => edit.replace(range, text)), 'the edit was applied');
}

describe('editing', () => {
    before(activateSvc);
    afterEach(revertAllAndClose);

    it('an edit produces a diagnostic, and undoing the mistake clears it', async () => {
        const editor = await openEditor(lobby);
        const uri = editor.document.uri;
        await waitFor('a clean lobby-welcome.svc', () => editorDiagnostics(uri).length === 0 || undefined);
        const start = positionOf(editor.document, 'next end').translate(0, 'next '.length);
        await replace(editor, new vscode.Range(start, start.translate(0, 'end'.length)), 'Nowhere');
        const reported = await waitFor('unresolved-reference on the edited line',
            () => editorDiagnostics(uri).find(diagnostic => diagnostic.code === 'unresolved-reference'), 20_000, () => JSON.stringify(editorDiagnostics(uri)));
        assert.equal(reported.line, start.line + 1);
        assert.equal(reported.severity, 'error');

        await replace(editor, new vscode.Range(start, start.translate(0, 'Nowhere'.length)), 'end');
        await waitFor('the diagnostic to clear', () => editorDiagnostics(uri).length === 0 || undefined, 20_000, () => JSON.stringify(editorDiagnostics(uri)));
    });

    it('completion after `by ` offers the actors and systems, and nothing else', async () => {
        const editor = await openEditor(lobby);
        const greet = positionOf(editor.document, 'step Greet');
        const line = editor.document.lineAt(greet.line);
        await replace(editor, new vscode.Range(line.range.end, line.range.end), '\n      step Extra "加送茶水" by ');
        const cursor = editor.document.lineAt(greet.line + 1).range.end;
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, cursor);
        const labels = list.items.map(item => typeof item.label === 'string' ? item.label : item.label.label);
        for (const performer of ['Guest', 'Bellhop', 'Concierge', 'ConciergeLead']) assert.ok(labels.includes(performer), `${performer} offered: ${labels.join(', ')}`);
        for (const other of ['GreetWithin1', 'GreetRate', 'Enter', 'Welcome']) assert.ok(!labels.includes(other), `${other} is not a performer: ${labels.join(', ')}`);
    });
});

import * as vscode from 'vscode';
import * as assert from './assert.js';
import { afterEach, before, describe, it } from './bdd.js';
import { reportCount } from './diagnostics-log.js';
import { editorDiagnostics } from './expectations.js';
import { waitFor } from './wait.js';
import { activateSvc, openEditor, positionOf, relativePath, revertAllAndClose, workspaceFile } from './workspace.js';

const library = 'fixtures/navigation/desk-library.svc';
const lobby = 'fixtures/navigation/lobby-welcome.svc';

function count(text: string, word: string): number {
    return text.split(new RegExp(`\\b${word}\\b`)).length - 1;
}

describe('navigation across files', () => {
    before(activateSvc);
    afterEach(revertAllAndClose);

    it('go to definition leads from a step\'s performer to the actor in the library', async () => {
        const editor = await openEditor(lobby);
        const usage = positionOf(editor.document, 'by Concierge').translate(0, 'by '.length);
        const found = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', editor.document.uri, usage);
        const targets = found.map(entry => 'targetUri' in entry ? { uri: entry.targetUri, range: entry.targetSelectionRange ?? entry.targetRange } : entry);
        assert.equal(targets.length, 1, JSON.stringify(targets));
        assert.equal(relativePath(targets[0].uri), library);
        const declaration = positionOf(await vscode.workspace.openTextDocument(workspaceFile(library)), 'actor Concierge ');
        assert.equal(targets[0].range.start.line, declaration.line);
    });

    it('rename changes the declaration and every use in both files, and leaves no broken reference', async () => {
        const editor = await openEditor(lobby);
        const libraryDocument = await vscode.workspace.openTextDocument(workspaceFile(library));
        const usage = positionOf(editor.document, 'standard GreetWithin1').translate(0, 'standard '.length);
        const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', editor.document.uri, usage, 'GreetInOneMinute');
        const perFile = new Map(edit.entries().map(([uri, edits]) => [relativePath(uri), edits.length]));
        assert.deepEqual(perFile, new Map([[library, count(libraryDocument.getText(), 'GreetWithin1')], [lobby, count(editor.document.getText(), 'GreetWithin1')]]));

        const reportsBefore = [reportCount(editor.document.uri), reportCount(libraryDocument.uri)];
        // What the files report besides (the library's top-level KPIs beside the examples' measured ones: kpi-no-data) stays as it was.
        const diagnosticsBefore = JSON.stringify([editorDiagnostics(editor.document.uri), editorDiagnostics(libraryDocument.uri)]);
        assert.ok(await vscode.workspace.applyEdit(edit));
        for (const document of [editor.document, libraryDocument]) {
            assert.equal(count(document.getText(), 'GreetWithin1'), 0, relativePath(document.uri));
            assert.ok(count(document.getText(), 'GreetInOneMinute') > 0, relativePath(document.uri));
        }
        // Both files checked again after the rename: a missed use would now be an unresolved reference.
        await waitFor('both files checked after the rename',
            () => (reportCount(editor.document.uri) > reportsBefore[0] && reportCount(libraryDocument.uri) > reportsBefore[1]) || undefined);
        const diagnosticsNow = () => JSON.stringify([editorDiagnostics(editor.document.uri), editorDiagnostics(libraryDocument.uri)]);
        await waitFor('the same diagnostics as before the rename, no unresolved reference', () => diagnosticsNow() === diagnosticsBefore || undefined, 10_000, diagnosticsNow);
        assert.ok(!diagnosticsNow().includes('unresolved-reference'));
    });
});

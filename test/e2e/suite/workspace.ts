import * as vscode from 'vscode';
import * as assert from './assert.js';

/* The test workspace (a scratch copy of examples/ and test/e2e/fixtures/) and the extension under test. */

export const extensionId = 'svc-tools.svc-service-specs';

export function workspaceRoot(): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the tests need a workspace folder: the copy of examples/ and test/e2e/fixtures/');
    return folder.uri;
}

/** A file of the workspace by its path relative to the root, with `/`. */
export function workspaceFile(relativePath: string): vscode.Uri {
    return vscode.Uri.joinPath(workspaceRoot(), ...relativePath.split('/'));
}

export function relativePath(uri: vscode.Uri): string {
    return vscode.workspace.asRelativePath(uri, false);
}

/** The installed extension, activated (activation is lazy: a .svc document or a command). */
export async function activateSvc(): Promise<void> {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `${extensionId} is not installed`);
    await extension.activate();
}

export async function openEditor(relative: string, column = vscode.ViewColumn.One): Promise<vscode.TextEditor> {
    const document = await vscode.workspace.openTextDocument(workspaceFile(relative));
    return vscode.window.showTextDocument(document, { viewColumn: column, preview: false });
}

/** Undoes every unsaved change the tests made, then closes all editors, previews and notifications, so that each test starts clean. */
export async function revertAllAndClose(): Promise<void> {
    for (const document of vscode.workspace.textDocuments.filter(candidate => candidate.isDirty)) {
        await vscode.window.showTextDocument(document, { preview: false });
        await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('notifications.clearAll');
}

/** The position of the `occurrence`-th (0-based) `text` in the document. */
export function positionOf(document: vscode.TextDocument, text: string, occurrence = 0): vscode.Position {
    let offset = -1;
    for (let index = 0; index <= occurrence; index++) {
        offset = document.getText().indexOf(text, offset + 1);
        assert.notEqual(offset, -1, `${relativePath(document.uri)} has no ${occurrence + 1}. occurrence of '${text}'`);
    }
    return document.positionAt(offset);
}

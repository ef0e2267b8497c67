import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { PrintPdf } from '../export/document-export.js';
import { registerExportCommands } from '../export/export-commands.js';
import { registerLiveUpdates } from './live-updates.js';
import { PreviewManager } from './preview-manager.js';

/**
 * The blueprint preview and its exports: commands, and the editor events that
 * keep every open preview live (edits of the spec and its data files, diagnostics,
 * cursor, theme, settings).
 */
export function registerBlueprintPreview(context: vscode.ExtensionContext, client: BaseLanguageClient, printPdf: PrintPdf | undefined): void {
    const manager = new PreviewManager(context.extensionUri, client);
    const open = (column: vscode.ViewColumn) => (resource?: unknown) => {
        const specUri = manager.specUri(resource);
        if (specUri) manager.open(specUri, column);
        else void vscode.window.showWarningMessage(vscode.l10n.t('Open a .svc file to preview its blueprint.'));
    };
    context.subscriptions.push(
        manager,
        vscode.commands.registerCommand('svc.preview.open', open(vscode.ViewColumn.Active)),
        vscode.commands.registerCommand('svc.preview.openToSide', open(vscode.ViewColumn.Beside)),
        // The "Open blueprint" code lens above a service: that service's blueprint beside the editor.
        vscode.commands.registerCommand('svc.preview.openService', (uri: unknown, service: unknown) => {
            if (typeof uri !== 'string' || typeof service !== 'string') return;
            manager.open(vscode.Uri.parse(uri), vscode.ViewColumn.Beside).showService(service);
        }),
        vscode.commands.registerCommand('svc.preview.toggleLock', () => {
            if (!manager.toggleLock()) void vscode.window.showWarningMessage(vscode.l10n.t('Focus a blueprint preview to lock or unlock it.'));
        }),
        // Not in the command palette: lets an end-to-end test see what each preview has drawn.
        vscode.commands.registerCommand('svc.preview.renderState', () => manager.renderStates()),
        ...registerExportCommands(manager, printPdf),
        ...registerLiveUpdates(manager),
        vscode.window.onDidChangeActiveTextEditor(editor => manager.followEditor(editor)),
        vscode.window.onDidChangeTextEditorSelection(event => {
            const position = event.selections[0]?.active;
            if (!position) return;
            for (const preview of manager.previewsOf(event.textEditor.document.uri)) preview.followCursor({ line: position.line, character: position.character });
        }),
        vscode.window.onDidChangeActiveColorTheme(() => {
            for (const preview of manager.all()) preview.redraw();
        }),
        vscode.workspace.onDidChangeConfiguration(event => {
            if (event.affectsConfiguration('svc.preview')) for (const preview of manager.all()) preview.redraw();
            if (event.affectsConfiguration('svc.locale')) for (const preview of manager.all()) preview.relocalize();
        })
    );
}

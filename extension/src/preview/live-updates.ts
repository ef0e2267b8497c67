import * as vscode from 'vscode';
import type { BlueprintPreview } from './blueprint-preview.js';

/** What the live updates need of the preview manager. */
export interface OpenPreviews {
    previewsOf(documentUri: vscode.Uri): BlueprintPreview[];
    all(): BlueprintPreview[];
}

/** A data file: a `.csv` file, which the language client hands to the server too. */
export function isDataFile(uri: vscode.Uri): boolean {
    return /\.csv$/i.test(uri.path);
}

/**
 * Keeps every open preview in step with its spec and the spec's measured data.
 * The server validates after each change of a spec or of a data file the spec
 * reads (edited unsaved, saved, changed on disk) and publishes the spec's
 * diagnostics: that event refreshes the spec's preview at once. Edits of the
 * spec and of any data file also schedule a refresh a little later, in case no
 * diagnostics follow; which specs read a data file only the server knows, so
 * every preview gets that fallback (a refresh that finds the same model posts
 * nothing to the webview).
 */
export function registerLiveUpdates(previews: OpenPreviews): vscode.Disposable[] {
    const dataFileChanged = () => {
        for (const preview of previews.all()) preview.scheduleRefresh();
    };
    const dataFiles = vscode.workspace.createFileSystemWatcher('**/*.{csv,CSV}');
    return [
        dataFiles,
        dataFiles.onDidChange(dataFileChanged),
        dataFiles.onDidCreate(dataFileChanged),
        dataFiles.onDidDelete(dataFileChanged),
        vscode.workspace.onDidChangeTextDocument(event => {
            if (event.contentChanges.length === 0) return;
            if (isDataFile(event.document.uri)) dataFileChanged();
            else for (const preview of previews.previewsOf(event.document.uri)) preview.scheduleRefresh();
        }),
        // The server publishes diagnostics once it has validated: then the model is fresh (also after edits in other files).
        vscode.languages.onDidChangeDiagnostics(event => {
            for (const uri of event.uris) for (const preview of previews.previewsOf(uri)) preview.refreshNow();
        })
    ];
}

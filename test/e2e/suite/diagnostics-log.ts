import * as vscode from 'vscode';

/*
 * Which documents the language server has reported on, and how often. A clean
 * file's diagnostics are empty whether or not the server has checked it; a
 * report (even an empty one) is what tells them apart.
 */

const reports = new Map<string, number>();
let listening: vscode.Disposable | undefined;

export function startDiagnosticsLog(): void {
    listening ??= vscode.languages.onDidChangeDiagnostics(event => {
        for (const uri of event.uris) reports.set(uri.toString(), (reports.get(uri.toString()) ?? 0) + 1);
    });
}

/** How many diagnostics reports arrived for `uri` so far. */
export function reportCount(uri: vscode.Uri): number {
    return reports.get(uri.toString()) ?? 0;
}

import { languages, type Disposable, type ExtensionContext } from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { startupMarks } from '#protocol/startup-marks.js';
import { specFileExtension } from '#protocol/workspace-walk.js';
import { followLocaleSetting, svcClientOptions } from './client-setup.js';
import { registerBlueprintPreview } from './preview/register-preview.js';
import { answerFileRequests } from './web/answer-file-requests.js';
import { startReadAhead } from './web/start-read-ahead.js';
import { startServerWorker } from './web/server-worker.js';

let client: LanguageClient | undefined;

/**
 * VS Code in a browser (vscode.dev, github.dev, code-server): the language server
 * runs in a web worker and reads the workspace through the editor's file system;
 * exports that need a local program (PDF) say so.
 */
export async function activate(context: ExtensionContext): Promise<void> {
    performance.mark(startupMarks.activated);
    // Nothing starts without the server's script: it is loaded alone; the specs are read ahead while the worker runs it.
    const { worker, loaded } = await startServerWorker(context);
    performance.mark(startupMarks.serverWorkerCreated, { detail: loaded });
    const readAhead = startReadAhead();
    context.subscriptions.push(readAhead);
    client = new LanguageClient('svc', 'SVC Language Server', worker as ConstructorParameters<typeof LanguageClient>[2], svcClientOptions({ pattern: '**/*.{csv,CSV}' }));
    context.subscriptions.push(...answerFileRequests(client, readAhead.answers), markFirstDiagnostics());
    await client.start();
    registerBlueprintPreview(context, client, undefined);
    followLocaleSetting(context, client);
}

/** Marks when the first diagnostics of a spec (a list, empty for a spec without problems) reach VS Code: what the Problems panel shows after that is the editor's time. */
function markFirstDiagnostics(): Disposable {
    const listener = languages.onDidChangeDiagnostics(({ uris }) => {
        if (!uris.some(uri => uri.path.endsWith(specFileExtension))) return;
        performance.mark(startupMarks.firstDiagnosticsReceived);
        listener.dispose();
    });
    return listener;
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}

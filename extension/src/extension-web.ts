import { languages, type Disposable, type ExtensionContext } from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { startupMarks } from '#protocol/startup-marks.js';
import { followLocaleSetting, svcClientOptions } from './client-setup.js';
import { registerBlueprintPreview } from './preview/register-preview.js';
import { answerFileRequests } from './web/answer-file-requests.js';
import { startServerWorker } from './web/server-worker.js';

let client: LanguageClient | undefined;

/**
 * VS Code in a browser (vscode.dev, github.dev, code-server): the language server
 * runs in a web worker and reads the workspace through the editor's file system;
 * exports that need a local program (PDF) say so.
 */
export async function activate(context: ExtensionContext): Promise<void> {
    performance.mark(startupMarks.activated);
    const worker = await startServerWorker(context.extensionUri) as ConstructorParameters<typeof LanguageClient>[2];
    performance.mark(startupMarks.serverWorkerCreated);
    client = new LanguageClient('svc', 'SVC Language Server', worker, svcClientOptions({ pattern: '**/*.{csv,CSV}' }));
    context.subscriptions.push(...answerFileRequests(client), markFirstDiagnostics());
    await client.start();
    registerBlueprintPreview(context, client, undefined);
    followLocaleSetting(context, client);
}

/** Marks when the first diagnostics of a spec reach VS Code: what the Problems panel shows after that is the editor's time. */
function markFirstDiagnostics(): Disposable {
    const listener = languages.onDidChangeDiagnostics(({ uris }) => {
        if (!uris.some(uri => uri.path.endsWith('.svc') && languages.getDiagnostics(uri).length > 0)) return;
        performance.mark(startupMarks.firstDiagnosticsReceived);
        listener.dispose();
    });
    return listener;
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}

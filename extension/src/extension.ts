import * as path from 'node:path';
import type { ExtensionContext } from 'vscode';
import { workspace } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { setLocaleNotification } from '#server/lsp/locale-setting.js';
import { registerBlueprintPreview } from './preview/register-preview.js';
import { svcLocale } from './settings.js';

let client: LanguageClient | undefined;

/** Starts the .svc language server; diagnostics then follow every edit. */
export async function activate(context: ExtensionContext): Promise<void> {
    const serverModule = context.asAbsolutePath(path.join('out', 'language-server', 'main.cjs'));
    // Standard input and output, not Node IPC: the server reads a large message (a data file opened) without a
    // copy of it as one string (lsp/long-string-messages.ts), where Node's IPC channel parses it whole.
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.stdio },
        debug: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const clientOptions: LanguageClientOptions = {
        // Data files too (any language id an extension gives .csv): their rows get diagnostics, go to definition and quick fixes.
        documentSelector: [{ language: 'svc' }, { scheme: 'file', pattern: '**/*.{csv,CSV}' }],
        // `svc.locale` overrides the display language for what the server writes (diagnostics, hovers, completion).
        initializationOptions: { locale: svcLocale() },
        synchronize: {
            // The server re-reads configuration and revalidates when these change on disk.
            fileEvents: [
                workspace.createFileSystemWatcher('**/*.svc'), workspace.createFileSystemWatcher('**/svc.config.json'),
                workspace.createFileSystemWatcher('**/*.{csv,CSV}')
            ]
        }
    };
    client = new LanguageClient('svc', 'SVC Language Server', serverOptions, clientOptions);
    await client.start();
    registerBlueprintPreview(context, client);
    context.subscriptions.push(workspace.onDidChangeConfiguration(event => {
        if (!event.affectsConfiguration('svc.locale') || !client) return;
        // The server rewords its messages in place; a restart would fail the requests in flight.
        client.clientOptions.initializationOptions = { locale: svcLocale() };
        void client.sendNotification(setLocaleNotification, { locale: svcLocale() });
    }));
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}

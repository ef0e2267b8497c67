import * as path from 'node:path';
import type { ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { followLocaleSetting, svcClientOptions } from './client-setup.js';
import { printPdf } from './export/print-pdf.js';
import { registerBlueprintPreview } from './preview/register-preview.js';

let client: LanguageClient | undefined;

/** Desktop VS Code: starts the .svc language server in Node; diagnostics then follow every edit. */
export async function activate(context: ExtensionContext): Promise<void> {
    const serverModule = context.asAbsolutePath(path.join('out', 'language-server', 'main.cjs'));
    // Standard input and output, not Node IPC: the server reads a large message (a data file opened) without a
    // copy of it as one string (lsp/long-string-messages.ts), where Node's IPC channel parses it whole.
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.stdio },
        debug: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    client = new LanguageClient('svc', 'SVC Language Server', serverOptions, svcClientOptions({ scheme: 'file', pattern: '**/*.{csv,CSV}' }));
    await client.start();
    registerBlueprintPreview(context, client, printPdf);
    followLocaleSetting(context, client);
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}

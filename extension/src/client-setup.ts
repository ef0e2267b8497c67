import type { ExtensionContext } from 'vscode';
import { workspace } from 'vscode';
import type { BaseLanguageClient, DocumentFilter, LanguageClientOptions } from 'vscode-languageclient';
import { setLocaleNotification } from '#server/lsp/locale-setting.js';
import { svcLocale } from './settings.js';

/**
 * What the language client asks of the server, in the desktop and the web build alike.
 * `dataFiles`: the CSV files the server checks (the desktop's server reads the disk: `file:` ones).
 */
export function svcClientOptions(dataFiles: DocumentFilter): LanguageClientOptions {
    return {
        // Data files too (any language id an extension gives .csv): their rows get diagnostics, go to definition and quick fixes.
        documentSelector: [{ language: 'svc' }, dataFiles],
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
}

/** A change of `svc.locale` rewords what the server writes, in place: a restart would fail the requests in flight. */
export function followLocaleSetting(context: ExtensionContext, client: BaseLanguageClient): void {
    context.subscriptions.push(workspace.onDidChangeConfiguration(event => {
        if (!event.affectsConfiguration('svc.locale')) return;
        client.clientOptions.initializationOptions = { locale: svcLocale() };
        void client.sendNotification(setLocaleNotification, { locale: svcLocale() });
    }));
}

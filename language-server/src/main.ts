import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { toLocale } from './i18n/locale.js';
import { serveBlueprints } from './lsp/blueprint-request.js';
import { watchConfigFiles } from './lsp/config-diagnostics.js';
import { createSvcServices } from './svc-module.js';

// Language server entry point: stdio or IPC, chosen by the client's command-line flags.
const connection = createConnection(ProposedFeatures.all);
const { shared, Svc } = createSvcServices({ connection, ...NodeFileSystem });
shared.lsp.LanguageServer.onInitialize(params => {
    // The extension's `svc.locale` setting, else the editor's display language.
    const options: unknown = params.initializationOptions;
    const chosen = typeof options === 'object' && options !== null && 'locale' in options && typeof options.locale === 'string' ? options.locale : undefined;
    Svc.i18n.Locale.current = toLocale(chosen ?? params.locale);
});
watchConfigFiles(shared, Svc);
serveBlueprints(shared, Svc);
startLanguageServer(shared);

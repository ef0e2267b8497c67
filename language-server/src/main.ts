import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { serveBlueprints } from './lsp/blueprint-request.js';
import { watchConfigFiles } from './lsp/config-diagnostics.js';
import { serveLocaleSetting } from './lsp/locale-setting.js';
import { createSvcServices } from './svc-module.js';

// Language server entry point: stdio or IPC, chosen by the client's command-line flags.
const connection = createConnection(ProposedFeatures.all);
const { shared, Svc } = createSvcServices({ connection, ...NodeFileSystem });
serveLocaleSetting(shared, Svc);
watchConfigFiles(shared, Svc);
serveBlueprints(shared, Svc);
startLanguageServer(shared);

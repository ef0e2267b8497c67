import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import type { Locale } from '#protocol/locale.js';
import { serveBlueprints } from './lsp/blueprint-request.js';
import { followClosedAndRenamedFiles } from './lsp/closed-and-renamed-files.js';
import { watchConfigFiles } from './lsp/config-diagnostics.js';
import { serveDataFileRequests } from './lsp/data-files/data-file-requests.js';
import { followDataFiles } from './lsp/data-files/live-data-files.js';
import { gatedReader, LifecycleGate } from './lsp/lifecycle-gate.js';
import { serveLocaleSetting } from './lsp/locale-setting.js';
import { adoptStdio, transportFromArguments } from './lsp/transport.js';
import { createSvcServices } from './svc-module.js';
import type { SvcDocumentBuilder } from './workspace/svc-document-builder.js';
import { typingPauseOf } from './workspace/typing-pause.js';

// Language server entry point: stdio or IPC, chosen by the client's command-line flags;
// every incoming message passes the lifecycle gate first (requests before `initialize`, after `shutdown`, bad positions).
let locale: () => Locale = () => 'en';
const gate = new LifecycleGate(() => locale());
const transport = transportFromArguments(process.argv.slice(2));
const connection = transport
    ? createConnection(ProposedFeatures.all, gatedReader(transport.reader, transport.writer, gate), transport.writer)
    : createConnection(ProposedFeatures.all);
if (transport?.stdio) adoptStdio(connection, () => gate.shutdownReceived);
const { shared, Svc } = createSvcServices({ connection, ...NodeFileSystem });
locale = () => Svc.i18n.Locale.current;
// Keystrokes come a few hundred milliseconds apart: the files an edit affects elsewhere are checked once typing pauses.
(shared.workspace.DocumentBuilder as SvcDocumentBuilder).typingPause = typingPauseOf(250);
serveLocaleSetting(shared, Svc);
watchConfigFiles(shared, Svc);
serveBlueprints(shared, Svc);
followClosedAndRenamedFiles(shared);
followDataFiles(shared, Svc);
serveDataFileRequests(connection, shared, Svc);
startLanguageServer(shared);
// A failure nobody awaited (a file gone between an event and its read, say) is logged to the client; the server stays up.
process.on('unhandledRejection', error => console.error('svc: unexpected error; the server keeps running:', error));

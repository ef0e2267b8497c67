import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import type { Locale } from '#protocol/locale.js';
import { nodeWorkspaceFiles } from './files/node-workspace-files.js';
import { gatedReader, LifecycleGate } from './lsp/lifecycle-gate.js';
import { startSvcServer } from './lsp/start-server.js';
import { adoptStdio, transportFromArguments } from './lsp/transport.js';

// Language server entry point: stdio or IPC, chosen by the client's command-line flags;
// every incoming message passes the lifecycle gate first (requests before `initialize`, after `shutdown`, bad positions).
let locale: () => Locale = () => 'en';
const gate = new LifecycleGate(() => locale());
const transport = transportFromArguments(process.argv.slice(2));
const connection = transport
    ? createConnection(ProposedFeatures.all, gatedReader(transport.reader, transport.writer, gate), transport.writer)
    : createConnection(ProposedFeatures.all);
if (transport?.stdio) adoptStdio(connection, () => gate.shutdownReceived);
const { Svc } = startSvcServer(connection, NodeFileSystem.fileSystemProvider, nodeWorkspaceFiles);
locale = () => Svc.i18n.Locale.current;
// A failure nobody awaited (a file gone between an event and its read, say) is logged to the client; the server stays up.
process.on('unhandledRejection', error => console.error('svc: unexpected error; the server keeps running:', error));

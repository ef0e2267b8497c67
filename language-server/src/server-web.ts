import { DocumentState, URI } from 'langium';
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import type { Locale } from '#protocol/locale.js';
import { startupMarks } from '#protocol/startup-marks.js';
import { EditorWorkspaceFiles } from './files/editor-workspace-files.js';
import { configFilesToLoad, dataFilesToLoad } from './files/files-to-load.js';
import type { SvcDocumentUpdateHandler } from './lsp/data-files/svc-document-update-handler.js';
import { gatedReader, LifecycleGate } from './lsp/lifecycle-gate.js';
import { startSvcServer } from './lsp/start-server.js';
import type { SvcDocumentBuilder } from './workspace/svc-document-builder.js';

// The language server of the web build, in a web worker: messages come as the worker's messages, and
// the files beside the specs through the extension (workspace.fs), which answers `svc/fs/*` requests.
type WorkerScope = ConstructorParameters<typeof BrowserMessageReader>[0] & { addEventListener(type: string, listener: (event: { reason?: unknown }) => void): void };
const scope = self as unknown as WorkerScope;

let locale: () => Locale = () => 'en';
const gate = new LifecycleGate(() => locale());
const reader = new BrowserMessageReader(scope);
const writer = new BrowserMessageWriter(scope);
const connection = createConnection(ProposedFeatures.all, gatedReader(reader, writer, gate), writer);
const files = new EditorWorkspaceFiles((method, params) => connection.sendRequest(method, params));
const { shared, Svc } = startSvcServer(connection, () => files.specs, files);
locale = () => Svc.i18n.Locale.current;

shared.lsp.LanguageServer.onInitialize(params => {
    performance.mark(startupMarks.initializeReceived);
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    files.setHome(folder ? URI.parse(folder) : undefined);
});
const builder = shared.workspace.DocumentBuilder as SvcDocumentBuilder;
builder.loadFiles = async () => {
    const documents = shared.workspace.LangiumDocuments;
    const configs = Svc.config.ConfigProvider;
    const fetched = await files.load(configFilesToLoad(documents, configs));
    // A lookup made before a config file was fetched saw none there.
    if (fetched.some(path => files.exists(path))) configs.clear();
    await files.load(dataFilesToLoad(documents, configs));
};
// Whatever changed is read again when next needed (before the build that the change starts).
(shared.lsp.DocumentUpdateHandler as SvcDocumentUpdateHandler).onFilesChangedOnDisk(({ changes }) => {
    for (const change of changes) {
        const path = files.pathOf(URI.parse(change.uri));
        if (path !== undefined) files.forget(path);
    }
});
const firstValidation = builder.onBuildPhase(DocumentState.Validated, () => {
    performance.mark(startupMarks.firstValidated);
    firstValidation.dispose();
});
scope.addEventListener('unhandledrejection', (event: { reason?: unknown }) => console.error('svc: unexpected error; the server keeps running:', event.reason));
performance.mark(startupMarks.serverListening);

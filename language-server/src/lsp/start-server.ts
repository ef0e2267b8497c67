import { startLanguageServer, type DefaultSharedModuleContext, type LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import type { WorkspaceFiles } from '../files/workspace-files.js';
import { createSvcServices, type SvcServices } from '../svc-module.js';
import type { SvcDocumentBuilder } from '../workspace/svc-document-builder.js';
import { typingPauseOf } from '../workspace/typing-pause.js';
import { serveBlueprints } from './blueprint-request.js';
import { followClosedAndRenamedFiles } from './closed-and-renamed-files.js';
import { watchConfigFiles } from './config-diagnostics.js';
import { serveDataFileRequests } from './data-files/data-file-requests.js';
import { followDataFiles } from './data-files/live-data-files.js';
import { serveLocaleSetting } from './locale-setting.js';

/** The language server on `connection`, whichever the transport and file system (Node, or a web worker). */
export function startSvcServer(connection: Connection, fileSystem: DefaultSharedModuleContext['fileSystemProvider'], files: WorkspaceFiles): { shared: LangiumSharedServices; Svc: SvcServices } {
    const services = createSvcServices({ connection, fileSystemProvider: fileSystem }, files);
    const { shared, Svc } = services;
    // Keystrokes come a few hundred milliseconds apart: the files an edit affects elsewhere are checked once typing pauses.
    (shared.workspace.DocumentBuilder as SvcDocumentBuilder).typingPause = typingPauseOf(250);
    serveLocaleSetting(shared, Svc);
    watchConfigFiles(shared, Svc);
    serveBlueprints(shared, Svc);
    followClosedAndRenamedFiles(shared);
    followDataFiles(shared, Svc);
    serveDataFileRequests(connection, shared, Svc);
    startLanguageServer(shared);
    return services;
}

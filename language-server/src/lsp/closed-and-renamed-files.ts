import { UriUtils, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { DidRenameFilesNotification, type InitializeParams, type RenameFilesParams } from 'vscode-languageserver';

/**
 * Langium forgets nothing when the editor closes a document: it keeps the
 * editor's last text, so a file closed unsaved, or renamed (close old, open
 * new) by a client that sends no watcher events, stays in the workspace
 * under its old uri — its diagnostics stay published and its names clash
 * with the moved file's. Here a closed document is read again from disk, or
 * removed (diagnostics cleared) when it is gone or lies outside the
 * workspace; and `workspace/didRenameFiles` (registered when the client
 * allows it) moves documents, folders included.
 */
export function followClosedAndRenamedFiles(shared: LangiumSharedServices): void {
    const connection = shared.lsp.Connection;
    const documents = shared.workspace.LangiumDocuments;
    const fileSystem = shared.workspace.FileSystemProvider;
    const workspaceManager = shared.workspace.WorkspaceManager;
    const isSpec = (uri: URI) => shared.ServiceRegistry.hasServices(uri);

    // The files are looked up inside the write lock, so that the update keeps its place in the queue:
    // a close then an open (a rename without watcher events) are built in that order.
    const updateWith = (changes: () => Promise<{ changed: URI[]; deleted: URI[] }>) => {
        void workspaceManager.ready.then(() => shared.workspace.WorkspaceLock.write(async token => {
            const { changed, deleted } = await changes();
            if (changed.length > 0 || deleted.length > 0) await shared.workspace.DocumentBuilder.update(changed, deleted, token);
        })).catch((error: unknown) => {
            // A file can vanish between the look-up and the read; its deletion event follows and cleans up.
            console.error('svc: the workspace could not follow a closed or renamed file:', error);
        });
    };
    const insideWorkspace = (uri: URI) => (workspaceManager.workspaceFolders ?? [])
        .some(folder => UriUtils.contains(folder.uri, uri));

    shared.workspace.TextDocuments?.onDidClose(({ document }) => isSpec(URI.parse(document.uri)) && updateWith(async () => {
        const uri = URI.parse(document.uri);
        // Inside a workspace folder, whatever its file system (an untitled editor is in none).
        const onDisk = insideWorkspace(uri) && await fileSystem.exists(uri);
        return onDisk ? { changed: [uri], deleted: [] } : { changed: [], deleted: [uri] };
    }));

    let canRegister = false;
    shared.lsp.LanguageServer.onInitialize((params: InitializeParams) => {
        const fileOperations = params.capabilities.workspace?.fileOperations;
        canRegister = Boolean(fileOperations?.dynamicRegistration && fileOperations.didRename);
    });
    shared.lsp.LanguageServer.onInitialized(() => {
        if (!canRegister) return;
        void connection?.client.register(DidRenameFilesNotification.type, {
            filters: [{ pattern: { glob: '**/*' } }]
        });
    });
    connection?.workspace.onDidRenameFiles((params: RenameFilesParams) => updateWith(async () => {
        const changed: URI[] = [];
        const deleted: URI[] = [];
        for (const file of params.files) {
            const from = URI.parse(file.oldUri);
            const to = URI.parse(file.newUri);
            // A renamed folder moves every document under it.
            const moved = documents.all.filter(document => UriUtils.contains(from, document.uri)).map(document => document.uri).toArray();
            for (const uri of moved) {
                deleted.push(uri);
                const relative = UriUtils.relative(from, uri);
                const target = relative === '' ? to : UriUtils.joinPath(to, relative);
                if (isSpec(target) && await fileSystem.exists(target)) changed.push(target);
            }
            // A file the server never loaded (outside the workspace before, say) may move into it.
            if (moved.length === 0 && isSpec(to) && insideWorkspace(to) && await fileSystem.exists(to)) changed.push(to);
        }
        return { changed, deleted };
    }));
}

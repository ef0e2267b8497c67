import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { URI } from 'langium';
import {
    createProtocolConnection, StreamMessageReader, StreamMessageWriter, CancellationTokenSource,
    DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification,
    DidRenameFilesNotification, ExitNotification, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, RegistrationRequest,
    ShutdownRequest, ConfigurationRequest, HoverRequest, WorkDoneProgress, WorkDoneProgressCreateRequest, type Diagnostic, type FileEvent, type InitializeParams, type InitializeResult,
    type ProtocolConnection, type Range, type ServerCapabilities
} from 'vscode-languageserver-protocol/node';

const serverModule = resolve(import.meta.dirname, '../../out/language-server/main.cjs');

/** A real client for the built language server, over stdio. */
export class LspClient {
    private readonly diagnostics = new Map<string, Diagnostic[]>();
    private readonly waiters: Array<() => void> = [];
    private readonly versions = new Map<string, number>();
    /** Every diagnostics notification, in order of arrival. */
    readonly published: Array<{ uri: string; diagnostics: Diagnostic[] }> = [];
    /** The titles of the work-done progress the server began, and how many diagnostics notifications came before its end. */
    readonly progress: { titles: string[]; publishedBeforeEnd?: number } = { titles: [] };
    /** Methods of the client capabilities the server registered dynamically. */
    readonly registrations: string[] = [];
    stderr = '';
    /** What the server said it can do in its initialize result. */
    capabilities: ServerCapabilities = {};
    /** Resolves with the exit code once the server process has ended. */
    readonly exited: Promise<number | null>;

    private constructor(readonly process: ChildProcess, readonly connection: ProtocolConnection) {
        this.exited = new Promise(done => process.once('exit', code => done(code)));
    }

    /** `localeOverride`: the extension's `svc.locale` setting, sent as an initialization option. */
    static async start(workspaceFolder: string, locale = 'en', localeOverride?: string): Promise<LspClient> {
        const client = LspClient.spawn();
        client.capabilities = (await client.initialize(workspaceFolder, locale, localeOverride)).capabilities;
        await client.connection.sendNotification(InitializedNotification.type, {});
        return client;
    }

    /** The server process and connection, before `initialize` (for protocol-order tests). */
    static spawn(): LspClient {
        const child = spawn(process.execPath, [serverModule, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
        const client = new LspClient(child, connection);
        child.stderr!.on('data', chunk => { client.stderr += String(chunk); });
        connection.onNotification(PublishDiagnosticsNotification.type, params => {
            client.diagnostics.set(params.uri, params.diagnostics);
            client.published.push({ uri: params.uri, diagnostics: params.diagnostics });
            client.waiters.splice(0).forEach(wake => wake());
        });
        connection.onRequest(WorkDoneProgressCreateRequest.type, ({ token }) => {
            connection.onProgress(WorkDoneProgress.type, token, value => {
                if (value.kind === 'begin') client.progress.titles.push(value.title);
                if (value.kind !== 'end') return;
                client.progress.publishedBeforeEnd ??= client.published.length;
                client.waiters.splice(0).forEach(wake => wake());
            });
        });
        connection.onRequest(RegistrationRequest.type, params => {
            client.registrations.push(...params.registrations.map(registration => registration.method));
        });
        connection.onRequest(ConfigurationRequest.type, params => params.items.map(() => null));
        connection.listen();
        return client;
    }

    /** The `initialize` request, as a client that watches files and renames files would send it. */
    initialize(workspaceFolder: string, locale = 'en', localeOverride?: string): Promise<InitializeResult> {
        const rootUri = uriOf(workspaceFolder);
        const params: InitializeParams = {
            processId: process.pid,
            rootUri,
            locale,
            ...localeOverride ? { initializationOptions: { locale: localeOverride } } : {},
            workspaceFolders: [{ uri: rootUri, name: 'workspace' }],
            capabilities: {
                window: { workDoneProgress: true },
                workspace: {
                    configuration: true,
                    didChangeWatchedFiles: { dynamicRegistration: true },
                    fileOperations: { dynamicRegistration: true, didRename: true }
                }
            }
        };
        return this.connection.sendRequest(InitializeRequest.type, params);
    }

    /** Whether the server's first check of the workspace has ended (its work-done progress). */
    workspaceChecked(): boolean {
        return this.progress.publishedBeforeEnd !== undefined;
    }

    diagnosticsOf(path: string): Diagnostic[] | undefined {
        return this.diagnostics.get(uriOf(path));
    }

    /**
     * Waits until the diagnostics of `path` satisfy `accept`, once the server's first check of the
     * workspace has ended (before, a spec may have only its early diagnostics); fails with what was last seen.
     */
    async waitFor(path: string, accept: (diagnostics: Diagnostic[]) => boolean, timeoutMs = 15_000): Promise<Diagnostic[]> {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
            const current = this.diagnosticsOf(path);
            if (this.workspaceChecked() && current && accept(current)) return current;
            const left = deadline - Date.now();
            if (left <= 0) throw new Error(`timed out waiting for diagnostics of ${path}; last: ${JSON.stringify(current?.map(d => d.code))}\n${this.stderr}`);
            await new Promise<void>(wake => {
                const timer = setTimeout(wake, left);
                this.waiters.push(() => { clearTimeout(timer); wake(); });
            });
        }
    }

    /** Forgets the diagnostics seen for `path`, so that `waitFor` waits for the next ones. */
    forget(path: string): void {
        this.diagnostics.delete(uriOf(path));
    }

    async open(path: string, text: string, version = 1): Promise<void> {
        this.versions.set(path, version);
        await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: uriOf(path), languageId: path.endsWith('.svc') ? 'svc' : 'csv', version, text }
        });
    }

    /** The whole text as one change; `version` defaults to one more than the last sent. */
    async change(path: string, text: string, version = (this.versions.get(path) ?? 1) + 1): Promise<void> {
        this.versions.set(path, version);
        await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: uriOf(path), version },
            contentChanges: [{ text }]
        });
    }

    /** Changes of ranges, as an editor sends them, in one notification; `version` as for `change`. */
    async edit(path: string, contentChanges: Array<{ range: Range; text: string }>, version = (this.versions.get(path) ?? 1) + 1): Promise<void> {
        this.versions.set(path, version);
        await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: uriOf(path), version }, contentChanges });
    }

    async close(path: string): Promise<void> {
        this.versions.delete(path);
        await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: uriOf(path) } });
    }

    async filesChanged(changes: Array<{ path: string; type: FileEvent['type'] }>): Promise<void> {
        await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
            changes: changes.map(change => ({ uri: uriOf(change.path), type: change.type }))
        });
    }

    /** `workspace/didRenameFiles`, as an editor sends it after moving files. */
    async filesRenamed(renames: Array<{ from: string; to: string }>): Promise<void> {
        await this.connection.sendNotification(DidRenameFilesNotification.type, {
            files: renames.map(rename => ({ oldUri: uriOf(rename.from), newUri: uriOf(rename.to) }))
        });
    }

    async hover(path: string, line: number, character: number): Promise<string> {
        const hover = await this.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf(path) }, position: { line, character } });
        const contents = hover?.contents;
        return typeof contents === 'object' && contents !== null && 'value' in contents ? contents.value : JSON.stringify(contents ?? null);
    }

    /** Any notification, for features without a helper here. */
    notify(method: string, params: object): Promise<void> {
        return this.connection.sendNotification(method, params);
    }

    /** Any request, for features without a helper here. */
    request<R>(method: string, params?: object): Promise<R> {
        return params === undefined ? this.connection.sendRequest<R>(method) : this.connection.sendRequest<R>(method, params);
    }

    /** A request and the means to cancel it (`$/cancelRequest`). */
    cancellableRequest<R>(method: string, params: object): { response: Promise<R>; cancel: () => void } {
        const source = new CancellationTokenSource();
        return { response: this.connection.sendRequest<R>(method, params, source.token), cancel: () => source.cancel() };
    }

    async stop(): Promise<void> {
        if (this.process.exitCode === null) {
            await this.connection.sendRequest(ShutdownRequest.type);
            await this.connection.sendNotification(ExitNotification.type);
        }
        this.connection.dispose();
        this.process.kill();
    }
}

export function uriOf(path: string): string {
    return URI.file(path).toString();
}

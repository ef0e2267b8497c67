import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { URI } from 'langium';
import {
    createProtocolConnection, StreamMessageReader, StreamMessageWriter,
    DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification, DidOpenTextDocumentNotification,
    ExitNotification, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, RegistrationRequest,
    ShutdownRequest, ConfigurationRequest, HoverRequest, type Diagnostic, type FileEvent, type ProtocolConnection,
    type ServerCapabilities
} from 'vscode-languageserver-protocol/node';

const serverModule = resolve(import.meta.dirname, '../../out/language-server/main.cjs');

/** A real client for the built language server, over stdio. */
export class LspClient {
    private readonly diagnostics = new Map<string, Diagnostic[]>();
    private readonly waiters: Array<() => void> = [];
    private readonly versions = new Map<string, number>();
    stderr = '';
    /** What the server said it can do in its initialize result. */
    capabilities: ServerCapabilities = {};

    private constructor(readonly process: ChildProcess, readonly connection: ProtocolConnection) {}

    /** `localeOverride`: the extension's `svc.locale` setting, sent as an initialization option. */
    static async start(workspaceFolder: string, locale = 'en', localeOverride?: string): Promise<LspClient> {
        const child = spawn(process.execPath, [serverModule, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
        const client = new LspClient(child, connection);
        child.stderr!.on('data', chunk => { client.stderr += String(chunk); });
        connection.onNotification(PublishDiagnosticsNotification.type, params => {
            client.diagnostics.set(params.uri, params.diagnostics);
            client.waiters.splice(0).forEach(wake => wake());
        });
        connection.onRequest(RegistrationRequest.type, () => undefined);
        connection.onRequest(ConfigurationRequest.type, params => params.items.map(() => null));
        connection.listen();
        const rootUri = uriOf(workspaceFolder);
        client.capabilities = (await connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri,
            locale,
            ...localeOverride ? { initializationOptions: { locale: localeOverride } } : {},
            workspaceFolders: [{ uri: rootUri, name: 'workspace' }],
            capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } }
        })).capabilities;
        await connection.sendNotification(InitializedNotification.type, {});
        return client;
    }

    diagnosticsOf(path: string): Diagnostic[] | undefined {
        return this.diagnostics.get(uriOf(path));
    }

    /** Waits until the diagnostics of `path` satisfy `accept`; fails with what was last seen. */
    async waitFor(path: string, accept: (diagnostics: Diagnostic[]) => boolean, timeoutMs = 15_000): Promise<Diagnostic[]> {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
            const current = this.diagnosticsOf(path);
            if (current && accept(current)) return current;
            const left = deadline - Date.now();
            if (left <= 0) throw new Error(`timed out waiting for diagnostics of ${path}; last: ${JSON.stringify(current?.map(d => d.code))}\n${this.stderr}`);
            await new Promise<void>(wake => {
                const timer = setTimeout(wake, left);
                this.waiters.push(() => { clearTimeout(timer); wake(); });
            });
        }
    }

    async open(path: string, text: string): Promise<void> {
        this.versions.set(path, 1);
        await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: uriOf(path), languageId: 'svc', version: 1, text }
        });
    }

    async change(path: string, text: string): Promise<void> {
        const version = (this.versions.get(path) ?? 1) + 1;
        this.versions.set(path, version);
        await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: uriOf(path), version },
            contentChanges: [{ text }]
        });
    }

    async filesChanged(changes: Array<{ path: string; type: FileEvent['type'] }>): Promise<void> {
        await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
            changes: changes.map(change => ({ uri: uriOf(change.path), type: change.type }))
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
    request<R>(method: string, params: object): Promise<R> {
        return this.connection.sendRequest<R>(method, params);
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

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { URI } from 'langium';
import {
    CompletionRequest, createProtocolConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification,
    HoverRequest, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, RegistrationRequest, ShutdownRequest,
    ConfigurationRequest, StreamMessageReader, StreamMessageWriter, WorkDoneProgress, WorkDoneProgressCreateRequest,
    type Position, type ProtocolConnection, type Range
} from 'vscode-languageserver-protocol/node';
import { percentile } from './measure.js';

const serverModule = resolve(import.meta.dirname, '../language-server/main.cjs');

/** The built language server over stdio, with the time of every diagnostics notification. */
export class ServerSession {
    private readonly published = new Map<string, number>();
    private readonly waiters: Array<() => void> = [];
    private version = 1;
    /** When the server's first check of the workspace ended (its work-done progress): every file has its full diagnostics. */
    private checkedAt: number | undefined;

    private constructor(readonly pid: number, private readonly connection: ProtocolConnection, private readonly kill: () => void) {}

    /** Starts the server on `folder`; resolves once `initialize` has answered. */
    static async start(folder: string): Promise<ServerSession> {
        const child = spawn(process.execPath, [serverModule, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
        const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
        const session = new ServerSession(child.pid!, connection, () => child.kill());
        connection.onNotification(PublishDiagnosticsNotification.type, params => {
            session.published.set(params.uri, performance.now());
            session.waiters.splice(0).forEach(wake => wake());
        });
        connection.onRequest(RegistrationRequest.type, () => undefined);
        connection.onRequest(ConfigurationRequest.type, params => params.items.map(() => null));
        connection.onRequest(WorkDoneProgressCreateRequest.type, ({ token }) => {
            connection.onProgress(WorkDoneProgress.type, token, value => {
                if (value.kind !== 'end') return;
                session.checkedAt ??= performance.now();
                session.waiters.splice(0).forEach(wake => wake());
            });
        });
        connection.listen();
        const rootUri = URI.file(folder).toString();
        await connection.sendRequest(InitializeRequest.type, {
            processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'bench' }],
            capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } }, window: { workDoneProgress: true } }
        });
        await connection.sendNotification(InitializedNotification.type, {});
        return session;
    }

    /**
     * Resolves when every one of `paths` has had diagnostics published after `since` and the first check of the workspace
     * has ended: before that, a file may have had only the early part of its diagnostics (what needs no linking).
     */
    async diagnosticsAfter(paths: readonly string[], since: number, timeoutMs = 300_000): Promise<number> {
        const uris = paths.map(path => URI.file(path).toString());
        const deadline = performance.now() + timeoutMs;
        for (;;) {
            const times = uris.map(uri => this.published.get(uri) ?? -Infinity);
            if (this.checkedAt !== undefined && times.every(time => time >= since)) return Math.max(...times);
            if (performance.now() > deadline) throw new Error(`no full diagnostics for ${uris.filter((_, i) => times[i] < since).length} of ${uris.length} files`);
            await this.nextNotification();
        }
    }

    /** Resolves when any file has had diagnostics published after `since` (early or full). */
    async firstDiagnosticsAfter(since: number, timeoutMs = 300_000): Promise<number> {
        const deadline = performance.now() + timeoutMs;
        for (;;) {
            const first = Math.min(...[...this.published.values()].filter(time => time >= since));
            if (Number.isFinite(first)) return first;
            if (performance.now() > deadline) throw new Error('no diagnostics published');
            await this.nextNotification();
        }
    }

    private nextNotification(): Promise<void> {
        return new Promise<void>(wake => {
            const timer = setTimeout(wake, 1000);
            this.waiters.push(() => { clearTimeout(timer); wake(); });
        });
    }

    /** `languageId`: `csv` for a data file. */
    async open(path: string, languageId = 'svc'): Promise<void> {
        await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: URI.file(path).toString(), languageId, version: this.version, text: readFileSync(path, 'utf-8') }
        });
    }

    async change(path: string, text: string): Promise<void> {
        await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: URI.file(path).toString(), version: ++this.version }, contentChanges: [{ text }]
        });
    }

    /** Replaces `range` of an open document by `text`: an incremental change, as editors send one. */
    async edit(path: string, range: Range, text: string): Promise<void> {
        await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: URI.file(path).toString(), version: ++this.version }, contentChanges: [{ range, text }]
        });
    }

    completion(path: string, position: Position): Promise<unknown> {
        return this.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: URI.file(path).toString() }, position });
    }

    hover(path: string, position: Position): Promise<unknown> {
        return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI.file(path).toString() }, position });
    }

    /** Peak resident set size in MB (VmHWM). */
    peakRssMb(): number {
        const status = readFileSync(`/proc/${this.pid}/status`, 'utf-8');
        return Number(/VmHWM:\s+(\d+)/.exec(status)![1]) / 1024;
    }

    async stop(): Promise<void> {
        await this.connection.sendRequest(ShutdownRequest.type);
        await this.connection.sendNotification(ExitNotification.type);
        this.connection.dispose();
        this.kill();
    }
}

export interface Latency { p50: number; p95: number }

export const latency = (times: readonly number[]): Latency => ({ p50: percentile(times, 50), p95: percentile(times, 95) });

/** Initial load of a workspace, as when a folder is opened with no file open: initialize → the first file's diagnostics, every file's, and the server's peak RSS then. */
export async function initialLoad(folder: string, paths: readonly string[]): Promise<{ firstDiagnosticsMs: number; allDiagnosticsMs: number; peakRssMb: number }> {
    const start = performance.now();
    const session = await ServerSession.start(folder);
    const first = await session.firstDiagnosticsAfter(start);
    const all = await session.diagnosticsAfter(paths, start);
    const peakRssMb = session.peakRssMb();
    await session.stop();
    return { firstDiagnosticsMs: first - start, allDiagnosticsMs: all - start, peakRssMb };
}

/** Positions of `pattern` matches in `text` (line and character of the match's group 1). */
function positionsOf(text: string, pattern: RegExp, count: number): Position[] {
    const lines = text.split('\n');
    const found: Position[] = [];
    lines.forEach((line, index) => {
        const match = pattern.exec(line);
        if (match) found.push({ line: index, character: match.index + match[0].indexOf(match[1]) });
    });
    const step = Math.max(1, Math.floor(found.length / count));
    return found.filter((_, index) => index % step === 0).slice(0, count);
}

/** Editing one file of an open workspace: edit → diagnostics, completion and hover latencies. */
export async function editingLatencies(folder: string, paths: readonly string[], edited: string, edits: number): Promise<{ edit: Latency; completion: Latency; hover: Latency }> {
    const session = await ServerSession.start(folder);
    await session.diagnosticsAfter(paths, 0);
    await session.open(edited);
    await session.diagnosticsAfter([edited], 0);
    const original = readFileSync(edited, 'utf-8');
    const waits = positionsOf(original, /^\s+wait (\d+) min/, edits);
    const editTimes: number[] = [];
    for (let index = 0; index < edits; index++) {
        // Change one `wait` value: the kind of edit that changes diagnostics (wait against standards, lead time).
        const position = waits[index % waits.length];
        const lines = original.split('\n');
        lines[position.line] = lines[position.line].replace(/wait \d+ min/, `wait ${index % 40 + 1} min`);
        const sent = performance.now();
        await session.change(edited, lines.join('\n'));
        editTimes.push(await session.diagnosticsAfter([edited], sent) - sent);
    }
    await session.change(edited, original);
    await session.diagnosticsAfter([edited], performance.now());
    const completionTimes: number[] = [];
    for (const position of positionsOf(original, / by (\S+) \{/, 50)) {
        const sent = performance.now();
        await session.completion(edited, position);
        completionTimes.push(performance.now() - sent);
    }
    const hoverTimes: number[] = [];
    for (const position of positionsOf(original, /^\s+next (\S+)/, 50)) {
        const sent = performance.now();
        await session.hover(edited, position);
        hoverTimes.push(performance.now() - sent);
    }
    await session.stop();
    return { edit: latency(editTimes), completion: latency(completionTimes), hover: latency(hoverTimes) };
}

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import type { Diagnostic } from 'vscode-languageserver';

/*
 * The web build's language server (out/language-server/server-web.js) in a web
 * worker of headless Chromium, driven by a small LSP client in the page that
 * plays the extension: it answers the server's `svc/fs/*` requests from a copy
 * of a folder on disk, as `workspace.fs` would, and records what the server publishes.
 */

export const webServerBundle = join(import.meta.dirname, '..', '..', 'out', 'language-server', 'server-web.js');

/** Serves a blank page and the server's bundle (the built one, or `bundle`), nothing else. */
export function serveWebServer(bundle = webServerBundle): Promise<Server> {
    const server = createServer((request, response) => {
        if (request.url === '/server-web.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(bundle));
        else if (request.url === '/') response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>svc web server</title>');
        else response.writeHead(404).end();
    });
    return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export const pageUrl = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

/** A folder as the page's file system holds it, by path under `root` (`/ws/…`). */
export interface FolderCopy {
    files: Record<string, { size: number; mtime: number; base64: string }>;
    folders: Record<string, Array<{ name: string; kind: 'file' | 'directory' }>>;
}

export function copyFolder(folder: string, root: string): FolderCopy {
    const copy: FolderCopy = { files: {}, folders: {} };
    const walk = (path: string) => {
        const at = `${root}${relative(folder, path) === '' ? '' : `/${relative(folder, path)}`}`;
        copy.folders[at] = readdirSync(path, { withFileTypes: true }).map(entry => ({ name: entry.name, kind: entry.isDirectory() ? 'directory' : 'file' }));
        for (const entry of readdirSync(path, { withFileTypes: true })) {
            const child = join(path, entry.name);
            if (entry.isDirectory()) walk(child);
            else copy.files[`${at}/${entry.name}`] = { size: statSync(child).size, mtime: statSync(child).mtimeMs, base64: readFileSync(child).toString('base64') };
        }
    };
    walk(folder);
    return copy;
}

export interface WebRun {
    /** The last diagnostics published for each URI. */
    diagnostics: Record<string, Diagnostic[]>;
    /**
     * Milliseconds from the worker's creation (as when the extension starts it: the script is
     * loaded, then initialised) to the first diagnostics, and to the end of the first check.
     */
    firstDiagnosticsMs: number;
    checkedMs: number;
    /** The requests the server sent, by method. */
    requests: Record<string, number>;
    /** The paths of the files the server asked to read. */
    filesRead: string[];
    workerErrors: string[];
}

/** What the page keeps of a worker left running (`keep`): the folder it reads, and who waits for which diagnostics. */
interface KeptWorker {
    worker: Worker;
    copy: FolderCopy;
    onDiagnostics: Array<(uri: string, diagnostics: Diagnostic[]) => boolean>;
}

/**
 * Starts the worker on `copy` (workspace folder `file:///ws`), with no file
 * open, and waits for the first check of the workspace to end. `keep` leaves
 * it running for `changeOnDisk`.
 */
export function openFolderInWorker(page: Page, copy: FolderCopy, { locale = 'en', keep = false } = {}): Promise<WebRun> {
    return page.evaluate(async ({ copy, locale, keep }) => {
        const kept: KeptWorker = { worker: undefined as unknown as Worker, copy, onDiagnostics: [] };
        const created = performance.now();
        const worker = kept.worker = new Worker('/server-web.js');
        const workerErrors: string[] = [];
        worker.onerror = event => { workerErrors.push(event.message); };
        const diagnostics: Record<string, Diagnostic[]> = {};
        const requests: Record<string, number> = {};
        const filesRead: string[] = [];
        const pending = new Map<number, (message: unknown) => void>();
        let nextId = 1;
        let firstDiagnosticsMs = -1;
        let checked: () => void = () => undefined;
        const checkedOnce = new Promise<void>(resolve => { checked = resolve; });
        const pathOf = (uri: string) => decodeURIComponent(new URL(uri).pathname);
        const answer = (method: string, params: { uri?: string; limit?: number; items?: unknown[] }): { result?: unknown; error?: { code: number; message: string } } => {
            if (method === 'svc/fs/readDirectory') {
                const entries = copy.folders[pathOf(params.uri!)];
                if (!entries) return { error: { code: -32603, message: `${params.uri}: no such folder` } };
                return { result: entries.map(entry => ({ uri: `${params.uri}/${encodeURIComponent(entry.name)}`, kind: entry.kind, symbolicLink: false })) };
            }
            if (method === 'svc/fs/readFile') {
                const path = pathOf(params.uri!);
                filesRead.push(path);
                const file = copy.files[path];
                if (file) return { result: { kind: 'file', symbolicLink: false, size: file.size, mtime: file.mtime, ...file.size <= (params.limit ?? 0) ? { base64: file.base64 } : {} } };
                if (copy.folders[path]) return { result: { kind: 'directory', symbolicLink: false, size: 0, mtime: 0 } };
                return { result: { error: 'ENOENT', message: `${path}: no such file` } };
            }
            if (method === 'workspace/configuration') return { result: (params.items ?? []).map(() => null) };
            return { result: null };
        };
        worker.onmessage = ({ data }: MessageEvent<{ id?: number; method?: string; params?: any; result?: unknown }>) => {
            if (data.method === undefined) {
                pending.get(data.id!)?.(data);
                return;
            }
            if (data.id !== undefined) {
                requests[data.method] = (requests[data.method] ?? 0) + 1;
                worker.postMessage({ jsonrpc: '2.0', id: data.id, ...answer(data.method, data.params) });
            }
            if (data.method === 'textDocument/publishDiagnostics') {
                if (firstDiagnosticsMs < 0) firstDiagnosticsMs = performance.now() - created;
                diagnostics[data.params.uri] = data.params.diagnostics;
                kept.onDiagnostics = kept.onDiagnostics.filter(waiter => !waiter(data.params.uri, data.params.diagnostics));
            }
            if (data.method === '$/progress' && data.params.value?.kind === 'end') checked();
        };
        const request = (method: string, params: unknown) => new Promise(resolve => {
            const id = nextId++;
            pending.set(id, resolve);
            worker.postMessage({ jsonrpc: '2.0', id, method, params });
        });
        await request('initialize', {
            processId: null, locale, rootUri: 'file:///ws', workspaceFolders: [{ uri: 'file:///ws', name: 'ws' }],
            capabilities: { window: { workDoneProgress: true }, workspace: { configuration: true, workspaceFolders: true } }
        });
        worker.postMessage({ jsonrpc: '2.0', method: 'initialized', params: {} });
        await checkedOnce;
        // Every diagnostic of the first check came before its end: the worker's messages arrive in order.
        const checkedMs = performance.now() - created;
        if (keep) (window as unknown as { svcWorker: KeptWorker }).svcWorker = kept;
        else worker.terminate();
        return { diagnostics, firstDiagnosticsMs, checkedMs, requests, filesRead, workerErrors };
    }, { copy, locale, keep });
}

/**
 * Writes `text` to `path` of a kept worker's folder (undefined: deletes it), tells the server as the
 * editor's file watcher would, and gives the next diagnostics published for `watched`.
 */
export function changeOnDisk(page: Page, path: string, text: string | undefined, watched: string): Promise<Diagnostic[]> {
    return page.evaluate(({ path, text, watched }) => new Promise<Diagnostic[]>(resolve => {
        const { worker, copy, onDiagnostics } = (window as unknown as { svcWorker: KeptWorker }).svcWorker;
        const existed = copy.files[path] !== undefined;
        if (text === undefined) delete copy.files[path];
        else {
            const bytes = new TextEncoder().encode(text);
            copy.files[path] = { size: bytes.length, mtime: Date.now(), base64: btoa(String.fromCharCode(...bytes)) };
        }
        onDiagnostics.push((uri, diagnostics) => uri === `file://${watched}` && (resolve(diagnostics), true));
        // FileChangeType: 1 created, 2 changed, 3 deleted.
        const type = text === undefined ? 3 : existed ? 2 : 1;
        worker.postMessage({ jsonrpc: '2.0', method: 'workspace/didChangeWatchedFiles', params: { changes: [{ uri: `file://${path}`, type }] } });
    }), { path, text, watched });
}

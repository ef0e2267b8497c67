import * as vscode from 'vscode';
import { servedUrl } from './served-url.js';

/** The browser's Worker, as this extension host has it (a web worker's global scope). */
interface WorkerConstructor {
    new (url: string, options?: { name?: string }): unknown;
}

const { Worker } = globalThis as unknown as { Worker: WorkerConstructor };

const name = 'SVC Language Server';

/** How the worker got its script: from its URL, fetched from where the extension's code came from, or read with `workspace.fs`. */
export type ServerScriptSource = 'url' | 'fetched' | 'workspace.fs';

/**
 * The language server's web worker. vscode.dev serves the extension's files
 * from its own origin, so the script's URL works; code-server serves them from
 * a `vscode-remote:` URI, from which a worker cannot start ("Creating workers
 * from remote extensions is currently not supported"): there the script's text
 * is fetched and the worker started from a Blob URL.
 */
export async function startServerWorker(context: vscode.ExtensionContext): Promise<{ worker: unknown; loaded: ServerScriptSource }> {
    const script = vscode.Uri.joinPath(context.extensionUri, 'out', 'language-server', 'server-web.js');
    if (script.scheme !== 'vscode-remote') {
        try {
            return { worker: new Worker(script.toString(true), { name }), loaded: 'url' };
        } catch {
            // A host that refuses the URL: start from the script's text below.
        }
    }
    const fetched = await fetchServed(context, script);
    const source = fetched ?? await vscode.workspace.fs.readFile(script);
    const worker = new Worker(URL.createObjectURL(new Blob([source as Uint8Array<ArrayBuffer>], { type: 'text/javascript' })), { name });
    return { worker, loaded: fetched ? 'fetched' : 'workspace.fs' };
}

/**
 * The script fetched over HTTP from where the browser fetched this extension's
 * own code (the Resource Timing entry of its `browser` entry point), without the
 * workbench: `workspace.fs` goes through the workbench's main thread, which is
 * busiest while a window opens (0.1–0.9 s for this megabyte in code-server).
 * Undefined where no such entry is found or the fetch fails: then `workspace.fs` reads it.
 */
async function fetchServed(context: vscode.ExtensionContext, script: vscode.Uri): Promise<Uint8Array | undefined> {
    const entry = (context.extension.packageJSON as { browser?: string }).browser;
    if (!entry) return undefined;
    const ownCode = vscode.Uri.joinPath(context.extensionUri, entry).path;
    const url = performance.getEntriesByType('resource').map(fetched => servedUrl(fetched.name, ownCode, script.path)).find(Boolean);
    if (!url) return undefined;
    try {
        const response = await fetch(url);
        return response.ok ? new Uint8Array(await response.arrayBuffer()) : undefined;
    } catch {
        // Not served there after all.
        return undefined;
    }
}

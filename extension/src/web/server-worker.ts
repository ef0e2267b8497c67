import * as vscode from 'vscode';

/** The browser's Worker, as this extension host has it (a web worker's global scope). */
interface WorkerConstructor {
    new (url: string, options?: { name?: string }): unknown;
}

const { Worker } = globalThis as unknown as { Worker: WorkerConstructor };

/**
 * The language server's web worker. vscode.dev serves the extension's files
 * from its own origin, so the script's URL works; code-server serves them from
 * a `vscode-remote:` URI, from which a worker cannot start ("Creating workers
 * from remote extensions is currently not supported"): there the script is
 * read with `workspace.fs` and started from a Blob URL.
 */
export async function startServerWorker(extensionUri: vscode.Uri): Promise<unknown> {
    const script = vscode.Uri.joinPath(extensionUri, 'out', 'language-server', 'server-web.js');
    const name = 'SVC Language Server';
    if (script.scheme !== 'vscode-remote') {
        try {
            return new Worker(script.toString(true), { name });
        } catch {
            // A host that refuses the URL: start from the script's text below.
        }
    }
    const source = await vscode.workspace.fs.readFile(script);
    return new Worker(URL.createObjectURL(new Blob([source as Uint8Array<ArrayBuffer>], { type: 'text/javascript' })), { name });
}

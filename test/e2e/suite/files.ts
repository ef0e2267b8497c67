import * as vscode from 'vscode';
import { workspaceRoot } from './workspace.js';

/*
 * Files through vscode.workspace.fs, in both extension hosts: the web worker has
 * no node:fs, and its workspace is a vscode-remote: folder of code-server.
 */

/** An absolute path of the machine that holds the workspace, as a URI of the workspace's file system. */
export function machineFile(path: string): vscode.Uri {
    return workspaceRoot().with({ path });
}

export async function readBytes(uri: vscode.Uri): Promise<Uint8Array> {
    return vscode.workspace.fs.readFile(uri);
}

export async function readText(uri: vscode.Uri): Promise<string> {
    return new TextDecoder().decode(await readBytes(uri));
}

export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
    return vscode.workspace.fs.stat(uri).then(() => true, () => false);
}

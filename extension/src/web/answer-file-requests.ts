import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { toBase64 } from '#protocol/base64.js';
import { readDirectoryRequest, readFileRequest, type DirectoryEntry, type FileRequestParams, type ReadFileAnswer } from '#protocol/file-requests.js';
import type { FileAnswers } from './read-ahead.js';

/** The codes the server knows (Node's) for VS Code's file system errors. */
const errorCodes: Record<string, string> = {
    FileNotFound: 'ENOENT', NoPermissions: 'EACCES', FileIsADirectory: 'EISDIR', FileNotADirectory: 'ENOTDIR'
};

const kindOf = (type: vscode.FileType): DirectoryEntry['kind'] =>
    type & vscode.FileType.File ? 'file' : type & vscode.FileType.Directory ? 'directory' : 'other';

function failure(error: unknown): ReadFileAnswer {
    const code = error instanceof vscode.FileSystemError ? errorCodes[error.code] : undefined;
    return { error: code ?? 'EIO', message: error instanceof Error ? error.message : String(error) };
}

/** The answers of VS Code's file system — whatever the workspace is (a local folder, a repository on vscode.dev, a remote). */
export const editorFileAnswers: FileAnswers = {
    async readDirectory(uri) {
        const folder = vscode.Uri.parse(uri);
        const entries = await vscode.workspace.fs.readDirectory(folder);
        return entries.map(([name, type]) => ({
            uri: vscode.Uri.joinPath(folder, name).toString(), kind: kindOf(type), symbolicLink: (type & vscode.FileType.SymbolicLink) !== 0
        }));
    },

    async readFile(uri, limit) {
        try {
            const file = vscode.Uri.parse(uri);
            const stat = await vscode.workspace.fs.stat(file);
            const answer = { kind: kindOf(stat.type), symbolicLink: (stat.type & vscode.FileType.SymbolicLink) !== 0, size: stat.size, mtime: stat.mtime };
            // A file over the limit is not read at all: the server refuses it by its size.
            if (answer.kind !== 'file' || stat.size > limit) return answer;
            return { ...answer, base64: toBase64(await vscode.workspace.fs.readFile(file)) };
        } catch (error) {
            return failure(error);
        }
    }
};

/** The web build's server has no disk: it reads the workspace's specs, config and data files through these requests. */
export function answerFileRequests(client: BaseLanguageClient, answers: FileAnswers): vscode.Disposable[] {
    return [
        client.onRequest<DirectoryEntry[], never>(readDirectoryRequest, ({ uri }: FileRequestParams) => answers.readDirectory(uri)),
        client.onRequest<ReadFileAnswer, never>(readFileRequest, ({ uri, limit = 0 }: FileRequestParams) => answers.readFile(uri, limit))
    ];
}

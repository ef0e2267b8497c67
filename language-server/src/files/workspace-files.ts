import type { URI } from 'langium';

/** What a path names, as the checks see it. */
export interface FileFacts {
    kind: 'file' | 'directory' | 'other';
    size: number;
    /** Changes whenever the content may have (size and times on disk, or the editor's file system's). */
    stamp: string;
}

/** The bytes of a file read whole, or why not: larger than the limit, or not a regular file. */
export type FileRead = { kind: 'file'; bytes: Uint8Array } | { kind: 'too-large' | 'directory' | 'other' };

/**
 * The files beside the specs (`svc.config.json`, the data files of language 1.1),
 * read synchronously by the checks: from the disk (Node), or from what the editor's
 * file system gave before the build (a web worker). Paths are the server's names
 * for files; failures throw a `FileError` with a Node-style code.
 */
export interface WorkspaceFiles {
    /** The path of a document's URI, or undefined where no file can be read beside it (an unsaved editor). */
    pathOf(uri: URI): string | undefined;
    /** The URI of a path this gave. */
    uriOf(path: string): URI;
    exists(path: string): boolean;
    /** The path with symbolic links resolved. */
    realPath(path: string): string;
    stat(path: string): FileFacts;
    /** Throws when the file may not be read. */
    checkReadable(path: string): void;
    /** The whole file, if it has at most `limit` bytes. */
    read(path: string, limit: number): FileRead;
}

/** An error from a file system, with the code of Node's (ENOENT, EACCES, …). */
export class FileError extends Error {
    constructor(readonly code: string, message: string) {
        super(message);
    }
}

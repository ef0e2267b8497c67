import { basename, join } from 'node:path';
import { URI, type FileSystemNode, type FileSystemProvider } from 'langium';
import { fromBase64 } from '#protocol/base64.js';
import {
    maxSpecBytes, readDirectoryAnswerSchema, readDirectoryRequest, readFileAnswerSchema, readFileRequest,
    type DirectoryEntry, type FileRequestParams, type ReadFileAnswer
} from '#protocol/file-requests.js';
import { configFileName } from '#protocol/workspace-walk.js';
import { maxDataFileBytes } from '../measured/data-file-problems.js';
import { FileError, type FileRead, type WorkspaceFiles } from './workspace-files.js';

/** Sends a request to the extension: `connection.sendRequest`. */
export type AskEditor = (method: string, params: FileRequestParams) => Promise<unknown>;

type Found = Omit<Extract<ReadFileAnswer, { kind: unknown }>, 'base64'>;

/** What the editor said of a path: what it names and, for a file within the limit, its bytes; or why not. */
type Known = (Found & { bytes?: Uint8Array }) | Extract<ReadFileAnswer, { error: string }>;

/**
 * The web build's files, read through the editor's file system (the extension
 * answers `svc/fs/*` with `workspace.fs`). Langium reads the specs through it
 * (`FileSystemProvider`); the checks read config and data files synchronously
 * (`WorkspaceFiles`) from what `load` fetched before the build needed them. A
 * path is the URI's path in the first workspace folder's file system; other
 * file systems have no files beside their specs.
 */
export class EditorWorkspaceFiles implements WorkspaceFiles {
    private home: URI | undefined;
    private readonly known = new Map<string, Known>();
    /** Paths asked for before anything was known of them: fetched by the next `load`. */
    private readonly missed = new Set<string>();

    /** Langium's file system: the specs, and the folders it walks to find them. */
    readonly specs: FileSystemProvider;

    constructor(private readonly ask: AskEditor) {
        this.specs = new EditorFileSystem(ask, (folder, entries) => this.listed(folder, entries));
    }

    /** The workspace folder whose file system holds the files beside the specs. */
    setHome(folder: URI | undefined): void {
        this.home = folder;
    }

    pathOf(uri: URI): string | undefined {
        const home = this.home;
        return home && uri.scheme === home.scheme && uri.authority === home.authority ? uri.path : undefined;
    }

    uriOf(path: string): URI {
        return this.home ? this.home.with({ path }) : URI.file(path);
    }

    /** Fetches what is not known yet of `paths`, and every path missed since the last load; gives the paths fetched. */
    async load(paths: Iterable<string>): Promise<string[]> {
        const wanted = [...new Set([...paths, ...this.missed])].filter(path => !this.known.has(path));
        this.missed.clear();
        await Promise.all(wanted.map(async path => this.known.set(path, await this.fetch(path, maxDataFileBytes))));
        return wanted;
    }

    /** `path` changed in the editor's file system: read it again when next needed (a folder: all it held). */
    forget(path: string): void {
        this.known.delete(path);
        for (const known of this.known.keys()) {
            if (known.startsWith(`${path}/`)) this.known.delete(known);
        }
    }

    private async fetch(path: string, limit: number): Promise<Known> {
        try {
            const answer = readFileAnswerSchema.parse(await this.ask(readFileRequest, { uri: this.uriOf(path).toString(), limit }));
            if ('error' in answer) return answer;
            const { base64, ...found } = answer;
            return base64 === undefined ? found : { ...found, bytes: fromBase64(base64) };
        } catch (error) {
            return { error: 'EIO', message: error instanceof Error ? error.message : String(error) };
        }
    }

    /** What is known of `path`; a path never loaded counts as missing, and is fetched by the next `load`. */
    private lookUp(path: string): Exclude<Known, { error: string }> {
        const known = this.known.get(path);
        if (!known) {
            this.missed.add(path);
            throw new FileError('ENOENT', `${path} is not loaded`);
        }
        if ('error' in known) throw new FileError(known.error, known.message);
        return known;
    }

    exists(path: string): boolean {
        try {
            this.lookUp(path);
            return true;
        } catch {
            return false;
        }
    }

    realPath(path: string): string {
        // Folders are not looked at: their links cannot be told from here.
        if (!this.known.has(path)) return path;
        if (this.lookUp(path).symbolicLink) throw new FileError('ESYMLINK', `${path} is a symbolic link`);
        return path;
    }

    stat(path: string) {
        const { kind, size, mtime } = this.lookUp(path);
        return { kind, size, stamp: `editor-fs:${mtime}:${size}` };
    }

    checkReadable(path: string): void {
        this.lookUp(path);
    }

    read(path: string, limit: number): FileRead {
        const known = this.lookUp(path);
        if (known.kind !== 'file') return { kind: known.kind };
        return known.bytes === undefined || known.bytes.length > limit ? { kind: 'too-large' } : { kind: 'file', bytes: known.bytes };
    }

    /** A listed folder tells whether it holds a config file: the lookups of its specs then need no request. */
    private async listed(folder: URI, entries: DirectoryEntry[]): Promise<void> {
        const path = this.pathOf(folder);
        if (path === undefined) return;
        const config = join(path, configFileName);
        if (!entries.some(entry => entry.kind === 'file' && basename(URI.parse(entry.uri).path) === configFileName)) {
            this.known.set(config, { error: 'ENOENT', message: `${config}: no such file` });
        } else if (!this.known.has(config)) {
            this.known.set(config, await this.fetch(config, maxDataFileBytes));
        }
    }
}

const noSyncReads = (uri: URI) => new FileError('ENOTSUP', `${uri.toString()}: no synchronous reads in the browser`);

/** Langium's view of the editor's file system: asynchronous only (a web worker cannot wait for an answer). */
class EditorFileSystem implements FileSystemProvider {
    constructor(private readonly ask: AskEditor, private readonly listed: (folder: URI, entries: DirectoryEntry[]) => Promise<void>) {}

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        const entries = readDirectoryAnswerSchema.parse(await this.ask(readDirectoryRequest, { uri: uri.toString() }));
        await this.listed(uri, entries);
        return entries.map(entry => ({ uri: URI.parse(entry.uri), isFile: entry.kind === 'file', isDirectory: entry.kind === 'directory' }));
    }

    private async answer(uri: URI, limit: number): Promise<Extract<ReadFileAnswer, { kind: unknown }>> {
        const answer = readFileAnswerSchema.parse(await this.ask(readFileRequest, { uri: uri.toString(), limit }));
        if ('error' in answer) throw new FileError(answer.error, answer.message);
        return answer;
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        const answer = await this.answer(uri, maxSpecBytes);
        if (answer.kind !== 'file') throw new FileError('EISDIR', `${uri.toString()} is not a file`);
        if (answer.base64 === undefined) throw new FileError('EFBIG', `${uri.toString()} is larger than ${maxSpecBytes / 1024 / 1024} MB`);
        return fromBase64(answer.base64);
    }

    async readFile(uri: URI): Promise<string> {
        return new TextDecoder().decode(await this.readBinary(uri));
    }

    async stat(uri: URI): Promise<FileSystemNode> {
        const answer = await this.answer(uri, 0);
        return { uri, isFile: answer.kind === 'file', isDirectory: answer.kind === 'directory' };
    }

    exists(uri: URI): Promise<boolean> {
        return this.stat(uri).then(() => true, () => false);
    }

    statSync(uri: URI): FileSystemNode {
        throw noSyncReads(uri);
    }

    existsSync(uri: URI): boolean {
        throw noSyncReads(uri);
    }

    readBinarySync(uri: URI): Uint8Array {
        throw noSyncReads(uri);
    }

    readFileSync(uri: URI): string {
        throw noSyncReads(uri);
    }

    readDirectorySync(uri: URI): FileSystemNode[] {
        throw noSyncReads(uri);
    }
}


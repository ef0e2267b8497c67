import type { DirectoryEntry, ReadFileAnswer } from '#protocol/file-requests.js';
import { maxSpecBytes } from '#protocol/file-requests.js';
import { configFileName, isWalkedEntry } from '#protocol/workspace-walk.js';

/** What the server's `svc/fs/*` requests are answered with: a folder's entries; a file's facts and, within `limit` bytes, its content. */
export interface FileAnswers {
    readDirectory(uri: string): Promise<DirectoryEntry[]>;
    readFile(uri: string, limit: number): Promise<ReadFileAnswer>;
}

/** The last segment of `uri`, decoded; as written when it is no valid escape (never then a spec's or the config file's name). */
function nameOf(uri: string): string {
    const segment = uri.slice(uri.lastIndexOf('/') + 1);
    try {
        return decodeURIComponent(segment);
    } catch {
        return segment;
    }
}
const parentOf = (uri: string) => uri.slice(0, uri.lastIndexOf('/'));

/**
 * Opening a folder in a browser: the server's worker first loads its script
 * (a megabyte; half a second in a slow browser), and only then walks the folders
 * and reads the specs, each a request to the editor. Meanwhile the extension
 * walks and reads the same (the walk's rules are shared, workspace-walk.ts), and
 * the server's first request for each is answered from that. An answer read
 * ahead is given once, and dropped when its file or folder changes.
 */
export class ReadAhead implements FileAnswers {
    private readonly folders = new Map<string, Promise<DirectoryEntry[]>>();
    private readonly files = new Map<string, Promise<ReadFileAnswer>>();

    constructor(private readonly source: FileAnswers) {}

    /** Walks `roots` (the workspace folders' URIs) as the server will, reading the specs and config files it will ask for. */
    start(roots: readonly string[]): void {
        for (const root of roots) this.walk(root);
    }

    private walk(folder: string): void {
        const listing = this.source.readDirectory(folder);
        this.folders.set(folder, listing);
        listing.then(entries => {
            for (const entry of entries) {
                const name = nameOf(entry.uri);
                if (entry.kind === 'directory' && isWalkedEntry(name, 'directory')) this.walk(entry.uri);
                else if (entry.kind === 'file' && (isWalkedEntry(name, 'file') || name === configFileName)) this.readFileAhead(entry.uri);
            }
        }, () => undefined);
    }

    private readFileAhead(uri: string): void {
        const answer = this.source.readFile(uri, maxSpecBytes);
        // A failure is the answer the server gets when it asks; until then it is nobody's.
        answer.catch(() => undefined);
        this.files.set(uri, answer);
    }

    readDirectory(uri: string): Promise<DirectoryEntry[]> {
        const ahead = this.folders.get(uri);
        if (!ahead) return this.source.readDirectory(uri);
        this.folders.delete(uri);
        return ahead;
    }

    async readFile(uri: string, limit: number): Promise<ReadFileAnswer> {
        const ahead = this.files.get(uri);
        if (!ahead) return this.source.readFile(uri, limit);
        this.files.delete(uri);
        const answer = await ahead;
        if ('error' in answer || answer.kind !== 'file') return answer;
        if (answer.size > limit) {
            const { base64: _content, ...facts } = answer;
            return facts;
        }
        // Read ahead without its content (larger than any spec may be), but wanted with it.
        return answer.base64 === undefined ? this.source.readFile(uri, limit) : answer;
    }

    /** `uri` was created, changed or deleted: what was read of it, of what it held, and its folder's listing, are read again when asked for. */
    changed(uri: string): void {
        for (const known of [this.folders, this.files]) {
            for (const key of known.keys()) {
                if (key === uri || key.startsWith(`${uri}/`) || key === parentOf(uri)) known.delete(key);
            }
        }
    }

    /** Forgets whatever was not asked for. */
    clear(): void {
        this.folders.clear();
        this.files.clear();
    }
}

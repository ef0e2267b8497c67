import { accessSync, closeSync, constants, existsSync, fstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { URI } from 'langium';
import type { FileFacts, FileRead, WorkspaceFiles } from './workspace-files.js';

const chunkBytes = 1024 * 1024;
// Not on Windows, which has no FIFOs to block on.
const nonBlocking = constants.O_NONBLOCK ?? 0;

const kindOf = (stats: Pick<Stats, 'isFile' | 'isDirectory'>): FileFacts['kind'] => stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other';

/** The files on this machine's disk: what the CLI and the Node language server read. */
export const nodeWorkspaceFiles: WorkspaceFiles = {
    pathOf: uri => uri.scheme === 'file' ? uri.fsPath : undefined,
    uriOf: path => URI.file(path),
    exists: path => existsSync(path),
    realPath: path => realpathSync.native(path),

    stat(path) {
        const stats = statSync(path, { bigint: true });
        return { kind: kindOf(stats), size: Number(stats.size), stamp: `disk:${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}` };
    },

    checkReadable: path => accessSync(path, constants.R_OK),

    /**
     * Opened without blocking (opening a FIFO would wait for a writer) and read
     * into a buffer of the size the file has now and a byte more: the read that
     * fills it shows whether the file grew since.
     */
    read(path, limit): FileRead {
        const descriptor = openSync(path, constants.O_RDONLY | nonBlocking);
        try {
            const stats = fstatSync(descriptor);
            const kind = kindOf(stats);
            if (kind !== 'file') return { kind };
            let buffer = Buffer.allocUnsafe(Math.min(stats.size + 1, limit + 1));
            let total = 0;
            for (;;) {
                if (total === buffer.length) {
                    const grown = Buffer.allocUnsafe(Math.min(buffer.length + chunkBytes, limit + 1));
                    buffer.copy(grown, 0, 0, total);
                    buffer = grown;
                }
                const count = readSync(descriptor, buffer, total, buffer.length - total, null);
                total += count;
                if (total > limit) return { kind: 'too-large' };
                if (count === 0) return { kind, bytes: buffer.subarray(0, total) };
            }
        } finally {
            closeSync(descriptor);
        }
    }
};

import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from './usage-error.js';

/**
 * The `.svc` files named by the arguments: files as given, folders searched
 * recursively (each real folder once, so symlink loops end).
 */
export function findSpecFiles(paths: readonly string[]): string[] {
    const files = new Set<string>();
    const seenFolders = new Set<string>();
    const visit = (path: string, explicit: boolean) => {
        let stats;
        try {
            stats = statSync(path);
        } catch (error) {
            if (explicit) throw new UsageError(`cannot read '${path}': ${reason(error)}`);
            return; // a dangling link inside a folder
        }
        if (stats.isDirectory()) {
            const real = realpathSync(path);
            if (seenFolders.has(real)) return;
            seenFolders.add(real);
            let entries: string[];
            try {
                entries = readdirSync(path).sort();
            } catch (error) {
                throw new UsageError(`cannot read folder '${path}': ${reason(error)}`);
            }
            for (const entry of entries) {
                if (entry === 'node_modules' || entry.startsWith('.')) continue;
                const child = join(path, entry);
                if (entry.endsWith('.svc') || isDirectory(child)) visit(child, false);
            }
        } else if (explicit || path.endsWith('.svc')) {
            files.add(resolve(path));
        }
    };
    for (const path of paths) visit(path, true);
    return [...files].sort();
}

function isDirectory(path: string): boolean {
    try {
        return statSync(path).isDirectory();
    } catch {
        return false;
    }
}

function reason(error: unknown): string {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'no such file or folder';
    if (code === 'EACCES') return 'permission denied';
    return error instanceof Error ? error.message : String(error);
}

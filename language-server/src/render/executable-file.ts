import { accessSync, constants, statSync } from 'node:fs';

/** A file this process may run (not a folder, not a dangling link). */
export function isExecutableFile(path: string): boolean {
    try {
        if (!statSync(path).isFile()) return false;
        accessSync(path, constants.X_OK);
        return true;
    } catch {
        return false;
    }
}

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from './usage-error.js';

/** Writes an export; an existing file is replaced only with `--force`. */
export function writeOutput(path: string, data: string | Uint8Array, force: boolean): void {
    if (existsSync(path) && !force) {
        throw new UsageError(`'${path}' already exists; use --force to replace it`);
    }
    try {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, data);
    } catch (error) {
        throw new UsageError(`cannot write '${path}': ${(error as Error).message}`);
    }
}

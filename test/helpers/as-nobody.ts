import { chmodSync, copyFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

/** Root reads a mode-000 file anyway: then the unreadable cases run as `nobody`. */
export const isRoot = process.getuid?.() === 0;
export const nobody = 65534;

let folder: string | undefined;
const copies = new Map<string, string>();

/**
 * A copy of `file` that `nobody` can read and run. The test's Node and the
 * built CLI lie in the clone, which may sit in a folder only root can enter
 * (a clone under /root, a mode-700 temporary folder): run as `nobody`, they
 * would fail with EACCES before the case under test.
 */
export function reachableByNobody(file: string): string {
    let copy = copies.get(file);
    if (!copy) {
        copy = join(copiesFolder(), `${copies.size}-${basename(file)}`);
        copyFileSync(file, copy);
        chmodSync(copy, 0o755);
        copies.set(file, copy);
    }
    return copy;
}

/** The same for the built CLI, whose entry loads the chunks beside it: a copy of its whole folder; returns the entry's copy. */
export function cliReachableByNobody(cli: string): string {
    let copy = copies.get(cli);
    if (!copy) {
        const copiedFolder = join(copiesFolder(), `${copies.size}-${basename(dirname(cli))}`);
        cpSync(dirname(cli), copiedFolder, { recursive: true });
        copy = join(copiedFolder, basename(cli));
        copies.set(cli, copy);
    }
    return copy;
}

function copiesFolder(): string {
    if (!folder) {
        const created = mkdtempSync(join(tmpdir(), 'svc-as-nobody-'));
        folder = created;
        process.once('exit', () => rmSync(created, { recursive: true, force: true }));
        chmodSync(created, 0o755);
    }
    return folder;
}

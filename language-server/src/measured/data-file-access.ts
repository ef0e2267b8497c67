import { accessSync, closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep, win32 } from 'node:path';
import type { SvcConfigProvider } from '../config/config-provider.js';
import { dataFileProblems, maxDataFileBytes, systemProblem } from './data-file-problems.js';
import { parsed, type Parsed } from './parse-result.js';

/**
 * The spec's data root: the folder of the nearest `svc.config.json` above it
 * (its own folder included), else its own folder. Found by the lookup that
 * picks the config's severities, so editor and command line agree.
 */
export function findDataRoot(specFile: string, configs: Pick<SvcConfigProvider, 'forFolder'>): string {
    const specFolder = dirname(specFile);
    const config = configs.forFolder(specFolder).path;
    return config === undefined ? specFolder : dirname(config);
}

// `C:x` is relative to the current folder of drive C: another drive all the same.
const isAbsolutePath = (path: string) => win32.isAbsolute(path) || /^[A-Za-z]:/.test(path);

const isInside = (folder: string, path: string) => {
    const fromFolder = relative(folder, path);
    return fromFolder !== '..' && !fromFolder.startsWith(`..${sep}`) && !isAbsolute(fromFolder);
};

/**
 * The real path of the data file that `from "fromPath"` in `specFile` names,
 * or why it names none (`data-file-invalid`). Looks at the file without
 * opening it: opening a FIFO would block until someone writes to it.
 */
export function resolveDataFile(specFile: string, fromPath: string, dataRoot: string): Parsed<string> {
    if (fromPath === '') return dataFileProblems.empty();
    if (isAbsolutePath(fromPath)) return dataFileProblems.absolute(fromPath);
    if (fromPath.includes('\\')) return dataFileProblems.backslash(fromPath);
    const specFolder = dirname(specFile);
    const rootShown = relative(specFolder, dataRoot).split(sep).join('/') || '.';
    const written = resolve(specFolder, fromPath);
    if (!isInside(dataRoot, written)) return dataFileProblems.outsideRoot(fromPath, rootShown);
    let real: string;
    try {
        real = realpathSync.native(written);
    } catch (error) {
        return systemProblem(fromPath, error);
    }
    // The written path stayed inside; only symbolic links can have led out.
    if (!isInside(realpathSync.native(dataRoot), real)) return dataFileProblems.linkOutsideRoot(fromPath, real, rootShown);
    try {
        const stats = statSync(real);
        if (stats.isDirectory()) return dataFileProblems.folder(fromPath);
        if (!stats.isFile()) return dataFileProblems.notRegularFile(fromPath);
        if (stats.size > maxDataFileBytes) return dataFileProblems.tooLarge(fromPath, stats.size);
        accessSync(real, constants.R_OK);
    } catch (error) {
        return systemProblem(fromPath, error);
    }
    return parsed(real);
}

const chunkBytes = 1024 * 1024;
// Not on Windows, which has no FIFOs to block on.
const nonBlocking = constants.O_NONBLOCK ?? 0;

/**
 * The bytes of a data file that `resolveDataFile` accepted. The file may have
 * changed since: it is opened without blocking and checked again, and read
 * one byte past the limit, so a file grown over 20 MB is refused, never cut.
 */
export function readDataFile(path: string, shownAs = path): Parsed<Uint8Array> {
    let descriptor: number;
    try {
        descriptor = openSync(path, constants.O_RDONLY | nonBlocking);
    } catch (error) {
        return systemProblem(shownAs, error);
    }
    try {
        const stats = fstatSync(descriptor);
        if (stats.isDirectory()) return dataFileProblems.folder(shownAs);
        if (!stats.isFile()) return dataFileProblems.notRegularFile(shownAs);
        // One buffer of the size the file has now and a byte more: the read that fills it shows whether the file grew.
        let buffer = Buffer.allocUnsafe(Math.min(stats.size + 1, maxDataFileBytes + 1));
        let total = 0;
        for (;;) {
            if (total === buffer.length) {
                const grown = Buffer.allocUnsafe(Math.min(buffer.length + chunkBytes, maxDataFileBytes + 1));
                buffer.copy(grown, 0, 0, total);
                buffer = grown;
            }
            const count = readSync(descriptor, buffer, total, buffer.length - total, null);
            if (count === 0) return parsed(buffer.subarray(0, total));
            total += count;
            if (total > maxDataFileBytes) return dataFileProblems.tooLarge(shownAs);
        }
    } catch (error) {
        return systemProblem(shownAs, error);
    } finally {
        closeSync(descriptor);
    }
}

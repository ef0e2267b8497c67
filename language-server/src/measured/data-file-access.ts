import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { SvcConfigProvider } from '../config/config-provider.js';
import type { WorkspaceFiles } from '../files/workspace-files.js';
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

// Absolute on Windows or elsewhere (`/x`, `\\server`, `C:\x`); `C:x` is relative to the current folder of drive C: another drive all the same.
const isAbsolutePath = (path: string) => /^([/\\]|[A-Za-z]:)/.test(path);

const isInside = (folder: string, path: string) => {
    const fromFolder = relative(folder, path);
    return fromFolder !== '..' && !fromFolder.startsWith(`..${sep}`) && !isAbsolute(fromFolder);
};

/** The data root as a problem names it: relative to the spec's folder. */
const rootShown = (specFolder: string, dataRoot: string) => relative(specFolder, dataRoot).split(sep).join('/') || '.';

/**
 * The path that `from "fromPath"` in `specFile` writes, if the text alone
 * keeps it inside the data root; else why not (`data-file-invalid`).
 */
export function writtenDataPath(specFile: string, fromPath: string, dataRoot: string): Parsed<string> {
    if (fromPath === '') return dataFileProblems.empty();
    if (isAbsolutePath(fromPath)) return dataFileProblems.absolute(fromPath);
    if (fromPath.includes('\\')) return dataFileProblems.backslash(fromPath);
    const specFolder = dirname(specFile);
    const written = resolve(specFolder, fromPath);
    return isInside(dataRoot, written) ? parsed(written) : dataFileProblems.outsideRoot(fromPath, rootShown(specFolder, dataRoot));
}

/**
 * The real path of the data file that `from "fromPath"` in `specFile` names,
 * or why it names none (`data-file-invalid`). Looks at the file without
 * opening it: opening a FIFO would block until someone writes to it.
 */
export function resolveDataFile(files: WorkspaceFiles, specFile: string, fromPath: string, dataRoot: string): Parsed<string> {
    const path = writtenDataPath(specFile, fromPath, dataRoot);
    if (!path.ok) return path;
    const written = path.value;
    let real: string;
    try {
        real = files.realPath(written);
    } catch (error) {
        return systemProblem(fromPath, error);
    }
    // The written path stayed inside; only symbolic links can have led out.
    if (!isInside(files.realPath(dataRoot), real)) return dataFileProblems.linkOutsideRoot(fromPath, real, rootShown(dirname(specFile), dataRoot));
    try {
        const stats = files.stat(real);
        if (stats.kind === 'directory') return dataFileProblems.folder(fromPath);
        if (stats.kind === 'other') return dataFileProblems.notRegularFile(fromPath);
        if (stats.size > maxDataFileBytes) return dataFileProblems.tooLarge(fromPath, stats.size);
        files.checkReadable(real);
    } catch (error) {
        return systemProblem(fromPath, error);
    }
    return parsed(real);
}

/**
 * The bytes of a data file that `resolveDataFile` accepted. The file may have
 * changed since: it is checked again, and a file grown over 20 MB is refused, never cut.
 */
export function readDataFile(files: WorkspaceFiles, path: string, shownAs = path): Parsed<Uint8Array> {
    try {
        const read = files.read(path, maxDataFileBytes);
        switch (read.kind) {
            case 'file': return parsed(read.bytes);
            case 'too-large': return dataFileProblems.tooLarge(shownAs);
            case 'directory': return dataFileProblems.folder(shownAs);
            case 'other': return dataFileProblems.notRegularFile(shownAs);
        }
    } catch (error) {
        return systemProblem(shownAs, error);
    }
}

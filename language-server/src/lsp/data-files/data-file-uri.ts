import { URI } from 'langium';
import type { WorkspaceFiles } from '../../files/workspace-files.js';

/** A file the editor may show that a `measurements` or `survey` can bind: a CSV file the server can read. */
export function isDataFileUri(files: WorkspaceFiles, uri: string): boolean {
    const parsed = URI.parse(uri);
    return parsed.path.toLowerCase().endsWith('.csv') && files.pathOf(parsed) !== undefined;
}

/** The real path of a data file's URI, as `resolveDataFile` gives for the element that binds it. */
export function dataFilePath(files: WorkspaceFiles, uri: string): string {
    const parsed = URI.parse(uri);
    const path = files.pathOf(parsed) ?? parsed.fsPath;
    try {
        return files.realPath(path);
    } catch {
        // Not there (yet): the path as written is all there is.
        return path;
    }
}

import { realpathSync } from 'node:fs';
import { URI } from 'langium';

/** A file the editor may show that a `measurements` or `survey` can bind: a CSV file on disk. */
export function isDataFileUri(uri: string): boolean {
    const parsed = URI.parse(uri);
    return parsed.scheme === 'file' && parsed.path.toLowerCase().endsWith('.csv');
}

/** The real path of a data file's URI, as `resolveDataFile` gives for the element that binds it. */
export function dataFilePath(uri: string): string {
    const path = URI.parse(uri).fsPath;
    try {
        return realpathSync.native(path);
    } catch {
        // Not on disk (yet): the path as written is all there is.
        return path;
    }
}

import { summarize, type FileResult } from '../check-result.js';

/** The JSON document of the command-line contract (`version: 1`). */
export function formatJson(files: readonly FileResult[]): string {
    return JSON.stringify({ version: 1, files, summary: summarize(files) }, null, 2);
}

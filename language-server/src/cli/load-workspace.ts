import { checkFiles, UnreadableFileError, type WorkspaceCheck } from '../workspace/check-files.js';
import type { Locale } from '#protocol/locale.js';
import { describeConfigProblems } from './config-problems.js';
import { fileProblemError } from './file-problems.js';
import { findSpecFiles } from './find-spec-files.js';
import { displayPath } from './to-cli-diagnostics.js';
import { UsageError } from './usage-error.js';

/**
 * The checked workspace of the given paths; user errors become exit-2 reasons.
 * They are worded in `--locale`'s language: the configuration, which could name
 * another, is not read until the files are found.
 */
export async function loadWorkspace(paths: readonly string[], locale?: Locale): Promise<WorkspaceCheck> {
    const files = findSpecFiles(paths, locale);
    if (files.length === 0) throw fileProblemError('no-specs', paths.join(', '), locale ?? 'en');
    let checked: WorkspaceCheck;
    try {
        checked = await checkFiles(files, locale);
    } catch (error) {
        if (error instanceof UnreadableFileError) {
            throw fileProblemError(error.problem, displayPath(error.path, process.cwd()), locale ?? 'en', error.detail);
        }
        throw error;
    }
    if (checked.invalidConfigs.length > 0) {
        throw new UsageError(describeConfigProblems(checked.invalidConfigs, checked.services.i18n.Locale.current));
    }
    return checked;
}

import { checkFiles, UnreadableFileError, type WorkspaceCheck } from '../workspace/check-files.js';
import type { Locale } from '../i18n/locale.js';
import { describeConfigProblems } from './config-problems.js';
import { findSpecFiles } from './find-spec-files.js';
import { UsageError } from './usage-error.js';

/** The checked workspace of the given paths; user errors become exit-2 reasons. */
export async function loadWorkspace(paths: readonly string[], locale?: Locale): Promise<WorkspaceCheck> {
    const files = findSpecFiles(paths);
    if (files.length === 0) throw new UsageError(`no .svc files found in ${paths.join(', ')}`);
    let checked: WorkspaceCheck;
    try {
        checked = await checkFiles(files, locale);
    } catch (error) {
        if (error instanceof UnreadableFileError) throw new UsageError(error.message);
        throw error;
    }
    if (checked.invalidConfigs.length > 0) {
        throw new UsageError(describeConfigProblems(checked.invalidConfigs, checked.services.i18n.Locale.current));
    }
    return checked;
}

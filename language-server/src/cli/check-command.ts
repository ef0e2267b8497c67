import { toLocale, type Locale } from '../i18n/locale.js';
import { checkFiles, UnreadableFileError } from '../workspace/check-files.js';
import { summarize } from './check-result.js';
import { findSpecFiles } from './find-spec-files.js';
import { formatJson } from './formats/json-format.js';
import { formatSarif } from './formats/sarif-format.js';
import { formatStylish } from './formats/stylish-format.js';
import { toFileResults } from './to-cli-diagnostics.js';
import { UsageError } from './usage-error.js';
import { describeConfigProblems } from './config-problems.js';

export interface CheckOptions {
    paths: string[];
    format: 'stylish' | 'json' | 'sarif';
    maxWarnings?: number;
    locale?: Locale;
    color: boolean;
    version: string;
}

/** `svc check`: prints the report on stdout and returns the exit status (0 clean, 1 problems). */
export async function runCheck(options: CheckOptions, write: (text: string) => void): Promise<number> {
    const files = findSpecFiles(options.paths);
    if (files.length === 0) throw new UsageError(`no .svc files found in ${options.paths.join(', ')}`);
    let checked;
    try {
        checked = await checkFiles(files, options.locale);
    } catch (error) {
        if (error instanceof UnreadableFileError) throw new UsageError(error.message);
        throw error;
    }
    const locale = options.locale ?? checked.services.i18n.Locale.current ?? toLocale(undefined);
    if (checked.invalidConfigs.length > 0) {
        throw new UsageError(describeConfigProblems(checked.invalidConfigs, locale));
    }
    const results = toFileResults(checked.files);
    switch (options.format) {
        case 'json': write(formatJson(results)); break;
        case 'sarif': write(formatSarif(results, locale, options.version)); break;
        case 'stylish': write(formatStylish(results, locale, options.color)); break;
    }
    const summary = summarize(results);
    const tooManyWarnings = options.maxWarnings !== undefined && summary.warnings > options.maxWarnings;
    return summary.errors > 0 || tooManyWarnings ? 1 : 0;
}

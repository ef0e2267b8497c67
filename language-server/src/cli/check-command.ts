import type { Locale } from '#protocol/locale.js';
import { summarize } from './check-result.js';
import { loadWorkspace } from './load-workspace.js';
import { formatJson } from './formats/json-format.js';
import { formatSarif, type CheckedSource } from './formats/sarif-format.js';
import { formatStylish } from './formats/stylish-format.js';
import { toFileResults } from './to-cli-diagnostics.js';

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
    const checked = await loadWorkspace(options.paths, options.locale);
    const locale = checked.services.i18n.Locale.current;
    // Specs, then the data files they bind (LANGUAGE.md: `files` lists both).
    const gb18030Files = new Set(checked.services.measured.MeasuredData.current().dataFiles
        .filter(report => report.encoding === 'gb18030').map(report => report.path));
    const files = [
        ...checked.files.map(file => ({ ...file, text: file.document.textDocument.getText() })),
        ...checked.dataFiles.map(({ file, diagnostics, text }) => ({
            file, diagnostics, get text() {
                return text();
            }, ...(gb18030Files.has(file) ? { encoding: 'GB18030' } : {})
        }))
    ];
    const results = toFileResults(files);
    switch (options.format) {
        case 'json': write(formatJson(results)); break;
        case 'sarif': {
            // toFileResults keeps the files' order: what each result was checked from.
            const sources = new Map<string, CheckedSource>(results.map((result, index) => [result.path, files[index]]));
            write(formatSarif(results, locale, options.version, path => sources.get(path) ?? { text: '' }));
            break;
        }
        case 'stylish': write(formatStylish(results, locale, options.color)); break;
    }
    const summary = summarize(results);
    const tooManyWarnings = options.maxWarnings !== undefined && summary.warnings > options.maxWarnings;
    return summary.errors > 0 || tooManyWarnings ? 1 : 0;
}

import { writeFileSync } from 'node:fs';
import { CstUtils, URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { Locale } from '#protocol/locale.js';
import { SvcFormatter } from '../lsp/formatting/svc-formatter.js';
import { createNodeSvcServices } from '../svc-node-services.js';
import { commonFolder, readSpec, UnreadableFileError, type SpecText } from '../workspace/check-files.js';
import { describeFileProblem, fileProblemError } from './file-problems.js';
import { findSpecFiles } from './find-spec-files.js';
import { displayPath } from './to-cli-diagnostics.js';

export interface FormatOptions {
    paths: string[];
    /** Only report the files that are not formatted; change nothing. */
    check: boolean;
    locale?: Locale;
}

/**
 * `svc format`: rewrites each file in the canonical layout (or, with `check`, lists the
 * files that are not in it). A file that cannot be read or has syntax errors is
 * reported and left untouched. Returns 2 when any file could not be formatted, else
 * with `check` 1 when any file would change, else 0.
 */
export async function runFormat(options: FormatOptions, write: (text: string) => void, warn: (text: string) => void): Promise<number> {
    const files = findSpecFiles(options.paths, options.locale);
    if (files.length === 0) throw fileProblemError('no-specs', options.paths.join(', '), options.locale ?? 'en');
    const services = createNodeSvcServices(NodeFileSystem).Svc;
    // Set before parsing: syntax errors are worded while parsing.
    const locale = services.i18n.Locale.current = options.locale ?? services.config.ConfigProvider.forFolder(commonFolder(files)).config.locale ?? 'en';
    const formatter = services.lsp.Formatter;
    if (!(formatter instanceof SvcFormatter)) throw new Error('the svc formatter is not registered');
    const texts = messages[locale];
    let failed = 0;
    const changed: string[] = [];
    for (const file of files) {
        const path = displayPath(file, process.cwd());
        const spec = readSpecOrProblem(file, path, locale);
        if (typeof spec === 'string') {
            warn(spec);
            failed++;
            continue;
        }
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(spec.text, URI.file(file));
        const formatted = formatter.formattedText(document);
        if (formatted === undefined) {
            for (const error of syntaxErrors(document)) warn(`${path}:${error.line}:${error.column}: ${error.message}`);
            warn(texts.syntaxErrors(path));
            failed++;
            continue;
        }
        if (formatted === spec.text) continue;
        if (!options.check) {
            try {
                writeFileSync(file, spec.bom + formatted);
            } catch (error) {
                warn(texts.unwritable(path, (error as Error).message));
                failed++;
                continue;
            }
        }
        changed.push(path);
        write(path);
    }
    const formattable = files.length - failed;
    if (formattable > 0) write(options.check ? texts.checkSummary(changed.length, formattable) : texts.writeSummary(changed.length, formattable));
    if (failed > 0) {
        warn(texts.failedSummary(failed));
        return 2;
    }
    return options.check && changed.length > 0 ? 1 : 0;
}

/** The file's text (UTF-8, as for `svc check`; a BOM is set apart and written back), or why it cannot be read. */
function readSpecOrProblem(file: string, path: string, locale: Locale): SpecText | string {
    try {
        return readSpec(file);
    } catch (error) {
        if (error instanceof UnreadableFileError) return describeFileProblem(error.problem, path, locale, error.detail);
        throw error;
    }
}

/**
 * Lexer and parser errors with 1-based positions as `svc check` gives them, worded in
 * the locale set before parsing.
 */
function syntaxErrors(document: LangiumDocument): Array<{ line: number; column: number; message: string }> {
    const { lexerErrors, parserErrors } = document.parseResult;
    return [
        ...lexerErrors.map(error => ({ line: error.line ?? 1, column: error.column ?? 1, message: error.message })),
        ...parserErrors.map(error => {
            if (CstUtils.isValidTokenRange(error.token)) {
                return { line: error.token.startLine ?? 1, column: error.token.startColumn ?? 1, message: error.message };
            }
            // At the end of the file (or a token inserted while recovering) the error is placed after the previous token.
            const previous = 'previousToken' in error ? error.previousToken as typeof error.token : undefined;
            return previous && CstUtils.isValidTokenRange(previous)
                ? { line: previous.endLine ?? 1, column: (previous.endColumn ?? 0) + 1, message: error.message }
                : { line: 1, column: 1, message: error.message };
        })
    ].sort((a, b) => a.line - b.line || a.column - b.column);
}

const fileCount = (count: number) => `${count} file${count === 1 ? '' : 's'}`;

const messages: Record<Locale, {
    writeSummary(changed: number, total: number): string;
    checkSummary(changed: number, total: number): string;
    failedSummary(count: number): string;
    syntaxErrors(path: string): string;
    unwritable(path: string, reason: string): string;
}> = {
    en: {
        writeSummary: (changed, total) => changed === 0 ? `✔ ${fileCount(total)} already formatted.` : `Formatted ${fileCount(changed)} of ${total}.`,
        checkSummary: (changed, total) => changed === 0
            ? `✔ ${fileCount(total)} formatted.`
            : `✖ ${changed} of ${fileCount(total)} not formatted; run 'svc format' to rewrite ${changed === 1 ? 'it' : 'them'}.`,
        failedSummary: count => `${fileCount(count)} could not be formatted and ${count === 1 ? 'was' : 'were'} left unchanged.`,
        syntaxErrors: path => `'${path}' has syntax errors; left unchanged.`,
        unwritable: (path, reason) => `cannot write '${path}': ${reason}`
    },
    'zh-CN': {
        writeSummary: (changed, total) => changed === 0 ? `✔ ${total} 个文件均已是规范格式。` : `已格式化 ${changed} 个文件（共 ${total} 个）。`,
        checkSummary: (changed, total) => changed === 0
            ? `✔ ${total} 个文件均已是规范格式。`
            : `✖ ${total} 个文件中有 ${changed} 个不是规范格式；运行“svc format”即可改写。`,
        failedSummary: count => `${count} 个文件无法格式化，未作改动。`,
        syntaxErrors: path => `“${path}”有语法错误，未作改动。`,
        unwritable: (path, reason) => `无法写入“${path}”：${reason}`
    }
};

import type { Locale } from '#protocol/locale.js';
import type { SpecReadProblem } from '../workspace/check-files.js';
import { UsageError } from './usage-error.js';

/** Why a path named on the command line, or a spec found under it, cannot be used. */
export type FileProblem = SpecReadProblem | 'not-regular-file' | 'no-specs' | 'folder-unreadable';

type Wording = Record<FileProblem, (path: string, detail: string) => string>;

/** `detail`: the system's own wording, for errors nobody expected. */
const wordings: Record<Locale, Wording> = {
    en: {
        missing: path => `cannot read '${path}': no such file or folder`,
        'permission-denied': path => `cannot read '${path}': permission denied`,
        'symlink-loop': path => `cannot read '${path}': a loop of symbolic links`,
        folder: path => `cannot read '${path}': it is a folder`,
        'not-regular-file': path => `cannot read '${path}': not a regular file`,
        'not-utf8': path => `'${path}' is not UTF-8 text; save it as UTF-8`,
        'no-specs': path => `no .svc files found in ${path}`,
        'folder-unreadable': (path, detail) => `cannot read folder '${path}': ${detail}`,
        other: (path, detail) => `cannot read '${path}': ${detail}`
    },
    'zh-CN': {
        missing: path => `无法读取“${path}”：文件或文件夹不存在`,
        'permission-denied': path => `无法读取“${path}”：没有权限`,
        'symlink-loop': path => `无法读取“${path}”：符号链接构成循环`,
        folder: path => `无法读取“${path}”：这是一个文件夹`,
        'not-regular-file': path => `无法读取“${path}”：不是普通文件`,
        'not-utf8': path => `“${path}”不是 UTF-8 文本，请另存为 UTF-8`,
        'no-specs': path => `在 ${path} 中没有找到 .svc 文件`,
        'folder-unreadable': (path, detail) => `无法读取文件夹“${path}”：${detail}`,
        other: (path, detail) => `无法读取“${path}”：${detail}`
    }
};

/** One line for standard error, naming the path, in the user's language. */
export function describeFileProblem(problem: FileProblem, path: string, locale: Locale, detail = ''): string {
    return wordings[locale][problem](path, detail);
}

/** The same line as a user error: exit status 2, no stack trace. */
export function fileProblemError(problem: FileProblem, path: string, locale: Locale, detail = ''): UsageError {
    return new UsageError(describeFileProblem(problem, path, locale, detail));
}

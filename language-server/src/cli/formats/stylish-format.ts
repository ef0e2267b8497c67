import { summarize, type CliSeverity, type FileResult } from '../check-result.js';
import type { Locale } from '#protocol/locale.js';

const colors: Record<CliSeverity, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m' };
const dim = '\x1b[2m';
const reset = '\x1b[0m';

/** `file:line:column severity message rule-id`, grouped by file, then a summary line. */
export function formatStylish(files: readonly FileResult[], locale: Locale, color: boolean): string {
    const paint = (code: string, text: string) => color ? `${code}${text}${reset}` : text;
    const blocks: string[] = [];
    for (const file of files) {
        if (file.diagnostics.length === 0) continue;
        blocks.push(file.diagnostics.map(d =>
            `${file.path}:${d.range.start.line}:${d.range.start.column} ${paint(colors[d.severity], d.severity)} ${d.message} ${paint(dim, d.rule)}`
        ).join('\n'));
    }
    const summary = summarize(files);
    const total = summary.errors + summary.warnings + summary.infos;
    const filesWithProblems = files.filter(file => file.diagnostics.length > 0).length;
    const line = locale === 'zh-CN'
        ? total === 0
            ? `✔ 已检查 ${summary.files} 个文件，没有发现问题。`
            : `✖ ${filesWithProblems} 个文件中有 ${total} 个问题（${summary.errors} 个错误，${summary.warnings} 个警告，${summary.infos} 个提示）`
        : total === 0
            ? `✔ ${count(summary.files, 'file')} checked, no problems.`
            : `✖ ${count(total, 'problem')} in ${count(filesWithProblems, 'file')} (${count(summary.errors, 'error')}, ${count(summary.warnings, 'warning')}, ${count(summary.infos, 'info')})`;
    blocks.push(paint(total === 0 ? '\x1b[32m' : summary.errors > 0 ? colors.error : colors.warning, line));
    return blocks.join('\n\n');
}

function count(n: number, noun: string): string {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

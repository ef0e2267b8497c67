import { CsvError } from 'csv-parse/sync';
import type { Localized } from '#protocol/locale.js';

/** Why csv-parse stopped, in words a consultant fixing the file in Excel or an editor can act on. */
export function describeCsvError(error: unknown): Localized {
    switch (error instanceof CsvError ? error.code : undefined) {
        case 'CSV_QUOTE_NOT_CLOSED': return {
            en: 'A quoted cell is never closed: a \'"\' opens it here and no \'"\' closes it before the end of the file.',
            'zh-CN': '引号未闭合：此处有单元格以 " 开始，但直到文件末尾都没有对应的 " 结束。'
        };
        case 'INVALID_OPENING_QUOTE': return {
            en: 'A \'"\' stands inside a cell that does not start with one: put the whole cell in quotes and double the quotes inside ("").',
            'zh-CN': '单元格中间出现了 "，但该单元格不是以 " 开始：请用引号括起整个单元格，并把其中的引号写成两个（""）。'
        };
        case 'CSV_INVALID_CLOSING_QUOTE': return {
            en: 'A quoted cell goes on after its closing \'"\': a quote inside a quoted cell is written twice ("").',
            'zh-CN': '带引号的单元格在结束的 " 之后还有内容：引号内的引号要写成两个（""）。'
        };
        default: {
            const reason = error instanceof Error ? error.message : String(error);
            return { en: `The file is not valid CSV here: ${reason}`, 'zh-CN': `此处不是有效的 CSV：${reason}` };
        }
    }
}

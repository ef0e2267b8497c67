import { AstUtils } from 'langium';
import type { Localized } from '#protocol/locale.js';
import type { ColumnSet } from './data-columns.js';
import type { CsvSyntaxProblem } from './csv-table.js';
import type { DataElement } from './data-elements.js';

/** Why a data element's file cannot be used beyond its path: the texts of `data-file-invalid`. */
export const dataElementProblems = {
    alreadyBound(path: string, owner: DataElement): Localized {
        const document = AstUtils.getDocument(owner);
        const file = document.uri.path.split('/').at(-1) ?? document.uri.path;
        const line = (owner.$cstNode?.range.start.line ?? 0) + 1;
        return {
            en: `'${path}' is already bound by '${owner.name}' (${file}, line ${line}): each data file belongs to one element.`,
            'zh-CN': `“${path}”已由“${owner.name}”（${file} 第 ${line} 行）引用：每个数据文件只能属于一个元素。`
        };
    },

    missingColumns(path: string, missing: readonly string[], columns: ColumnSet<string, string>): Localized {
        const english = missing.join(', ');
        const chinese = missing.map(column => columns.required[column]).join('、');
        const required = Object.keys(columns.required);
        return {
            en: `'${path}' lacks the column${missing.length > 1 ? 's' : ''} ${english} (${chinese}): its header must name ${required.join(', ')}, in English or Chinese.`,
            'zh-CN': `“${path}”缺少列 ${chinese}（${english}）：表头必须包含 ${required.map(column => columns.required[column]).join('、')}（中英文列名均可）。`
        };
    },

    notCsv(path: string, { line, message }: CsvSyntaxProblem): Localized {
        return {
            en: `'${path}' is not valid CSV on line ${line + 1}: ${message.en} The rows before it are read.`,
            'zh-CN': `“${path}”第 ${line + 1} 行不是有效的 CSV：${message['zh-CN']}之前的行仍会读取。`
        };
    }
};

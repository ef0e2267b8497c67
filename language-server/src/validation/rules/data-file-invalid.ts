import { AstUtils } from 'langium';
import type { Localized } from '../../i18n/locale.js';
import { isSurvey } from '../../generated/ast.js';
import { readDataFile } from '../../measured/data-file-access.js';
import { decodeDataFile } from '../../measured/data-file-text.js';
import { parseCsvTable } from '../../measured/csv-table.js';
import { measurementColumns, surveyColumns, type ColumnSet } from '../../measured/data-columns.js';
import type { DataElement } from '../data-file-binding.js';
import type { RuleContext } from '../rule-context.js';
import { defineRule, type Report } from '../rule.js';

/** The problem in every locale; the rule's message is the text for the reader's locale. */
interface Args { problem: Localized }

export const dataFileInvalid = defineRule<Args>({
    id: 'data-file-invalid',
    severity: 'error',
    description: {
        en: 'The data file of a `measurements` or `survey` cannot be used: outside the data root, missing, unreadable, too large, already bound, not CSV or lacking a required column.',
        'zh-CN': '`measurements` 或 `survey` 的数据文件无法使用：超出数据根目录、不存在、无法读取、过大、已被其他元素引用、不是 CSV 或缺少必需的列。'
    },
    message: {
        en: ({ problem }) => problem.en,
        'zh-CN': ({ problem }) => problem['zh-CN']
    },
    checks: {
        Measurements: (element, report, context) => checkDataFile(element, report, context),
        Survey: (element, report, context) => checkDataFile(element, report, context)
    }
});

function checkDataFile(element: DataElement, report: Report<Args>, context: RuleContext): void {
    const file = context.dataFile(element);
    if (!file) return;
    const at = { node: element, property: 'path' };
    if (!file.ok) return report(at, { problem: file.problem });
    const owner = context.dataFileOwner(file.value);
    if (owner && owner !== element) return report(at, { problem: alreadyBound(element.path, owner) });
    const bytes = readDataFile(file.value);
    if (!bytes.ok) return report(at, { problem: bytes.problem });
    const problem = tableProblem(element, decodeDataFile(bytes.value).text);
    if (problem) report(at, { problem });
}

/** Why the file's table cannot be read as the element's kind of data, if it cannot. */
function tableProblem(element: DataElement, text: string): Localized | undefined {
    const columns: ColumnSet<string, string> = isSurvey(element) ? surveyColumns : measurementColumns;
    const table = parseCsvTable(text, columns);
    if (table.missingColumns.length > 0) return missingColumns(element.path, table.missingColumns, columns);
    if (table.syntaxProblem) {
        const { line, message } = table.syntaxProblem;
        return {
            en: `'${element.path}' is not valid CSV on line ${line + 1}: ${message.en}`,
            'zh-CN': `“${element.path}”第 ${line + 1} 行不是有效的 CSV：${message['zh-CN']}`
        };
    }
    return undefined;
}

function missingColumns(path: string, missing: readonly string[], columns: ColumnSet<string, string>): Localized {
    const english = missing.join(', ');
    const chinese = missing.map(column => columns.required[column]).join('、');
    const required = Object.keys(columns.required);
    return {
        en: `'${path}' lacks the column${missing.length > 1 ? 's' : ''} ${english} (${chinese}): its header must name ${required.join(', ')}, in English or Chinese.`,
        'zh-CN': `“${path}”缺少列 ${chinese}（${english}）：表头必须包含 ${required.map(column => columns.required[column]).join('、')}（中英文列名均可）。`
    };
}

function alreadyBound(path: string, owner: DataElement): Localized {
    const document = AstUtils.getDocument(owner);
    const file = document.uri.path.split('/').at(-1) ?? document.uri.path;
    const line = (owner.$cstNode?.range.start.line ?? 0) + 1;
    return {
        en: `'${path}' is already bound by '${owner.name}' (${file}, line ${line}): each data file belongs to one element.`,
        'zh-CN': `“${path}”已由“${owner.name}”（${file} 第 ${line} 行）引用：每个数据文件只能属于一个元素。`
    };
}

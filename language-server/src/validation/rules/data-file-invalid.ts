import type { Localized } from '#protocol/locale.js';
import type { DataElement } from '../../measured/data-elements.js';
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
    const problem = context.measured.problemOf(element);
    if (problem) report({ node: element, property: 'path' }, { problem });
}

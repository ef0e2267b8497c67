import type { Localized } from '#protocol/locale.js';
import { defineRule } from '../rule.js';

/** The problem in every locale; the rule's message is the text for the reader's locale. */
interface Args { problem: Localized }

/**
 * Reported in the data file, on the row's line from the offending cell
 * (see validation/data-file-diagnostics.ts): the rows are no nodes of a spec,
 * so the rule has no checks of its own; MeasuredAnalysis finds the rows.
 */
export const measurementInvalid = defineRule<Args>({
    id: 'measurement-invalid',
    severity: 'error',
    description: {
        en: 'A row of a data file cannot be used: it names no KPI in scope, its period is malformed or of the wrong granularity, its value is not a number or has the wrong unit, it repeats a KPI and period, or a survey answer is unknown or off the scale.',
        'zh-CN': '数据文件中的某一行无法使用：指标不在作用域内、期间格式错误或粒度不符、数值不是数字或单位不符、重复了已有的指标与期间，或问卷的维度未知、答案超出量表。'
    },
    message: {
        en: ({ problem }) => problem.en,
        'zh-CN': ({ problem }) => problem['zh-CN']
    },
    checks: {}
});

import { defineRule } from '../rule.js';

interface Args { standard: string }

export const standardUnmeasured = defineRule<Args>({
    id: 'standard-unmeasured',
    severity: 'warn',
    description: {
        en: 'No KPI in the workspace measures the standard.',
        'zh-CN': '工作区中没有任何 KPI 衡量该服务标准。'
    },
    message: {
        en: ({ standard }) => `No KPI measures standard '${standard}'; add a KPI with 'measures ${standard}' so compliance is tracked.`,
        'zh-CN': ({ standard }) => `没有 KPI 衡量服务标准“${standard}”；请添加带有“measures ${standard}”的 KPI 以跟踪达标情况。`
    },
    checks: {
        Standard: (standard, report, context) => {
            if (!context.isMeasured(standard)) report({ node: standard, property: 'name' }, { standard: standard.name });
        }
    }
});

import { defineRule } from '../rule.js';

interface Args { step: string }

export const momentUnmeasured = defineRule<Args>({
    id: 'moment-unmeasured',
    severity: 'warn',
    description: {
        en: 'A moment-of-truth step has no standard that some KPI measures.',
        'zh-CN': '关键时刻步骤没有任何被 KPI 衡量的服务标准。'
    },
    message: {
        en: ({ step }) => `Step '${step}' is a moment of truth, but none of its standards is measured by a KPI.`,
        'zh-CN': ({ step }) => `步骤“${step}”是关键时刻，但它的服务标准都没有 KPI 衡量。`
    },
    beforeLinking: true,
    checks: {
        Step: (step, report, context) => {
            if (!step.moment) return;
            const measured = step.standards.some(reference => reference.ref && context.isMeasured(reference.ref));
            if (!measured) report({ node: step, property: 'moment' }, { step: step.name });
        }
    }
});

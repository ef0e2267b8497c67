import { defineRule } from '../rule.js';

interface Args { step: string }

export const deadEndStep = defineRule<Args>({
    id: 'dead-end-step',
    severity: 'warn',
    description: {
        en: 'A step has no `next` at all.',
        'zh-CN': '步骤没有任何 `next`。'
    },
    message: {
        en: ({ step }) => `Step '${step}' has no next step; add 'next end' if the process ends here.`,
        'zh-CN': ({ step }) => `步骤“${step}”没有后续步骤；如果流程在此结束，请加上“next end”。`
    },
    beforeLinking: true,
    checks: {
        Step: (step, report) => {
            if (step.next.length === 0) report({ node: step, property: 'name' }, { step: step.name });
        }
    }
});

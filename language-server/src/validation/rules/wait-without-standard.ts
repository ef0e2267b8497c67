import { standardsBounding } from '../../model/standards.js';
import { defineRule } from '../rule.js';

interface Args { step: string }

export const waitWithoutStandard = defineRule<Args>({
    id: 'wait-without-standard',
    severity: 'warn',
    description: {
        en: 'A step with `wait` has no attached standard that `bounds wait`.',
        'zh-CN': '有 `wait` 的步骤没有关联 `bounds wait` 的服务标准。'
    },
    message: {
        en: ({ step }) => `Step '${step}' makes the customer wait, but none of its standards bounds the wait ('bounds wait').`,
        'zh-CN': ({ step }) => `步骤“${step}”有等候，但没有关联限定等候时间（bounds wait）的服务标准。`
    },
    beforeLinking: true,
    checks: {
        Step: (step, report) => {
            if (step.wait && standardsBounding(step.standards, 'wait').length === 0) {
                report({ node: step, property: 'wait' }, { step: step.name });
            }
        }
    }
});

import { isCustomerStep } from '../../model/lanes.js';
import { defineRule } from '../rule.js';

interface Args { step: string }

export const touchpointWithoutEvidence = defineRule<Args>({
    id: 'touchpoint-without-evidence',
    severity: 'info',
    description: {
        en: 'A customer step has no `evidence`.',
        'zh-CN': '顾客步骤没有 `evidence`（有形展示）。'
    },
    message: {
        en: ({ step }) => `Customer step '${step}' has no physical evidence; name what the customer sees or receives with 'evidence "…"'.`,
        'zh-CN': ({ step }) => `顾客步骤“${step}”没有有形展示；请用 evidence "…" 写出顾客看到或拿到的东西。`
    },
    checks: {
        Step: (step, report) => {
            if (isCustomerStep(step) && step.evidence.length === 0) report({ node: step, property: 'name' }, { step: step.name });
        }
    }
});

import { isFrontstageStep } from '../../model/lanes.js';
import { defineRule } from '../rule.js';

interface Args { step: string }

export const frontstageWithoutStandard = defineRule<Args>({
    id: 'frontstage-without-standard',
    severity: 'warn',
    description: {
        en: 'A frontstage step has no service standard.',
        'zh-CN': '前台步骤没有关联任何服务标准。'
    },
    message: {
        en: ({ step }) => `Frontstage step '${step}' has no service standard; the customer sees it, so say what 'good' looks like with 'standard NAME'.`,
        'zh-CN': ({ step }) => `前台步骤“${step}”没有服务标准；顾客能看到这一步，请用“standard 标准名”说明服务要求。`
    },
    checks: {
        Step: (step, report) => {
            if (isFrontstageStep(step) && step.standards.length === 0) report({ node: step, property: 'name' }, { step: step.name });
        }
    }
});

import { AstUtils } from 'langium';
import { isService } from '../../generated/ast.js';
import { isCustomerStep, isFrontstageStep } from '../../model/lanes.js';
import { isInUnknownFlow, nextSteps } from '../../model/process-flow.js';
import { defineRule } from '../rule.js';

interface Args { step: string }

export const customerStepUnserved = defineRule<Args>({
    id: 'customer-step-unserved',
    severity: 'warn',
    description: {
        en: 'A customer step has no frontstage step directly before or after it.',
        'zh-CN': '顾客步骤的前后都没有直接相连的前台步骤。'
    },
    message: {
        en: ({ step }) => `Customer step '${step}' has no frontstage step directly before or after it: nobody serves the customer at this point of the line of interaction.`,
        'zh-CN': ({ step }) => `顾客步骤“${step}”前后都没有前台步骤：在互动线上无人接待顾客。`
    },
    checks: {
        Step: (step, report, context) => {
            // An unresolved `next` of the process may be the very edge to or from a frontstage step.
            if (!isCustomerStep(step) || isInUnknownFlow(step, context)) return;
            const service = AstUtils.getContainerOfType(step, isService);
            if (!service) return;
            const served = nextSteps(step).some(edge => isFrontstageStep(edge.target))
                || context.predecessors(service, step).some(isFrontstageStep);
            if (!served) report({ node: step, property: 'name' }, { step: step.name });
        }
    }
});

import { isCustomerStep, isHiddenStep, laneOf } from '../../model/lanes.js';
import { nextSteps } from '../../model/process-flow.js';
import { defineRule } from '../rule.js';

interface Args { from: string; to: string; hidden: string }

export const backstageVisible = defineRule<Args>({
    id: 'backstage-visible',
    severity: 'warn',
    description: {
        en: 'A customer step and a backstage or support step follow each other directly: the line of visibility is crossed.',
        'zh-CN': '顾客步骤与后台/支持步骤直接相连：越过了可视线。'
    },
    message: {
        en: ({ from, to, hidden }) => `'${from}' → '${to}' crosses the line of visibility: the customer deals directly with a ${hidden} step. Put a frontstage step between them.`,
        'zh-CN': ({ from, to, hidden }) => `“${from}”→“${to}”越过了可视线：顾客直接面对${hidden === 'backstage' ? '后台' : '支持'}步骤。请在两者之间加入前台步骤。`
    },
    checks: {
        Step: (step, report) => {
            const fromCustomer = isCustomerStep(step);
            const fromHidden = isHiddenStep(step);
            if (!fromCustomer && !fromHidden) return;
            for (const { successor, target } of nextSteps(step)) {
                const crosses = fromCustomer ? isHiddenStep(target) : isCustomerStep(target);
                if (crosses) {
                    const hidden = fromCustomer ? laneOf(target)! : laneOf(step)!;
                    report({ node: successor, property: 'target' }, { from: step.name, to: target.name, hidden });
                }
            }
        }
    }
});

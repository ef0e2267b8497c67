import type { Step } from '../../generated/ast.js';
import { isHiddenStep, laneOf } from '../../model/lanes.js';
import { isInUnknownFlow } from '../../model/process-flow.js';
import { serviceSteps } from '../../model/service-elements.js';
import { defineRule } from '../rule.js';

interface Args { step: string }

export const orphanSupport = defineRule<Args>({
    id: 'orphan-support',
    severity: 'warn',
    description: {
        en: 'No path of `next` edges leads from a backstage or support step to a frontstage or customer step, nor to `next end`.',
        'zh-CN': '后台或支持步骤沿 `next` 无法到达任何前台或顾客步骤，也无法到达 `next end`。'
    },
    message: {
        en: ({ step }) => `Backstage/support step '${step}' leads nowhere the customer can see: no 'next' path reaches a frontstage or customer step or 'next end'.`,
        'zh-CN': ({ step }) => `后台/支持步骤“${step}”的结果无处交付：沿 next 到达不了任何前台或顾客步骤，也到达不了 next end。`
    },
    checks: {
        Service: (service, report, context) => {
            const steps = serviceSteps(service);
            // Walk `next` edges backwards from every step that reaches the customer or ends the process.
            // A step whose process has an unknown flow may lead anywhere, so it counts as reaching the customer.
            const useful = new Set<Step>(steps.filter(step => {
                const lane = laneOf(step);
                return lane === 'frontstage' || lane === 'customer' || step.next.some(successor => successor.end)
                    || isInUnknownFlow(step, context);
            }));
            const pending = [...useful];
            while (pending.length > 0) {
                for (const predecessor of context.predecessors(service, pending.pop()!)) {
                    if (!useful.has(predecessor)) {
                        useful.add(predecessor);
                        pending.push(predecessor);
                    }
                }
            }
            for (const step of steps) {
                if (isHiddenStep(step) && !useful.has(step)) report({ node: step, property: 'name' }, { step: step.name });
            }
        }
    }
});

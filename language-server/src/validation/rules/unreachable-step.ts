import { processOf } from '../../model/process-flow.js';
import { defineRule } from '../rule.js';

interface Args { step: string; start: string }

export const unreachableStep = defineRule<Args>({
    id: 'unreachable-step',
    severity: 'warn',
    description: {
        en: 'A step cannot be reached from the process start through `next` or `recover`.',
        'zh-CN': '从流程起点沿 `next` 或 `recover` 无法到达该步骤。'
    },
    message: {
        en: ({ step, start }) => `Step '${step}' cannot be reached from the start step '${start}' through 'next' or 'recover'.`,
        'zh-CN': ({ step, start }) => `从起始步骤“${start}”沿 next 或 recover 无法到达步骤“${step}”。`
    },
    checks: {
        Step: (step, report, context) => {
            const process = processOf(step);
            if (!process) return;
            const flow = context.flow(process);
            // With an unresolved `next` or `recover` the unreachable steps are the typo's echo, not findings.
            if (flow.unknownFlow) return;
            if (flow.start && !flow.reachable.has(step)) {
                report({ node: step, property: 'name' }, { step: step.name, start: flow.start.name });
            }
        }
    }
});

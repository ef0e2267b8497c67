import { AstUtils } from 'langium';
import { processOf } from '../../model/process-flow.js';
import { isService, isStep, type Process, type Step } from '../../generated/ast.js';
import { defineRule } from '../rule.js';

interface Args { target: string; process: string }

export const nextOutsideProcess = defineRule<Args>({
    id: 'next-outside-process',
    severity: 'error',
    description: {
        en: '`next` names a step of another process.',
        'zh-CN': '`next` 指向了另一个流程中的步骤。'
    },
    message: {
        en: ({ target, process }) => `'next ${target}' leaves the process: step '${target}' belongs to process '${process}'. Link processes through a shared step or a separate process instead.`,
        'zh-CN': ({ target, process }) => `“next ${target}”跨出了本流程：步骤“${target}”属于流程“${process}”。`
    },
    checks: {
        Successor: (successor, report) => {
            const target = successor.target?.ref;
            const source = AstUtils.getContainerOfType(successor, isStep) as Step | undefined;
            if (!isStep(target) || !source) return;
            const targetProcess = processOf(target);
            if (targetProcess && targetProcess !== processOf(source)) {
                report({ node: successor, property: 'target' }, { target: successor.target?.$refText ?? target.name, process: qualifiedProcessName(targetProcess, source) });
            }
        }
    }
});

/** `Process`, or `Service.Process` when the target lies in another service. */
function qualifiedProcessName(process: Process, source: Step): string {
    const service = AstUtils.getContainerOfType(process, isService);
    return service && service !== AstUtils.getContainerOfType(source, isService) ? `${service.name}.${process.name}` : process.name;
}

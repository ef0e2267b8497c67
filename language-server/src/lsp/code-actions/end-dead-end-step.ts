import { isStep } from '../../generated/ast.js';
import { processOf, stepsOf } from '../../model/process-flow.js';
import { workspaceEdit } from './document-edits.js';
import { insertIntoBlock } from './element-insertion.js';
import { nodeAtDiagnostic, titleOf, type QuickFix } from './quick-fix.js';

const titles = {
    end: { en: "Add 'next end'", 'zh-CN': '添加“next end”' },
    continue: { en: "Continue with step '{step}'", 'zh-CN': '接续到步骤“{step}”' }
};

/** dead-end-step: end the process here, or go on to the step written next. */
export const endDeadEndStep: QuickFix = {
    rules: ['dead-end-step'],
    titles,
    propose(request) {
        const step = nodeAtDiagnostic(request, isStep);
        if (!step || step.next.length > 0) return [];
        const proposals = [{ title: titleOf(titles.end, request), edit: workspaceEdit(insertIntoBlock(step, ['next end'])), preferred: true }];
        const process = processOf(step);
        const steps = process ? stepsOf(process) : [];
        const following = steps[steps.indexOf(step) + 1];
        // A step called `end` is reached only as `Service.end`; not worth a guess.
        if (following && following.name !== 'end') {
            proposals.push({
                title: titleOf(titles.continue, request, { step: following.name }),
                edit: workspaceEdit(insertIntoBlock(step, [`next ${following.name}`])),
                preferred: false
            });
        }
        return proposals;
    }
};

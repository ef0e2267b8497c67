import { isStage, type Step } from '../../generated/ast.js';
import { isCustomerStep, isFrontstageStep, laneOf } from '../../model/lanes.js';
import { codeStyleAt, nameInStyle } from './code-style.js';
import { workspaceEdit } from './document-edits.js';
import { spliceAfter, spliceBefore, type Splice } from './flow-splice.js';
import { performerForLane } from './performer-for-lane.js';
import { nodeAtDiagnostic, titleOf, type QuickFix } from './quick-fix.js';
import { placeholderText, stringLiteral } from './text-layout.js';
import { takenNames, uniqueName } from './unique-names.js';

const titles = {
    add: { en: "Add a customer step to stage '{stage}'", 'zh-CN': '在阶段“{stage}”中添加顾客步骤' }
};

const stepName = { en: 'Customer_{stage}', 'zh-CN': '顾客{stage}' };

/**
 * stage-without-customer-action: a customer step in the stage, with evidence to fill in, entering
 * the flow next to a frontstage step of the stage (which serves it) — right after it, or else right
 * before it — where its other neighbours are frontstage steps too: a backstage or support step
 * there would cross the line of visibility, a customer step would lose the step that served it.
 */
export const addCustomerStep: QuickFix = {
    rules: ['stage-without-customer-action'],
    titles,
    propose(request) {
        const stage = nodeAtDiagnostic(request, isStage);
        if (!stage || stage.steps.some(step => isCustomerStep(step) || laneOf(step) === undefined)) return [];
        const splice = servingSplice(stage.steps.filter(isFrontstageStep));
        if (!splice) return [];
        const taken = takenNames(request.services, request.document);
        const performer = performerForLane(stage, 'customer', taken);
        const name = uniqueName(nameInStyle(stepName, codeStyleAt(stage), { stage: stage.name }), taken);
        const draft = (next: string) => ({
            keyword: 'step', name, title: placeholderText, tail: `by ${performer.name}`,
            properties: [`evidence ${stringLiteral(placeholderText)}`, `next ${next}`]
        });
        return [{
            title: titleOf(titles.add, request, { stage: stage.name }),
            edit: workspaceEdit(...performer.edits, ...splice.edit(draft, name)),
            preferred: true
        }];
    }
};

/** The first place next to one of `steps` where a customer step would meet only frontstage steps: after one, else before one. */
function servingSplice(steps: Step[]): Splice | undefined {
    const fits = (splice: Splice | undefined) => splice?.neighbours.every(isFrontstageStep) ? splice : undefined;
    return steps.map(step => fits(spliceAfter(step))).find(splice => splice)
        ?? steps.map(step => fits(spliceBefore(step))).find(splice => splice);
}

import { AstUtils } from 'langium';
import { isService, isStandard, isStep, type Step } from '../../generated/ast.js';
import { isCustomerStep, isFrontstageStep, isHiddenStep } from '../../model/lanes.js';
import { serviceSteps } from '../../model/service-elements.js';
import { codeStyleAt, nameInStyle, titleInStyle } from './code-style.js';
import { workspaceEdit, type DocumentEdit } from './document-edits.js';
import { spliceAfter, spliceBefore, type Splice } from './flow-splice.js';
import { insertStandardWithKpi } from './kpi-for-standard.js';
import { ownerCandidate } from './owner-candidate.js';
import { performerForLane } from './performer-for-lane.js';
import { nodeAtDiagnostic, titleOf, type FixProposal, type FixRequest, type QuickFix } from './quick-fix.js';
import { dimensionDrafts } from './standard-draft.js';
import { placeholderText } from './text-layout.js';
import { takenNames, uniqueName } from './unique-names.js';
import { plainlyVisible } from './visible-elements.js';

const titles = {
    after: { en: "Insert a frontstage step after '{step}' to serve it", 'zh-CN': '在“{step}”之后插入接待它的前台步骤' },
    before: { en: "Insert a frontstage step before '{step}' to serve it", 'zh-CN': '在“{step}”之前插入接待它的前台步骤' }
};

const stepName = { en: 'Serve_{step}', 'zh-CN': '接待{step}' };
const standardName = { en: 'S_{step}', 'zh-CN': '{step}标准' };
const standardTitle = { en: 'Standard for {step}', 'zh-CN': '{step}服务标准' };

/**
 * customer-step-unserved: a frontstage step next to the customer step, entering the flow right
 * after it (going where it went) or right before it (the steps that went to it go to the new one).
 * Before is preferred when a backstage or support step leads to the customer step: the new step
 * then also stands on the line of visibility. The new step names a standard, so it is not at once
 * `frontstage-without-standard`: the one the service's frontstage steps name most, else a new
 * one with a KPI measuring it.
 */
export const serveCustomerStep: QuickFix = {
    rules: ['customer-step-unserved'],
    titles,
    propose(request) {
        const step = nodeAtDiagnostic(request, isStep);
        if (!step || !isCustomerStep(step)) return [];
        const before = spliceBefore(step);
        const after = spliceAfter(step);
        const options = [
            ...before?.neighbours.length ? [{ splice: before, title: titles.before }] : [],
            ...after ? [{ splice: after, title: titles.after }] : []
        ];
        // Before when a hidden step leads here (it is listed first then), else after when it can.
        const preferred = before?.neighbours.some(isHiddenStep) ? options[0] : options.at(-1);
        return [...options].sort((a, b) => Number(b === preferred) - Number(a === preferred)).map(({ splice, title }): FixProposal => ({
            title: titleOf(title, request, { step: step.name }),
            edit: workspaceEdit(...servingStep(request, step, splice)),
            preferred: splice === preferred?.splice
        }));
    }
};

function servingStep(request: FixRequest, customerStep: Step, splice: Splice): DocumentEdit[] {
    const taken = takenNames(request.services, request.document);
    const style = codeStyleAt(customerStep);
    const performer = performerForLane(customerStep, 'frontstage', taken);
    const name = uniqueName(nameInStyle(stepName, style, { step: customerStep.name }), taken);
    taken.add(name);
    const standard = standardForServing(customerStep, name, taken);
    const draft = (next: string) => ({
        keyword: 'step', name, title: placeholderText, tail: `by ${performer.name}`, properties: [`standard ${standard.name}`, `next ${next}`]
    });
    return [...performer.edits, ...standard.edits, ...splice.edit(draft, name)];
}

/** The standard the service's frontstage steps name most (one that bounds no time first), else a new one measured by a new KPI. */
function standardForServing(customerStep: Step, stepName: string, taken: Set<string>): { name: string; edits: DocumentEdit[] } {
    const service = AstUtils.getContainerOfType(customerStep, isService);
    const uses = new Map<string, { count: number; bounded: boolean }>();
    for (const reference of (service ? serviceSteps(service) : []).filter(isFrontstageStep).flatMap(step => step.standards)) {
        if (!reference.ref) continue;
        const known = uses.get(reference.$refText) ?? { count: 0, bounded: reference.ref.bounds !== undefined };
        uses.set(reference.$refText, { ...known, count: known.count + 1 });
    }
    const rank = ([, use]: [string, { count: number; bounded: boolean }]) => (use.bounded ? 0 : 1_000_000) + use.count;
    const used = [...uses].sort((a, b) => rank(b) - rank(a))[0]?.[0];
    const visible = plainlyVisible(customerStep).filter(isStandard);
    const existing = used ?? (visible.find(standard => !standard.bounds) ?? visible[0])?.name;
    if (existing) return { name: existing, edits: [] };
    const style = codeStyleAt(customerStep);
    const name = uniqueName(nameInStyle(standardName, style, { step: stepName }), taken);
    taken.add(name);
    const title = titleInStyle(standardTitle, style, { step: stepName });
    return { name, edits: insertStandardWithKpi(customerStep, { name, title, draft: dimensionDrafts.reliability, owner: ownerCandidate(customerStep) }, taken) };
}

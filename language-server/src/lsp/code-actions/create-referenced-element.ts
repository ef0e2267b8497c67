import { AstUtils, type AstNode, type ReferenceInfo } from 'langium';
import { isCapacity, isProcess, isStep, type Lane } from '../../generated/ast.js';
import { analyseProcess } from '../../model/process-flow.js';
import { formatQuantity, isTimeUnit } from '../../model/units.js';
import { workspaceEdit } from './document-edits.js';
import { insertAfter, insertMember, scopeContainer } from './element-insertion.js';
import { ownerCandidate } from './owner-candidate.js';
import { astNodeAtDiagnostic, titleOf, type FixProposal, type FixRequest, type QuickFix } from './quick-fix.js';
import { insertStandardWithKpi } from './kpi-for-standard.js';
import { dimensionDrafts, timeBoundDraft, type StandardDraft } from './standard-draft.js';
import { placeholderText } from './text-layout.js';
import { timeText } from './time-values.js';
import { takenNames } from './unique-names.js';

const titles = {
    actor: { en: "Create actor '{name}' in lane {lane}", 'zh-CN': '创建角色“{name}”（{lane} 泳道）' },
    standard: { en: "Create standard '{name}' and the KPI measuring it", 'zh-CN': '创建服务标准“{name}”及衡量它的 KPI' },
    step: { en: "Create step '{name}'", 'zh-CN': '创建步骤“{name}”' }
};

type Kind = 'Actor' | 'Standard' | 'Step';

/** What a reference names, by the property that holds it. */
const kindOfReference: Record<string, Kind> = {
    'Step.performer': 'Actor', 'Service.owner': 'Actor', 'Standard.owner': 'Actor', 'Kpi.owner': 'Actor', 'Improvement.owner': 'Actor',
    'Step.standards': 'Standard', 'Process.standards': 'Standard', 'Capacity.standard': 'Standard', 'Kpi.measures': 'Standard',
    'Improvement.addresses': 'Standard',
    'Successor.target': 'Step', 'FailPoint.recover': 'Step'
};

const lanes: Lane[] = ['customer', 'frontstage', 'backstage', 'support'];

/**
 * unresolved-reference: declare the missing element where the reference can see it —
 * an actor among the actors, a standard among the standards, a step after the step that names it.
 */
export const createReferencedElement: QuickFix = {
    rules: ['unresolved-reference'],
    titles,
    propose(request) {
        const reference = unresolvedReferenceAt(request);
        if (!reference) return [];
        const name = reference.reference.$refText;
        // A qualified name points into another service; an existing name of another kind would become a duplicate.
        if (name.includes('.') || takenNames(request.services, request.document).has(name)) return [];
        switch (kindOfReference[`${reference.container.$type}.${reference.property}`]) {
            case 'Actor': return createActor(request, reference, name);
            case 'Standard': return createStandard(request, reference.container, name);
            case 'Step': return createStep(request, reference.container, name);
            default: return [];
        }
    }
};

function unresolvedReferenceAt(request: FixRequest): ReferenceInfo | undefined {
    const container = astNodeAtDiagnostic(request);
    const offset = request.document.textDocument.offsetAt(request.diagnostic.range.start);
    // A resolved reference's name is declared, hence taken: only unresolved ones get past the caller's check.
    return container && AstUtils.streamReferences(container).find(info => info.reference.$refNode?.offset === offset);
}

function createActor(request: FixRequest, reference: ReferenceInfo, name: string): FixProposal[] {
    const preferredLane: Lane = reference.property === 'performer' ? 'frontstage' : 'backstage';
    const container = scopeContainer(reference.container);
    return lanes.map(lane => ({
        title: titleOf(titles.actor, request, { name, lane }),
        edit: workspaceEdit(insertMember(container, 'Actor', [{ keyword: 'actor', name, title: placeholderText, tail: lane }])),
        preferred: lane === preferredLane
    }));
}

function createStandard(request: FixRequest, referencing: AstNode, name: string): FixProposal[] {
    const standard = { name, title: placeholderText, draft: standardDraftFor(referencing), owner: ownerCandidate(referencing) };
    return [{
        title: titleOf(titles.standard, request, { name }),
        edit: workspaceEdit(...insertStandardWithKpi(referencing, standard, takenNames(request.services, request.document))),
        preferred: true
    }];
}

/** A step's wait, a process's lead time or a capacity's queue is what the new standard bounds. */
function standardDraftFor(referencing: AstNode): StandardDraft {
    if (isStep(referencing) && referencing.wait && isTimeUnit(referencing.wait.unit)) return timeBoundDraft('wait', formatQuantity(referencing.wait));
    if (isProcess(referencing)) {
        const minutes = analyseProcess(referencing).leadTime.minutes;
        if (minutes > 0) return timeBoundDraft('lead-time', timeText(minutes));
    }
    if (isCapacity(referencing)) return { ...dimensionDrafts.responsiveness, bounds: 'wait' };
    return dimensionDrafts.reliability;
}

function createStep(request: FixRequest, referencing: AstNode, name: string): FixProposal[] {
    const step = AstUtils.getContainerOfType(referencing, isStep);
    if (!step) return [];
    return [{
        title: titleOf(titles.step, request, { name }),
        edit: workspaceEdit(insertAfter(step, [{ keyword: 'step', name, title: placeholderText, properties: ['next end'] }])),
        preferred: true
    }];
}

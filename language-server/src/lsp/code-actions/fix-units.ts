import { GrammarUtils } from 'langium';
import { isKpi, isQuantity, isRate, isServicePromise, isStandard, isStep, type Kpi, type Quantity, type Rate, type Unit } from '../../generated/ast.js';
import { isTimeUnit, unitDimension } from '../../model/units.js';
import { insertAt, replaceNode, workspaceEdit } from './document-edits.js';
import { astNodeAtDiagnostic, titleOf, type FixProposal, type FixRequest, type QuickFix } from './quick-fix.js';

const titles = {
    kpiUnit: { en: "Change unit to '{unit}', as the target of '{standard}'", 'zh-CN': '将单位改为“{unit}”，与“{standard}”的目标值一致' },
    complianceRate: { en: "Change unit to '%' (a compliance rate)", 'zh-CN': '将单位改为“%”（达标率）' },
    time: { en: "Write '{quantity}'", 'zh-CN': '改为“{quantity}”' }
};

/** Times in the order a consultant reaches for them. */
const timeUnits: Unit[] = ['min', 'h', 'd', 's'];
const rateUnits: Unit[] = ['h', 'min', 'd'];

/**
 * unit-mismatch: a KPI takes the unit of its standards' targets (or `%`);
 * a wait, duration, promise or demand rate gets a time unit.
 */
export const fixUnits: QuickFix = {
    rules: ['unit-mismatch'],
    titles,
    propose(request) {
        const node = astNodeAtDiagnostic(request);
        if (isKpi(node)) return kpiUnits(request, node);
        if (isQuantity(node) && isTimeProperty(node) && !isTimeUnit(node.unit)) return timeUnits.map(unit => quantityIn(request, node, unit));
        if (isRate(node) && !isTimeUnit(node.per)) return rateUnits.map(unit => rateIn(request, node, unit));
        return [];
    }
};

/** A step's wait or duration, or a promise: quantities that must be times. */
function isTimeProperty(quantity: Quantity): boolean {
    return isStep(quantity.$container) || isServicePromise(quantity.$container);
}

function kpiUnits(request: FixRequest, kpi: Kpi): FixProposal[] {
    const unitNode = GrammarUtils.findNodeForProperty(kpi.$cstNode, 'unit');
    if (!kpi.unit || kpi.unit === '%' || !unitNode) return [];
    const targets = kpi.measures.map(reference => reference.ref).filter(isStandard)
        .flatMap(standard => standard.target?.quantity.unit ? [{ standard: standard.name, unit: standard.target.quantity.unit }] : []);
    if (targets.every(target => unitDimension[target.unit] === unitDimension[kpi.unit!])) return [];
    const proposals: FixProposal[] = [];
    // The standards' own unit fits only when all their targets share one dimension.
    if (new Set(targets.map(target => unitDimension[target.unit])).size === 1) {
        proposals.push({
            title: titleOf(titles.kpiUnit, request, targets[0]),
            edit: workspaceEdit(replaceNode(kpi, unitNode, targets[0].unit)),
            preferred: true
        });
    }
    proposals.push({
        title: titleOf(titles.complianceRate, request),
        edit: workspaceEdit(replaceNode(kpi, unitNode, '%')),
        preferred: proposals.length === 0
    });
    return proposals;
}

function quantityIn(request: FixRequest, quantity: Quantity, unit: Unit): FixProposal {
    const unitNode = GrammarUtils.findNodeForProperty(quantity.$cstNode, 'unit');
    const edit = unitNode ? replaceNode(quantity, unitNode, unit) : insertAt(request.document, quantity.$cstNode!.range.end, ` ${unit}`);
    return { title: titleOf(titles.time, request, { quantity: `${quantity.value} ${unit}` }), edit: workspaceEdit(edit), preferred: unit === timeUnits[0] };
}

function rateIn(request: FixRequest, rate: Rate, unit: Unit): FixProposal {
    const perNode = GrammarUtils.findNodeForProperty(rate.$cstNode, 'per')!;
    return { title: titleOf(titles.time, request, { quantity: `${rate.amount} per ${unit}` }), edit: workspaceEdit(replaceNode(rate, perNode, unit)), preferred: unit === rateUnits[0] };
}

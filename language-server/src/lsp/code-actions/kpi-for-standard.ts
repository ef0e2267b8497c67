import { AstUtils, type AstNode } from 'langium';
import { isKpi, isService, type Model, type Service, type Standard } from '../../generated/ast.js';
import type { SvcServices } from '../../svc-module.js';
import { codeStyleAt, nameInStyle, titleInStyle } from './code-style.js';
import { workspaceEdit, type DocumentEdit } from './document-edits.js';
import { insertMember, scopeContainer } from './element-insertion.js';
import type { ElementDraft } from './element-draft.js';
import { kpiElement, type MeasuredStandard } from './kpi-draft.js';
import { ownerCandidate } from './owner-candidate.js';
import { placeholderText } from './text-layout.js';
import { measuredDraft, standardElement, type StandardDraft } from './standard-draft.js';
import { takenNames, uniqueName } from './unique-names.js';

export const createKpiTitle = { en: "Create KPI '{kpi}' measuring '{standard}'", 'zh-CN': '创建衡量“{standard}”的 KPI“{kpi}”' };

/** How a new KPI is called after the standard it measures (`K_GreetFast`, `迎宾标准指标`) and titled after its title. */
const kpiName = { en: 'K_{standard}', 'zh-CN': '{standard}指标' };
const kpiTitle = { en: '{standard} KPI', 'zh-CN': '{standard}指标' };

/** A new KPI measuring a standard (existing or drafted), named and titled after it in the style of `near`'s file; its name is then taken. */
export function kpiDraftMeasuring(
    near: AstNode, standard: MeasuredStandard, standardName: string, standardTitle: string | undefined, taken: Set<string>, owner: string | undefined
): ElementDraft {
    const style = codeStyleAt(near);
    const name = uniqueName(nameInStyle(kpiName, style, { standard: standardName }), taken);
    taken.add(name);
    // A title still to write is no title to name the KPI after.
    const titled = standardTitle && standardTitle !== placeholderText ? standardTitle : standardName;
    return kpiElement(name, titleInStyle(kpiTitle, style, { standard: titled }), standard, standardName, owner);
}

/**
 * A new KPI measuring `standard`, placed among the KPIs of the standard's own service
 * (or file, for a library standard) — possibly another file than the diagnostic's.
 */
export function kpiForStandard(services: SvcServices, standard: Standard) {
    const document = AstUtils.getDocument(standard);
    const owner = standard.owner?.ref ? standard.owner.$refText : ownerCandidate(standard);
    const draft = kpiDraftMeasuring(standard, standard, standard.name, standard.title, takenNames(services, document), owner);
    return { name: draft.name, edit: workspaceEdit(insertMember(scopeContainer(standard), 'Kpi', [draft])) };
}

/** New standards and the KPIs measuring them, each among their kind; without KPIs yet both would go to one place, so the KPIs follow the standards. */
export function insertMeasuredStandards(container: Service | Model, standards: ElementDraft[], kpis: ElementDraft[]): DocumentEdit[] {
    const members: AstNode[] = isService(container) ? container.members : container.elements;
    if (!members.some(isKpi)) return [insertMember(container, 'Standard', [...standards, ...kpis])];
    return [insertMember(container, 'Standard', standards), insertMember(container, 'Kpi', kpis)];
}

/** A new standard and the KPI measuring it, so that the standard is not at once `standard-unmeasured`. */
export function insertStandardWithKpi(
    near: AstNode, standard: { name: string; title: string; draft: StandardDraft; owner: string | undefined }, taken: Set<string>
): DocumentEdit[] {
    const kpi = kpiDraftMeasuring(near, measuredDraft(standard.draft), standard.name, standard.title, taken, standard.owner);
    return insertMeasuredStandards(scopeContainer(near), [standardElement(standard.name, standard.title, standard.draft, standard.owner)], [kpi]);
}

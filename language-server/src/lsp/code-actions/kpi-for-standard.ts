import { AstUtils } from 'langium';
import type { Standard } from '../../generated/ast.js';
import type { SvcServices } from '../../svc-module.js';
import { workspaceEdit } from './document-edits.js';
import { insertMember, scopeContainer } from './element-insertion.js';
import { kpiLines } from './kpi-draft.js';
import { ownerCandidate } from './owner-candidate.js';
import { takenNames, uniqueName } from './unique-names.js';

export const createKpiTitle = { en: "Create KPI '{kpi}' measuring '{standard}'", 'zh-CN': '创建衡量“{standard}”的 KPI“{kpi}”' };

/**
 * A new KPI measuring `standard`, placed among the KPIs of the standard's own service
 * (or file, for a library standard) — possibly another file than the diagnostic's.
 */
export function kpiForStandard(services: SvcServices, standard: Standard) {
    const document = AstUtils.getDocument(standard);
    const name = uniqueName(`K_${standard.name}`, takenNames(services, document));
    const owner = standard.owner?.ref ? standard.owner.$refText : ownerCandidate(standard);
    const container = scopeContainer(standard);
    return { name, edit: workspaceEdit(insertMember(container, 'Kpi', kpiLines(name, standard, standard.name, owner))) };
}

import { isService, type Dimension, type Service } from '../../generated/ast.js';
import { enumGlossary } from '../../i18n/domain-glossary.js';
import { standardsOfService } from '../../model/standards.js';
import { codeStyleAt, nameInStyle } from './code-style.js';
import { workspaceEdit } from './document-edits.js';
import type { ElementDraft } from './element-draft.js';
import { insertMeasuredStandards, kpiDraftMeasuring } from './kpi-for-standard.js';
import { ownerCandidate } from './owner-candidate.js';
import { nodeAtDiagnostic, titleOf, type FixProposal, type FixRequest, type QuickFix } from './quick-fix.js';
import { dimensionDrafts, measuredDraft, standardElement } from './standard-draft.js';
import { takenNames, uniqueName } from './unique-names.js';

const titles = {
    one: { en: "Add a standard and its KPI for SERVQUAL dimension '{dimension}'", 'zh-CN': '为 SERVQUAL 维度“{dimension}”添加服务标准及其 KPI' },
    all: { en: 'Add standards and their KPIs for all {count} missing SERVQUAL dimensions', 'zh-CN': '为缺少的全部 {count} 个 SERVQUAL 维度添加服务标准及其 KPI' }
};

/** `S_Assurance`, or `保证性标准` among Chinese names. */
const standardName = { en: 'S_{dimension}', 'zh-CN': '{dimension}标准' };

/** All five, in SERVQUAL's order. */
const servqualDimensions = Object.keys(dimensionDrafts) as Dimension[];

/**
 * servqual-coverage: a complete standard per missing dimension (`S_Empathy`, titled with the
 * dimension's name in the file's language), or all of them at once — each with a KPI that
 * measures it, so that the new standard is not at once `standard-unmeasured`.
 */
export const coverServqual: QuickFix = {
    rules: ['servqual-coverage'],
    titles,
    propose(request) {
        const service = nodeAtDiagnostic(request, isService);
        if (!service) return [];
        const covered = new Set(standardsOfService(service).map(standard => standard.dimension));
        const missing = servqualDimensions.filter(dimension => !covered.has(dimension));
        const proposals: FixProposal[] = missing.map(dimension => ({
            title: titleOf(titles.one, request, { dimension }),
            edit: coverEdit(request, service, [dimension]),
            preferred: missing.length === 1
        }));
        if (missing.length > 1) {
            proposals.unshift({ title: titleOf(titles.all, request, { count: missing.length }), edit: coverEdit(request, service, missing), preferred: true });
        }
        return proposals;
    }
};

function coverEdit(request: FixRequest, service: Service, dimensions: readonly Dimension[]) {
    const taken = takenNames(request.services, request.document);
    const owner = ownerCandidate(service);
    const style = codeStyleAt(service);
    const standards: ElementDraft[] = [];
    const kpis: ElementDraft[] = [];
    for (const dimension of dimensions) {
        const term = enumGlossary.Dimension[dimension].term;
        const name = uniqueName(nameInStyle(standardName, style, { dimension: term[style.chineseNames ? 'zh-CN' : 'en'] }), taken);
        taken.add(name);
        const draft = dimensionDrafts[dimension];
        standards.push(standardElement(name, term[style.language], draft, owner));
        kpis.push(kpiDraftMeasuring(service, measuredDraft(draft), name, term[style.language], taken, owner));
    }
    return workspaceEdit(...insertMeasuredStandards(service, standards, kpis));
}

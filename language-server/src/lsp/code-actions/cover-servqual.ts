import { isService, type Dimension } from '../../generated/ast.js';
import { standardsOfService } from '../../model/standards.js';
import { workspaceEdit } from './document-edits.js';
import { insertMember } from './element-insertion.js';
import { ownerCandidate } from './owner-candidate.js';
import { nodeAtDiagnostic, titleOf, type FixProposal, type QuickFix } from './quick-fix.js';
import { dimensionDrafts, standardLines } from './standard-draft.js';
import { takenNames, uniqueName } from './unique-names.js';

const titles = {
    one: { en: "Add a standard for SERVQUAL dimension '{dimension}'", 'zh-CN': '为 SERVQUAL 维度“{dimension}”添加服务标准' },
    all: { en: 'Add standards for all {count} missing SERVQUAL dimensions', 'zh-CN': '为缺少的全部 {count} 个 SERVQUAL 维度添加服务标准' }
};

/** All five, in SERVQUAL's order. */
const servqualDimensions = Object.keys(dimensionDrafts) as Dimension[];

/** servqual-coverage: a standard skeleton per missing dimension (`S_Empathy`, …), or all of them at once. */
export const coverServqual: QuickFix = {
    rules: ['servqual-coverage'],
    titles,
    propose(request) {
        const service = nodeAtDiagnostic(request, isService);
        if (!service) return [];
        const covered = new Set(standardsOfService(service).map(standard => standard.dimension));
        const missing = servqualDimensions.filter(dimension => !covered.has(dimension));
        const taken = takenNames(request.services, request.document);
        const owner = ownerCandidate(service);
        const linesFor = (dimension: Dimension) => {
            const name = uniqueName(`S_${dimension[0].toUpperCase()}${dimension.slice(1)}`, taken);
            return standardLines(name, dimensionDrafts[dimension], owner);
        };
        const proposals: FixProposal[] = missing.map(dimension => ({
            title: titleOf(titles.one, request, { dimension }),
            edit: workspaceEdit(insertMember(service, 'Standard', linesFor(dimension))),
            preferred: missing.length === 1
        }));
        if (missing.length > 1) {
            proposals.unshift({
                title: titleOf(titles.all, request, { count: missing.length }),
                edit: workspaceEdit(insertMember(service, 'Standard', missing.flatMap(linesFor))),
                preferred: true
            });
        }
        return proposals;
    }
};

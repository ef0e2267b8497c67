import { isStandard } from '../../generated/ast.js';
import { WorkspaceFacts } from '../../validation/workspace-facts.js';
import { createKpiTitle, kpiForStandard } from './kpi-for-standard.js';
import { nodeAtDiagnostic, titleOf, type QuickFix } from './quick-fix.js';

const titles = { create: createKpiTitle };

/** standard-unmeasured: a KPI skeleton that measures the standard, its unit and direction taken from the target. */
export const measureStandard: QuickFix = {
    rules: ['standard-unmeasured'],
    titles,
    propose(request) {
        const standard = nodeAtDiagnostic(request, isStandard);
        if (!standard || new WorkspaceFacts(request.services).isMeasured(standard)) return [];
        const { name, edit } = kpiForStandard(request.services, standard);
        return [{ title: titleOf(titles.create, request, { kpi: name, standard: standard.name }), edit, preferred: true }];
    }
};

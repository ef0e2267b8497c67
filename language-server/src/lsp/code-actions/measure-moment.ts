import { isStep } from '../../generated/ast.js';
import { WorkspaceFacts } from '../../validation/workspace-facts.js';
import { createKpiTitle, kpiForStandard } from './kpi-for-standard.js';
import { nodeAtDiagnostic, titleOf, type QuickFix } from './quick-fix.js';

const titles = { create: createKpiTitle };

/** moment-unmeasured: measure a standard the moment already has (a moment without standards has nothing to measure yet). */
export const measureMoment: QuickFix = {
    rules: ['moment-unmeasured'],
    titles,
    propose(request) {
        const step = nodeAtDiagnostic(request, isStep);
        if (!step?.moment) return [];
        const facts = new WorkspaceFacts(request.services);
        const standards = step.standards.map(reference => reference.ref).filter(standard => standard !== undefined);
        if (standards.some(standard => facts.isMeasured(standard))) return [];
        return standards.map((standard, index) => {
            const { name, edit } = kpiForStandard(request.services, standard);
            return { title: titleOf(titles.create, request, { kpi: name, standard: standard.name }), edit, preferred: index === 0 };
        });
    }
};

import { isStep } from '../../generated/ast.js';
import { standardsBounding } from '../../model/standards.js';
import { formatQuantity, isTimeUnit } from '../../model/units.js';
import { createOrAttachStandard } from './attach-standard.js';
import { nodeAtDiagnostic, type QuickFix } from './quick-fix.js';
import { dimensionDrafts, timeBoundDraft } from './standard-draft.js';

const titles = {
    create: { en: "Create wait standard '{standard}' and its KPI", 'zh-CN': '创建等候时间标准“{standard}”及其 KPI' },
    attach: { en: "Attach wait standard '{standard}'", 'zh-CN': '关联等候时间标准“{standard}”' }
};

/**
 * wait-without-standard: a new `bounds wait` standard whose target the step's wait meets,
 * attached to the step; or one of the service's wait standards.
 */
export const boundWait: QuickFix = {
    rules: ['wait-without-standard'],
    titles,
    propose(request) {
        const step = nodeAtDiagnostic(request, isStep);
        if (!step?.wait || standardsBounding(step.standards, 'wait').length > 0) return [];
        const draft = isTimeUnit(step.wait.unit) ? timeBoundDraft('wait', formatQuantity(step.wait)) : { ...dimensionDrafts.responsiveness, bounds: 'wait' as const };
        return createOrAttachStandard(request, step, {
            name: { en: 'S_Wait_{step}', 'zh-CN': '{step}等候标准' }, title: { en: 'Wait before {step}', 'zh-CN': '{step}等候时间' },
            draft, titles, fits: standard => standard.bounds === 'wait'
        });
    }
};

import { isStep } from '../../generated/ast.js';
import { isFrontstageStep } from '../../model/lanes.js';
import { formatQuantity, isTimeUnit } from '../../model/units.js';
import { createOrAttachStandard } from './attach-standard.js';
import { nodeAtDiagnostic, type QuickFix } from './quick-fix.js';
import { dimensionDrafts, timeBoundDraft } from './standard-draft.js';

const titles = {
    create: { en: "Create standard '{standard}' and its KPI for this step", 'zh-CN': '为此步骤创建服务标准“{standard}”及其 KPI' },
    attach: { en: "Attach standard '{standard}'", 'zh-CN': '关联服务标准“{standard}”' }
};

/**
 * frontstage-without-standard: a new standard for the step — bounding its duration as
 * designed, when it has one — or one of the standards the service already has.
 */
export const standardizeFrontstage: QuickFix = {
    rules: ['frontstage-without-standard'],
    titles,
    propose(request) {
        const step = nodeAtDiagnostic(request, isStep);
        if (!step || !isFrontstageStep(step) || step.standards.length > 0) return [];
        const draft = step.duration && isTimeUnit(step.duration.unit) ? timeBoundDraft('duration', formatQuantity(step.duration)) : dimensionDrafts.reliability;
        return createOrAttachStandard(request, step, {
            name: { en: 'S_{step}', 'zh-CN': '{step}标准' }, title: { en: 'Standard for {step}', 'zh-CN': '{step}服务标准' }, draft, titles
        });
    }
};

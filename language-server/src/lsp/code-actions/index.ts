import { addEvidence } from './add-evidence.js';
import { addCustomerStep } from './add-customer-step.js';
import { addFeedbackChannel } from './add-feedback-channel.js';
import { boundWait } from './bound-wait.js';
import { completeKpi } from './complete-kpi.js';
import { completeStandard } from './complete-standard.js';
import { coverServqual } from './cover-servqual.js';
import { createReferencedElement } from './create-referenced-element.js';
import { disableForLine } from './disable-for-line.js';
import { endDeadEndStep } from './end-dead-end-step.js';
import { feedKpi } from './feed-kpi.js';
import { fixThreshold } from './fix-threshold.js';
import { fixUnits } from './fix-units.js';
import { measureMoment } from './measure-moment.js';
import { measurePerception } from './measure-perception.js';
import { measureStandard } from './measure-standard.js';
import type { QuickFix } from './quick-fix.js';
import { recoverFailPoint } from './recover-fail-point.js';
import { serveCustomerStep } from './serve-customer-step.js';
import { standardizeFrontstage } from './standardize-frontstage.js';

/** Every quick fix, in the order of the rule catalog; silencing the line comes last. */
export const allQuickFixes: readonly QuickFix[] = [
    createReferencedElement, fixUnits, fixThreshold, endDeadEndStep, recoverFailPoint, serveCustomerStep, standardizeFrontstage,
    completeStandard, measureStandard, completeKpi, boundWait, measurePerception, measureMoment, addCustomerStep, addEvidence,
    coverServqual, addFeedbackChannel, feedKpi, disableForLine
];

export function quickFixesFor(ruleId: string): QuickFix[] {
    return allQuickFixes.filter(fix => fix.rules === 'every' || fix.rules.includes(ruleId));
}

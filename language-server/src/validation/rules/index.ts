import type { SvcRule } from '../rule.js';
import { backstageVisible } from './backstage-visible.js';
import { capacityOverload } from './capacity-overload.js';
import { customerStepUnserved } from './customer-step-unserved.js';
import { dataFileInvalid } from './data-file-invalid.js';
import { deadEndStep } from './dead-end-step.js';
import { duplicateName } from './duplicate-name.js';
import { failWithoutRecovery } from './fail-without-recovery.js';
import { feedbackUnmapped } from './feedback-unmapped.js';
import { frontstageWithoutStandard } from './frontstage-without-standard.js';
import { invalidThreshold } from './invalid-threshold.js';
import { kpiIncomplete } from './kpi-incomplete.js';
import { kpiBreach } from './kpi-breach.js';
import { kpiNoData } from './kpi-no-data.js';
import { kpiOffTarget } from './kpi-off-target.js';
import { kpiWorsening } from './kpi-worsening.js';
import { measurementInvalid } from './measurement-invalid.js';
import { leadTimeExceedsStandard } from './lead-time-exceeds-standard.js';
import { momentUnmeasured } from './moment-unmeasured.js';
import { nextOutsideProcess } from './next-outside-process.js';
import { noFeedbackChannel } from './no-feedback-channel.js';
import { orphanSupport } from './orphan-support.js';
import { promiseExceedsStandard } from './promise-exceeds-standard.js';
import { queueWaitExceedsStandard } from './queue-wait-exceeds-standard.js';
import { servqualCoverage } from './servqual-coverage.js';
import { servqualGap } from './servqual-gap.js';
import { softStandardLogMeasured } from './soft-standard-log-measured.js';
import { stageWithoutCustomerAction } from './stage-without-customer-action.js';
import { standardIncomplete } from './standard-incomplete.js';
import { standardNotMet } from './standard-not-met.js';
import { standardUnmeasured } from './standard-unmeasured.js';
import { stepExceedsStandard } from './step-exceeds-standard.js';
import { touchpointWithoutEvidence } from './touchpoint-without-evidence.js';
import { unitMismatch } from './unit-mismatch.js';
import { unreachableStep } from './unreachable-step.js';
import { waitWithoutStandard } from './wait-without-standard.js';

/** The rule catalog of language 1.0 in LANGUAGE.md, in its order. Each rule has its own message arguments, opaque here. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const languageOneZeroRules: ReadonlyArray<SvcRule<any>> = [
    duplicateName, unitMismatch, invalidThreshold, capacityOverload, nextOutsideProcess,
    unreachableStep, deadEndStep, failWithoutRecovery, backstageVisible, customerStepUnserved,
    orphanSupport, frontstageWithoutStandard, standardIncomplete, standardUnmeasured, kpiIncomplete,
    waitWithoutStandard, stepExceedsStandard, leadTimeExceedsStandard, queueWaitExceedsStandard,
    promiseExceedsStandard, softStandardLogMeasured, momentUnmeasured, stageWithoutCustomerAction,
    touchpointWithoutEvidence, servqualCoverage, noFeedbackChannel, feedbackUnmapped
];

/** The measured-data rules of language 1.1 (LANGUAGE.md, "Measured-data rules") built so far, in the order of their table. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const measuredDataRules: ReadonlyArray<SvcRule<any>> = [
    dataFileInvalid, measurementInvalid, kpiBreach, kpiOffTarget, kpiWorsening, kpiNoData, standardNotMet, servqualGap];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const allRules: ReadonlyArray<SvcRule<any>> = [...languageOneZeroRules, ...measuredDataRules];

/** Diagnostics that come from Langium itself rather than from a rule of the catalog. */
export const builtInRules = {
    'syntax-error': {
        en: 'The text does not follow the grammar of the .svc language.',
        'zh-CN': '文本不符合 .svc 语言的语法。'
    },
    'unresolved-reference': {
        en: 'A name does not refer to any element in scope.',
        'zh-CN': '名称没有指向作用域中的任何元素。'
    }
} as const;

/** Every id `svc.config.json` may configure. */
export const configurableRuleIds: string[] = [...allRules.map(rule => rule.id), ...Object.keys(builtInRules)];

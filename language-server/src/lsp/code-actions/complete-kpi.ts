import { isKpi, isModel, isStandard, type Direction, type Kpi, type Standard, type Unit } from '../../generated/ast.js';
import { round } from '../../model/units.js';
import { words } from '../../validation/message-format.js';
import { WorkspaceFacts } from '../../validation/workspace-facts.js';
import { workspaceEdit } from './document-edits.js';
import { insertIntoBlock, scopeContainer } from './element-insertion.js';
import { kpiDraftFor, thresholdMargin, type KpiDraft } from './kpi-draft.js';
import { ownerCandidate } from './owner-candidate.js';
import { nodeAtDiagnostic, titleOf, type FixRequest, type QuickFix } from './quick-fix.js';
import { defaultFrequency } from './standard-draft.js';
import { placeholderText, stringLiteral } from './text-layout.js';
import { convertTime, kpiValueIn } from './time-values.js';
import { plainlyVisible } from './visible-elements.js';

const titles = {
    complete: { en: "Complete KPI '{kpi}': add {fields}", 'zh-CN': '补全 KPI“{kpi}”：添加 {fields}' }
};

/**
 * kpi-incomplete: the missing fields, taken from the measured standard where it says
 * (unit, direction, target, period, owner); formula and source are left to write.
 */
export const completeKpi: QuickFix = {
    rules: ['kpi-incomplete'],
    titles,
    propose(request) {
        const kpi = nodeAtDiagnostic(request, isKpi);
        if (!kpi) return [];
        const fields = missingFields(request, kpi);
        if (fields.length === 0) return [];
        return [{
            title: titleOf(titles.complete, request, { kpi: kpi.name, fields: words(fields.map(([field]) => field), request.locale) }),
            edit: workspaceEdit(insertIntoBlock(kpi, fields.map(([field, value]) => `${field} ${value}`))),
            preferred: true
        }];
    }
};

/** [field, value] for each missing field we can fill, in the order LANGUAGE.md lists them. */
function missingFields(request: FixRequest, kpi: Kpi): Array<[string, string]> {
    const toMeasure = kpi.measures.length === 0 ? standardToMeasure(request, kpi) : undefined;
    const standard = kpi.measures.map(reference => reference.ref).find(isStandard) ?? toMeasure;
    const draft = kpiDraftFor(standard);
    const unit = kpi.unit ?? draft.unit;
    const direction = kpi.direction ?? directionOfThresholds(kpi, unit) ?? draft.direction;
    const placeholder = stringLiteral(placeholderText);
    const fields: Array<[string, string | undefined]> = [
        ['measures', toMeasure?.name],
        ['formula', kpi.formula === undefined ? placeholder : undefined],
        ['unit', kpi.unit ? undefined : unit],
        ['direction', kpi.direction ? undefined : direction],
        ['target', kpi.target ? undefined : String(draftTarget(kpi, draft, unit, direction))],
        ['period', kpi.period ? undefined : standard?.frequency ?? defaultFrequency],
        ['source', kpi.source === undefined ? placeholder : undefined],
        ['owner', kpi.owner ? undefined : ownerOf(standard, kpi) ?? ownerCandidate(kpi)]
    ];
    return fields.filter((field): field is [string, string] => field[1] !== undefined);
}

/** The standard's owner, when its name (written where the standard is) also means it at the KPI. */
function ownerOf(standard: Standard | undefined, kpi: Kpi): string | undefined {
    if (!standard?.owner?.ref) return undefined;
    const container = scopeContainer(standard);
    return isModel(container) || container === scopeContainer(kpi) ? standard.owner.$refText : undefined;
}

/** A standard visible from the KPI by its plain name, preferring one no KPI measures yet. */
function standardToMeasure(request: FixRequest, kpi: Kpi): Standard | undefined {
    const visible = plainlyVisible(kpi).filter(isStandard);
    const facts = new WorkspaceFacts(request.services);
    return visible.find(standard => !facts.isMeasured(standard)) ?? visible[0];
}

/** Warning and target already written decide the direction: the warning lies on the bad side. */
function directionOfThresholds(kpi: Kpi, unit: Unit): Direction | undefined {
    if (!kpi.warning || !kpi.target) return undefined;
    const warning = kpiValueIn(kpi.warning, unit, unit);
    const target = kpiValueIn(kpi.target, unit, unit);
    return warning === target ? undefined : warning > target ? 'lower' : 'higher';
}

/** The drafted target in the KPI's unit, moved to the good side of a warning already written. */
function draftTarget(kpi: Kpi, draft: KpiDraft, unit: Unit, direction: Direction): number {
    let target = unit === draft.unit ? draft.target : convertTime(draft.target, draft.unit, unit) ?? (unit === '%' ? 95 : draft.target);
    if (kpi.warning) {
        const warning = kpiValueIn(kpi.warning, unit, unit);
        const margin = thresholdMargin(warning);
        if (direction === 'lower' && target >= warning) target = warning - margin;
        if (direction === 'higher' && target <= warning) target = warning + margin;
    }
    return round(target);
}

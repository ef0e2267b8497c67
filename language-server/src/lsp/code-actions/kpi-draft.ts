import type { Comparator, Direction, Frequency, Unit } from '../../generated/ast.js';
import { defaultFrequency } from './standard-draft.js';
import type { ElementDraft } from './element-draft.js';
import { placeholderText, stringLiteral } from './text-layout.js';

/** What a KPI measuring a standard tracks and where it aims. */
export interface KpiDraft {
    unit: Unit;
    direction: Direction;
    target: number;
}

/** What a KPI takes from the standard it measures: a `Standard`, or one a fix is about to insert. */
export interface MeasuredStandard {
    target?: { comparator: Comparator; quantity: { value: number; unit?: Unit } };
    frequency?: Frequency;
}

/** The standard's own quantity, in its unit and towards its target; else the rate of compliance. */
export function kpiDraftFor(standard: MeasuredStandard | undefined): KpiDraft {
    const target = standard?.target;
    if (target?.quantity.unit && target.comparator !== '=') {
        return { unit: target.quantity.unit, direction: target.comparator.startsWith('<') ? 'lower' : 'higher', target: target.quantity.value };
    }
    return { unit: '%', direction: 'higher', target: 95 };
}

/** A complete KPI measuring `standard` (named as visible where the KPI goes); formula and source are left to write. */
export function kpiElement(name: string, title: string, standard: MeasuredStandard, standardName: string, owner: string | undefined): ElementDraft {
    const draft = kpiDraftFor(standard);
    const properties = [
        `measures ${standardName}`,
        `formula ${stringLiteral(placeholderText)}`,
        `unit ${draft.unit}`,
        `direction ${draft.direction}`,
        `target ${draft.target}`,
        `period ${standard.frequency ?? defaultFrequency}`,
        `source ${stringLiteral(placeholderText)}`,
        ...(owner ? [`owner ${owner}`] : [])
    ];
    return { keyword: 'kpi', name, title, properties };
}

/** How far apart a drafted target and warning lie: a tenth of `value`, at least what two decimals can show (1 around zero). */
export function thresholdMargin(value: number): number {
    return value === 0 ? 1 : Math.max(Math.abs(value) * 0.1, 0.01);
}

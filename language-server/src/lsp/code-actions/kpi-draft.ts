import type { Direction, Standard, Unit } from '../../generated/ast.js';
import { defaultFrequency } from './standard-draft.js';
import { indentStep, placeholderText, stringLiteral } from './text-layout.js';

/** What a KPI measuring a standard tracks and where it aims. */
export interface KpiDraft {
    unit: Unit;
    direction: Direction;
    target: number;
}

/** The standard's own quantity, in its unit and towards its target; else the rate of compliance. */
export function kpiDraftFor(standard: Standard | undefined): KpiDraft {
    const target = standard?.target;
    if (target?.quantity.unit && target.comparator !== '=') {
        return { unit: target.quantity.unit, direction: target.comparator.startsWith('<') ? 'lower' : 'higher', target: target.quantity.value };
    }
    return { unit: '%', direction: 'higher', target: 95 };
}

/** A complete KPI measuring `standard` (named as visible where the KPI goes); formula and source are left to write. */
export function kpiLines(name: string, standard: Standard, standardName: string, owner: string | undefined): string[] {
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
    return [`kpi ${name} {`, ...properties.map(property => indentStep + property), '}'];
}

/** How far apart a drafted target and warning lie: a tenth of `value`, at least what two decimals can show (1 around zero). */
export function thresholdMargin(value: number): number {
    return value === 0 ? 1 : Math.max(Math.abs(value) * 0.1, 0.01);
}

import type { StandardModel } from '#protocol/blueprint-schema.js';
import type { Comparator, Unit } from '../generated/ast.js';
import { isTimeUnit, perMinute, satisfies } from '../model/units.js';

type Threshold = NonNullable<StandardModel['target']>;

/** A threshold's value in minutes, or undefined when its unit is not a time. */
export function thresholdMinutes(threshold: Pick<Threshold, 'value' | 'unit'>): number | undefined {
    const unit = threshold.unit as Unit | undefined;
    if (!isTimeUnit(unit)) return undefined;
    // One `unit` per minute is the inverse of the unit's length in minutes.
    return threshold.value / perMinute(1, unit!)!;
}

/** Whether a time meets a threshold (equal meets `<=` and `>=`); undefined when the threshold is not a time. */
export function meetsTime(minutes: number, threshold: Pick<Threshold, 'comparator' | 'value' | 'unit'>): boolean | undefined {
    const target = thresholdMinutes(threshold);
    return target === undefined ? undefined : satisfies(minutes, threshold.comparator, target);
}

const comparators: Record<string, Comparator> = { '<': '<', '≤': '<=', '=': '=', '≥': '>=', '>': '>' };

/**
 * A promise's threshold read back from its text (`≤ 3 h`), the only form the
 * blueprint model gives it in; undefined when the text has another shape.
 */
export function parseThreshold(text: string): Pick<Threshold, 'comparator' | 'value' | 'unit'> | undefined {
    const match = /^(<|≤|=|≥|>) (\d+(?:\.\d+)?)(?: (\S+))?$/.exec(text.trim());
    if (!match) return undefined;
    return { comparator: comparators[match[1]], value: Number(match[2]), unit: match[3] };
}

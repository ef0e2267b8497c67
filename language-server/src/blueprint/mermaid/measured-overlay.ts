import { formatNumber } from '../../model/format-quantity.js';
import type { ServiceModel, StandardModel, StepModel } from '#protocol/blueprint-schema.js';

/** The overlay's lines for a step: one `⚠ 18 min > 15 min` per KPI that shows a standard of the step not met; none when it is off. */
export type MeasuredOverlay = (step: StepModel) => string[];

/** The comparison that holds when a target's comparator fails: the value is on the wrong side of the target. */
const broken: Record<NonNullable<StandardModel['target']>['comparator'], string> = { '<': '≥', '<=': '>', '=': '≠', '>=': '<', '>': '≤' };

/** Minutes per time unit: a KPI in seconds against a standard in minutes is shown in minutes. */
const minutesPer: Record<string, number> = { s: 1 / 60, min: 1, h: 60, d: 24 * 60 };

/**
 * The blueprint overlay of the measured service: the steps that name a
 * standard whose target the latest value of a measuring KPI breaks (the
 * standard's `measured` verdicts), each with the value against the target.
 */
export function measuredOverlay(service: ServiceModel, enabled: boolean): MeasuredOverlay {
    if (!enabled) return () => [];
    return step => [...new Set(step.standards.flatMap(reference => {
        const standard = service.standards.find(candidate => candidate.name === reference || reference.endsWith(`.${candidate.name}`));
        return (standard?.measured ?? []).filter(entry => !entry.met).map(entry => notMetLine(entry, standard!.target));
    }))];
}

/** `⚠ 18 min > 15 min`: the latest value (in the target's unit when both are times) against the target. */
function notMetLine(entry: NonNullable<StandardModel['measured']>[number], target: StandardModel['target']): string {
    if (!target) return `⚠ ${quantity(entry.value, entry.unit)}`;
    const inTargetUnit = entry.unit && target.unit && Object.hasOwn(minutesPer, entry.unit) && Object.hasOwn(minutesPer, target.unit)
        ? { value: entry.value * minutesPer[entry.unit] / minutesPer[target.unit], unit: target.unit }
        : { value: entry.value, unit: entry.unit };
    return `⚠ ${quantity(inTargetUnit.value, inTargetUnit.unit)} ${broken[target.comparator]} ${quantity(target.value, target.unit)}`;
}

function quantity(value: number, unit: string | undefined): string {
    return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}

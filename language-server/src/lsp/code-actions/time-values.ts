import { isProcess, isStep, type Quantity, type Standard, type Unit } from '../../generated/ast.js';
import { analyseProcess } from '../../model/process-flow.js';
import { perMinute, toMinutes } from '../../model/units.js';
import type { SvcServices } from '../../svc-module.js';
import { WorkspaceFacts } from '../../validation/workspace-facts.js';

/**
 * The longest time the spec itself gives for what a standard bounds — the waits or
 * durations of the steps that use it, the lead times of the processes that use it —
 * so a drafted target is met by the design as written. Undefined when there is none.
 */
export function designedMinutes(services: SvcServices, standard: Standard): number | undefined {
    const bound = standard.bounds;
    const minutes = new WorkspaceFacts(services).referencingNodes(standard).map(node => {
        if (isStep(node) && (bound === 'wait' || bound === 'duration')) return toMinutes(node[bound]);
        if (isProcess(node) && bound === 'lead-time') return analyseProcess(node).leadTime.minutes;
        return undefined;
    }).filter(value => value !== undefined && value > 0);
    return minutes.length > 0 ? Math.max(...minutes as number[]) : undefined;
}

/** A time as a consultant writes it, never less than `minutes`: `2 d`, `3 h`, `25 min`, `90 s`. */
export function timeText(minutes: number): string {
    if (minutes >= 1440 && minutes % 1440 === 0) return `${minutes / 1440} d`;
    if (minutes >= 60 && minutes % 60 === 0) return `${minutes / 60} h`;
    if (Number.isInteger(minutes)) return `${minutes} min`;
    return `${Math.ceil(minutes * 60)} s`;
}

/** `value` in unit `from` expressed in unit `to`; undefined unless both are times. */
export function convertTime(value: number, from: Unit, to: Unit): number | undefined {
    const fromPerMinute = perMinute(1, from);
    const toPerMinute = perMinute(1, to);
    return fromPerMinute === undefined || toPerMinute === undefined ? undefined : value * toPerMinute / fromPerMinute;
}

/** A KPI number in `unit` (a bare number is in the KPI's own unit); as written when it is not a time. */
export function kpiValueIn(quantity: Quantity, kpiUnit: Unit | undefined, unit: Unit | undefined): number {
    const from = quantity.unit ?? kpiUnit;
    return from && unit && from !== unit ? convertTime(quantity.value, from, unit) ?? quantity.value : quantity.value;
}

import type { Comparator, Quantity, Unit } from '../generated/ast.js';

export type UnitDimension = 'time' | 'ratio' | 'count' | 'score' | 'currency';

export const unitDimension: Record<Unit, UnitDimension> = {
    s: 'time', min: 'time', h: 'time', d: 'time',
    '%': 'ratio', count: 'count', score: 'score', CNY: 'currency'
};

/** The length of each time unit in minutes. */
export const minutesPer: Partial<Record<Unit, number>> = { s: 1 / 60, min: 1, h: 60, d: 24 * 60 };

export function isTimeUnit(unit: Unit | undefined): boolean {
    return unit !== undefined && unitDimension[unit] === 'time';
}

/** The quantity in minutes, or undefined when it is not a time. */
export function toMinutes(quantity: Quantity | undefined): number | undefined {
    const factor = quantity?.unit ? minutesPer[quantity.unit] : undefined;
    return factor === undefined ? undefined : quantity!.value * factor;
}

/** Rate per minute of `amount per unit`, or undefined when `unit` is not a time. */
export function perMinute(amount: number, unit: Unit): number | undefined {
    const factor = minutesPer[unit];
    return factor === undefined ? undefined : amount / factor;
}

/** Whether `value` meets `comparator target`; equality satisfies `<=` and `>=`. */
export function satisfies(value: number, comparator: Comparator, target: number): boolean {
    const epsilon = 1e-9 * Math.max(1, Math.abs(target));
    switch (comparator) {
        case '<': return value < target - epsilon;
        case '<=': return value <= target + epsilon;
        case '=': return Math.abs(value - target) <= epsilon;
        case '>=': return value >= target - epsilon;
        case '>': return value > target + epsilon;
    }
}

/** A quantity as written in the spec (`99.9 %`), also the text that code actions insert. */
export function formatQuantity(quantity: Quantity): string {
    return quantity.unit ? `${quantity.value} ${quantity.unit}` : `${quantity.value}`;
}

export function round(value: number, digits = 2): number {
    const scale = 10 ** digits;
    return Math.round(value * scale) / scale;
}

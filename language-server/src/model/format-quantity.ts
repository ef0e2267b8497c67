import type { Unit } from '../generated/ast.js';
import type { Locale, Localized } from '#protocol/locale.js';
import { minutesPer, satisfies } from './units.js';

/*
 * How hovers, inlay hints, reports, diagnostics and diagram labels show a
 * figure, so that one figure reads the same everywhere. Numbers the author
 * wrote as they stand (targets, tolerances, waits, durations, KPI numbers)
 * are shown as written, by `formatQuantity` in units.ts.
 */

/** The most decimals Intl.NumberFormat takes in every Node version we run on. */
const maxDecimals = 20;

/**
 * At most three significant digits and two decimals, without trailing zeros;
 * the whole part is never rounded, a number below 1 keeps two significant
 * digits: `7.84`, `26.8`, `119`, `2985`, `0.82`, `0.057`. A number never
 * reads as a whole number it is not: it keeps the decimals that tell it
 * apart (`24.01`, `99.96`), since targets are mostly whole numbers.
 */
export function formatNumber(value: number): string {
    if (value === 0) return '0';
    if (!Number.isFinite(value)) return plain(value, 0);
    const magnitude = Math.floor(Math.log10(Math.abs(value)));
    let decimals = magnitude >= 0 ? Math.max(0, 2 - magnitude) : 1 - magnitude;
    let shown = plain(value, decimals);
    // Whole within the comparators' tolerance: 0.1 + 0.2 sums stay clean.
    while (Number.isInteger(Number(shown)) && !satisfies(value, '=', Math.round(value)) && decimals < maxDecimals) {
        shown = plain(value, ++decimals);
    }
    return shown;
}

/** Longest first; the unit of a time is the longest that still holds it twice. */
const timeUnits: readonly Unit[] = ['d', 'h', 'min', 's'];

/**
 * A time given in minutes, in the longest unit that holds it at least twice,
 * so that no figure reads `1.3 min`: `7.84 s`, `80 s`, `119 min`, `2.35 h`,
 * `26.8 h`, `2.07 d`. Nothing at all is `0 min`.
 */
export function formatMinutes(minutes: number): string {
    if (minutes === 0) return '0 min';
    if (!Number.isFinite(minutes)) return formatNumber(minutes);
    // With the comparators' tolerance: a computed 1.9999999999999998 min is 2 min.
    const unit = timeUnits.find(candidate => satisfies(Math.abs(minutes), '>=', 2 * minutesPer[candidate]!)) ?? 's';
    return `${formatNumber(minutes / minutesPer[unit]!)} ${unit}`;
}

const longerUnit: Partial<Record<Unit, Unit>> = { s: 'min', min: 'h', h: 'd' };

const rateWords: Localized<(amount: string, unit: Unit) => string> = {
    en: (amount, unit) => `${amount} per ${unit}`,
    'zh-CN': (amount, unit) => `${amount} / ${unit}`
};

/**
 * A rate such as a capacity's demand, in the author's unit unless the number
 * is below 1, then in the next longer unit of the language (s, min, h, d)
 * that makes it 1 or more: `40 per h`, `0.5 per min` → `30 per h`, `0.82 per d`.
 */
export function formatRate(amount: number, per: Unit, locale: Locale): string {
    let value = amount;
    let unit = per;
    for (let next = longerUnit[unit]; next !== undefined && value !== 0 && Math.abs(value) < 1; next = longerUnit[unit]) {
        value = value * minutesPer[next]! / minutesPer[unit]!;
        unit = next;
    }
    return rateWords[locale](formatNumber(value), unit);
}

/**
 * A ratio such as the utilisation ρ as a percentage: `88.9 %`, `111 %`. A ratio
 * just below 1 reads `99.96 %`, never `100 %` (ρ ≥ 1 is an overloaded queue).
 */
export function formatPercent(ratio: number): string {
    return Number.isFinite(ratio) ? `${formatNumber(ratio * 100)} %` : formatNumber(ratio);
}

// Plain digits in both locales: a `.` decimal point and no grouping, as numbers are written in a spec.
const plainFormats = new Map<number, Intl.NumberFormat>();

/** Rounded to `decimals` at most, trailing zeros dropped; never exponent notation or floating-point noise. */
function plain(value: number, decimals: number): string {
    const digits = Math.min(decimals, maxDecimals);
    let format = plainFormats.get(digits);
    if (!format) {
        format = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: digits });
        plainFormats.set(digits, format);
    }
    return format.format(value);
}

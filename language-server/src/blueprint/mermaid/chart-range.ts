/**
 * The value axis of a chart: every value shown (series, target, warning)
 * with a little room around, on round numbers; it starts at 0 rather than
 * just below when the values are all positive and 0 is close (a single
 * value is drawn from 0), and a percentage never goes past 100 when the
 * values do not.
 */
export function valueRange(values: readonly number[], unit: string | undefined): { min: number; max: number } {
    const low = Math.min(...values);
    const high = Math.max(...values);
    const spread = high - low || Math.abs(high) || 1;
    let min = low - spread * 0.2;
    let max = high + spread * 0.2;
    if (low >= 0 && (min < 0 || low <= spread)) min = 0;
    if (unit === '%' && high <= 100) max = Math.min(max, 100);
    const step = roundStep((max - min) / 5);
    return { min: tidy(Math.floor(min / step) * step), max: tidy(Math.ceil(max / step) * step) };
}

/** 1, 2 or 5 times a power of ten. */
function roundStep(rough: number): number {
    const power = 10 ** Math.floor(Math.log10(rough));
    const factor = [1, 2, 5, 10].find(candidate => candidate * power >= rough) ?? 10;
    return factor * power;
}

/** Float noise from the multiplications gone: `0.30000000000000004` → `0.3`. */
function tidy(value: number): number {
    return Number(value.toPrecision(12));
}

import { performance } from 'node:perf_hooks';

/** Milliseconds that `action` took. */
export async function timed(action: () => unknown): Promise<number> {
    const start = performance.now();
    await action();
    return performance.now() - start;
}

export function median(values: readonly number[]): number {
    return percentile(values, 50);
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p / 100 * sorted.length) - 1))];
}

/** The median of `runs` timings of `action`. */
export async function medianOf(runs: number, action: () => unknown): Promise<number> {
    const times: number[] = [];
    for (let run = 0; run < runs; run++) times.push(await timed(action));
    return median(times);
}

export const round = (value: number, digits = 1): number => Number(value.toFixed(digits));

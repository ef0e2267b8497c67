/* Figures a test measures (milliseconds), reported with the suite's results: the driver writes them to results.json and prints them. */

const measures: Record<string, number> = {};

export function recordMeasure(name: string, milliseconds: number): void {
    measures[name] = milliseconds;
}

export function recordedMeasures(): Record<string, number> {
    return { ...measures };
}

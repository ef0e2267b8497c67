import type { SeriesPoint } from './kpi-status.js';
import type { MeasuredPoint } from './measurement-rows.js';
import { periodOrder, type Granularity, type Period } from './periods.js';

/**
 * A KPI's valid values in the order read, kept as columns of numbers and
 * shared periods: half a million rows would otherwise be half a million
 * objects that the rules never look at (they read the latest four). The
 * points are made when asked for (hover, charts, export), once.
 */
export class KpiValues {
    private readonly periods: Period[] = [];
    private readonly values: number[] = [];
    private readonly lines: number[] = [];
    private readonly files: string[] = [];
    /** The latest period so far, as `periodOrder`: exports list periods in order, so a later one is new. */
    private latestOrder = -Infinity;
    /** Index by period, made when a row goes back in time and may repeat a period. */
    private byOrder: Map<number, number> | undefined;
    private madePoints: MeasuredPoint[] | undefined;

    /** `granularity`: that of the KPI's first valid row, which all its later rows must have when it has no `period`. */
    constructor(readonly granularity: Granularity) {}

    get length(): number {
        return this.values.length;
    }

    add(period: Period, value: number, file: string, line: number): void {
        const order = periodOrder(period);
        this.byOrder?.set(order, this.values.length);
        this.periods.push(period);
        this.values.push(value);
        this.lines.push(line);
        this.files.push(file);
        this.latestOrder = Math.max(this.latestOrder, order);
        this.madePoints = undefined;
    }

    /** The value already given for `period`, if any. */
    earlier(period: Period): MeasuredPoint | undefined {
        const order = periodOrder(period);
        if (order > this.latestOrder) return undefined;
        this.byOrder ??= new Map(this.periods.map((given, index) => [periodOrder(given), index]));
        const index = this.byOrder.get(order);
        return index === undefined ? undefined : this.point(index);
    }

    /** The values with where they came from, in the order read. */
    get points(): MeasuredPoint[] {
        this.madePoints ??= this.values.map((_, index) => this.point(index));
        return this.madePoints;
    }

    /** The last (up to) four values in period order: what the rules read. */
    latestFour(): SeriesPoint[] {
        return this.inPeriodOrder().slice(-4).map(index => this.point(index));
    }

    /** The values ordered by period. */
    series(): MeasuredPoint[] {
        const { points } = this;
        return this.inPeriodOrder().map(index => points[index]);
    }

    /** Indexes in period order; already so, without sorting, for a file that lists periods in order. */
    private inPeriodOrder(): number[] {
        const indexes = this.values.map((_, index) => index);
        const orders = this.periods.map(periodOrder);
        const sorted = orders.every((order, index) => index === 0 || orders[index - 1] < order);
        return sorted ? indexes : indexes.sort((a, b) => orders[a] - orders[b]);
    }

    private point(index: number): MeasuredPoint {
        return { period: this.periods[index], value: this.values[index], file: this.files[index], line: this.lines[index] };
    }
}

import { GrowingInts } from './cell-locator.js';
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
    private readonly periods: Period[];
    private values: Float64Array;
    private lines: GrowingInts;
    private count = 0;
    /** The file of every value, kept once a second file gives values (most KPIs have one file). */
    private files: string[] | undefined;
    private firstFile: string | undefined;
    /** The latest period so far, as `periodOrder`: exports list periods in order, so a later one is new. */
    private latestOrder = -Infinity;
    /** Every value came after the one before in period order (as exports list them): the series needs no sort. */
    private inOrder = true;
    /** Index by period, made when a row goes back in time and may repeat a period. */
    private byOrder: Map<number, number> | undefined;
    private madePoints: MeasuredPoint[] | undefined;

    /**
     * `granularity`: that of the KPI's first valid row, which all its later rows must have when it has no `period`;
     * `capacity`: how many values are expected (the rows that name the KPI), so that the columns are made once.
     */
    constructor(readonly granularity: Granularity, capacity = 64) {
        this.periods = new Array<Period>(capacity);
        this.values = new Float64Array(capacity);
        this.lines = new GrowingInts(capacity);
    }

    get length(): number {
        return this.count;
    }

    /** Room for `more` values beyond those given (the rows of another file that name the KPI). */
    reserve(more: number): void {
        const capacity = this.count + more;
        if (capacity <= this.values.length) return;
        const values = new Float64Array(capacity);
        values.set(this.values.subarray(0, this.count));
        this.values = values;
        this.periods.length = capacity;
        this.lines = this.lines.withCapacity(capacity);
    }

    add(period: Period, value: number, file: string, line: number): void {
        const order = periodOrder(period), index = this.count++;
        this.byOrder?.set(order, index);
        if (index === this.values.length) this.reserve(Math.max(64, index));
        this.values[index] = value;
        this.periods[index] = period;
        this.lines.push(line);
        if (this.files) this.files.push(file);
        else if (index === 0) this.firstFile = file;
        else if (file !== this.firstFile) this.files = [...Array<string>(index).fill(this.firstFile!), file];
        this.inOrder &&= order > this.latestOrder;
        this.latestOrder = Math.max(this.latestOrder, order);
        this.madePoints = undefined;
    }

    /** The value already given for `period`, if any. */
    earlier(period: Period): MeasuredPoint | undefined {
        const order = periodOrder(period);
        if (order > this.latestOrder) return undefined;
        this.byOrder ??= new Map(this.periods.slice(0, this.count).map((given, index) => [periodOrder(given), index]));
        const index = this.byOrder.get(order);
        return index === undefined ? undefined : this.point(index);
    }

    /** The values with where they came from, in the order read. */
    get points(): MeasuredPoint[] {
        this.madePoints ??= Array.from({ length: this.count }, (_, index) => this.point(index));
        return this.madePoints;
    }

    /** The last (up to) four values in period order: what the rules read. */
    latestFour(): SeriesPoint[] {
        const length = this.count;
        const indexes = this.inOrder ? Array.from({ length: Math.min(4, length) }, (_, at) => length - Math.min(4, length) + at) : this.inPeriodOrder().slice(-4);
        return indexes.map(index => this.point(index));
    }

    /** The values ordered by period. */
    series(): MeasuredPoint[] {
        const { points } = this;
        return this.inPeriodOrder().map(index => points[index]);
    }

    /** Indexes in period order; already so, without sorting, for a file that lists periods in order. */
    private inPeriodOrder(): number[] {
        const indexes = Array.from({ length: this.count }, (_, index) => index);
        if (this.inOrder) return indexes;
        const orders = this.periods.slice(0, this.count).map(periodOrder);
        return indexes.sort((a, b) => orders[a] - orders[b]);
    }

    private point(index: number): MeasuredPoint {
        return { period: this.periods[index], value: this.values[index], file: this.files?.[index] ?? this.firstFile!, line: this.lines.at(index) };
    }
}

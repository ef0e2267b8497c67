import type { Kpi, Service } from '../generated/ast.js';
import type { DataRows, RowAligned } from './csv-table.js';
import type { KpiLookup, KpiNames } from './kpi-names.js';
import type { Parsed } from './parse-result.js';
import { parsePeriod, type Period } from './periods.js';

/**
 * What each row of a measurement file says on its own — the KPI it names,
 * its period, its value in that KPI's unit — as read with one workspace's
 * names (`KpiNames`, replaced when a spec changes) in one scope. Kept with the
 * file's table, so that after an edit of one cell only the rows the edit
 * touched are read again; the checks that compare rows run on these. Kept as
 * numbers: a file of half a million rows names a few KPIs and periods.
 */
export class MeasurementFacts implements RowAligned {
    private constructor(
        readonly names: KpiNames,
        readonly service: Service | undefined,
        private readonly known: Known,
        /** Each row's KPI lookup, as an index into `known.lookups`; -1 while the row is not read. */
        private readonly lookupOfRow: Int32Array,
        /** Each row's period, as an index into `known.periods`; -1 while not read. */
        private readonly periodOfRow: Int32Array,
        /** The value in the KPI's unit, read with the row's KPI; NaN when the value cell has a problem (found again when reported). */
        readonly values: Float64Array
    ) {}

    /**
     * What changed in place since `takeChanges` was last called: the rows read again and the KPIs they named
     * before. Only a change that keeps every other row where it was (a cell edited) is made in place.
     */
    private changes: RowChanges = { rows: [], kpisBefore: new Set(), take: 1 };

    /** The facts kept with `rows` for these names and scope, or new ones, kept from now on. */
    static of(rows: DataRows<string, string>, names: KpiNames, service: Service | undefined): MeasurementFacts {
        const kept = rows.kept(factsKey);
        if (kept instanceof MeasurementFacts && kept.names === names && kept.service === service && kept.values.length === rows.length) return kept;
        const facts = new MeasurementFacts(names, service, { lookups: [], lookupIndex: new Map(), periods: [], periodIndex: new Map() },
            new Int32Array(rows.length).fill(-1), new Int32Array(rows.length).fill(-1), new Float64Array(rows.length));
        rows.keep(factsKey, facts);
        return facts;
    }

    /** The row's KPI lookup, if the row was read. */
    lookup(row: number): KpiLookup | undefined {
        const index = this.lookupOfRow[row];
        return index < 0 ? undefined : this.known.lookups[index];
    }

    setLookup(row: number, lookup: KpiLookup): void {
        let index = this.known.lookupIndex.get(lookup);
        if (index === undefined) this.known.lookupIndex.set(lookup, index = this.known.lookups.push(lookup) - 1);
        this.lookupOfRow[row] = index;
    }

    /** The row's period, read from its `period` cell the first time. */
    period(row: number, rows: DataRows<'period', string>): Parsed<Period> {
        let index = this.periodOfRow[row];
        if (index < 0) {
            const periodText = rows.textOf(row, 'period');
            index = this.known.periodIndex.get(periodText) ?? -1;
            if (index < 0) this.known.periodIndex.set(periodText, index = this.known.periods.push(parsePeriod(periodText)) - 1);
            this.periodOfRow[row] = index;
        }
        return this.known.periods[index];
    }

    /** How many rows name each KPI that a read row resolved to (the rows not read yet count for none). */
    rowsPerKpi(): Map<Kpi, number> {
        const perLookup = new Int32Array(this.known.lookups.length);
        const { lookupOfRow } = this;
        for (let row = 0; row < lookupOfRow.length; row++) if (lookupOfRow[row] >= 0) perLookup[lookupOfRow[row]]++;
        const rowsPerKpi = new Map<Kpi, number>();
        this.known.lookups.forEach((lookup, index) => {
            if (lookup.ok && perLookup[index] > 0) rowsPerKpi.set(lookup.kpi, (rowsPerKpi.get(lookup.kpi) ?? 0) + perLookup[index]);
        });
        return rowsPerKpi;
    }

    /** The changes made in place since the last call; `take` counts the calls, so that a reader knows whether another took some. */
    takeChanges(): RowChanges {
        const { changes } = this;
        this.changes = { rows: [], kpisBefore: new Set(), take: changes.take + 1 };
        return changes;
    }

    spliced(from: number, to: number, count: number, lineShift: number): MeasurementFacts {
        if (count === to - from && lineShift === 0) {
            // As many rows as before on the same lines (a cell edited): the same arrays, the rows read again marked unread.
            for (let row = from; row < to; row++) {
                const lookup = this.lookup(row);
                if (lookup?.ok) this.changes.kpisBefore.add(lookup.kpi);
            }
            this.changes.rows.push([from, to]);
            this.lookupOfRow.fill(-1, from, to);
            this.periodOfRow.fill(-1, from, to);
            return this;
        }
        return new MeasurementFacts(this.names, this.service, this.known, splicedInts(this.lookupOfRow, from, to, count),
            splicedInts(this.periodOfRow, from, to, count), splicedNumbers(this.values, from, to, count));
    }
}

/** Rows read again, and the KPIs they named before. */
export interface RowChanges {
    rows: Array<[number, number]>;
    kpisBefore: Set<Kpi>;
    /** 1 for the first changes taken, then one more each time. */
    take: number;
}

/** The lookups and periods the rows name, each once (shared by the facts of later versions of the file). */
interface Known {
    lookups: KpiLookup[];
    lookupIndex: Map<KpiLookup, number>;
    periods: Array<Parsed<Period>>;
    periodIndex: Map<string, number>;
}

const factsKey = Symbol('measurement facts');

/** `array` with `[from, to)` replaced by `count` places marked -1 (not read). */
function splicedInts(array: Int32Array, from: number, to: number, count: number): Int32Array {
    const result = new Int32Array(array.length - (to - from) + count);
    result.set(array.subarray(0, from));
    result.fill(-1, from, from + count);
    result.set(array.subarray(to), from + count);
    return result;
}

function splicedNumbers(array: Float64Array, from: number, to: number, count: number): Float64Array {
    const result = new Float64Array(array.length - (to - from) + count);
    result.set(array.subarray(0, from));
    result.set(array.subarray(to), from + count);
    return result;
}

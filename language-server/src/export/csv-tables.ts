import type { BlueprintDocument } from '#protocol/blueprint-schema.js';
import type { MeasuredExport } from '#protocol/measured-schema.js';
import { measurementColumns, measurementRows } from './measurements-table.js';

export const csvTables = ['standards', 'kpis', 'measurements'] as const;
export type CsvTable = typeof csvTables[number];

const columns: Record<CsvTable, string[]> = {
    standards: ['file', 'service', 'name', 'title', 'dimension', 'kind', 'bounds', 'target', 'tolerance', 'method', 'frequency', 'owner', 'measured_by', 'used_by'],
    kpis: ['file', 'service', 'name', 'title', 'measures', 'formula', 'unit', 'direction', 'baseline', 'target', 'warning', 'period', 'source', 'owner'],
    measurements: measurementColumns
};

/**
 * The standards, KPI or measurements table of a workspace as CSV (RFC 4180),
 * with a BOM so that spreadsheet programs read the Chinese text as UTF-8.
 */
export function toCsv(table: CsvTable, files: ReadonlyArray<{ path: string; model: BlueprintDocument; measured: MeasuredExport }>): string {
    const rows: string[][] = [columns[table]];
    for (const { path, model, measured } of files) {
        if (table === 'measurements') {
            rows.push(...measured.kpis.flatMap(kpi => measurementRows(path, kpi)));
            continue;
        }
        for (const service of model.services) {
            if (table === 'standards') {
                for (const s of service.standards) {
                    rows.push([path, service.name, s.name, s.title, s.dimension, s.kind, s.bounds, s.target?.text, s.tolerance, s.method, s.frequency, s.owner, s.measuredBy.join(' '), s.usedBy.join(' ')].map(cell => cell ?? ''));
                }
            } else {
                for (const k of service.kpis) {
                    rows.push([path, service.name, k.name, k.title, k.measures.join(' '), k.formula, k.unit, k.direction, k.baseline, k.target, k.warning, k.period, k.source, k.owner].map(cell => cell ?? ''));
                }
            }
        }
    }
    return '\uFEFF' + rows.map(row => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** A number as written by the export (`-2.5`, `1e-7`): a spreadsheet reads it as a number, never as a formula. */
const plainNumber = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/;

function csvCell(value: string): string {
    // A leading = + - @ would make a spreadsheet evaluate the cell as a formula; a negative number stays a number.
    const safe = /^[=+\-@\t\r]/.test(value) && !plainNumber.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

import { csvTables, toCsv, type CsvTable } from '../export/csv-tables.js';
import { exportWorkspace } from '../export/workspace-export.js';
import { loadWorkspace } from './load-workspace.js';
import { writeOutput } from './output-file.js';
import { displayPath } from './to-cli-diagnostics.js';
import { UsageError } from './usage-error.js';

export interface ExportOptions {
    paths: string[];
    format: 'json' | 'csv';
    table?: string;
    output?: string;
    force: boolean;
    version: string;
}

/** `svc export`: the workspace model (with its measured data) as JSON, or the standards, KPI or measurements table as CSV. */
export async function runExport(options: ExportOptions, write: (text: string) => void): Promise<number> {
    if (options.format === 'json' && options.table) throw new UsageError(`--table applies to --format csv only`);
    const table = (options.table ?? 'standards') as CsvTable;
    if (!csvTables.includes(table)) throw new UsageError(`--table must be standards, kpis or measurements, not '${options.table}'`);
    const check = await loadWorkspace(options.paths);
    const exported = exportWorkspace(check, file => displayPath(file, process.cwd()), `svc ${options.version}`);
    const text = options.format === 'json' ? `${JSON.stringify(exported, null, 2)}\n` : toCsv(table, exported.files);
    if (options.output) writeOutput(options.output, text, options.force);
    else write(text.replace(/\n$/, ''));
    return 0;
}

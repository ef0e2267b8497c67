export type CliSeverity = 'error' | 'warning' | 'info';

export interface Position { line: number; column: number }

/** One diagnostic as the command-line contract shows it: 1-based lines and columns, exclusive end. */
export interface CliDiagnostic {
    rule: string;
    severity: CliSeverity;
    message: string;
    range: { start: Position; end: Position };
}

export interface FileResult {
    /** Relative to the current folder when below it, else absolute. */
    path: string;
    diagnostics: CliDiagnostic[];
}

export interface CheckSummary { files: number; errors: number; warnings: number; infos: number }

export function summarize(files: readonly FileResult[]): CheckSummary {
    const summary: CheckSummary = { files: files.length, errors: 0, warnings: 0, infos: 0 };
    for (const file of files) {
        for (const diagnostic of file.diagnostics) {
            if (diagnostic.severity === 'error') summary.errors++;
            else if (diagnostic.severity === 'warning') summary.warnings++;
            else summary.infos++;
        }
    }
    return summary;
}

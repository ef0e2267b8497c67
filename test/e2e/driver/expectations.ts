import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ProblemRow } from './problems-panel.js';
import { svcJson } from './scratch-workspace.js';

/* What the UI must show, from the command line's view of the same workspace. */

interface CliReport {
    files: Array<{ path: string; diagnostics: Array<{ rule: string; range: { start: { line: number; column: number } } }> }>;
}

export function expectedProblemRows(expectedDiagnosticsFile: string): ProblemRow[] {
    const report = JSON.parse(readFileSync(expectedDiagnosticsFile, 'utf-8')) as CliReport;
    return report.files.flatMap(file => file.diagnostics.map(diagnostic => ({
        file: path.posix.normalize(file.path), code: diagnostic.rule, line: diagnostic.range.start.line, column: diagnostic.range.start.column
    })));
}

export interface StepOnScreen {
    title: string;
    /** Where the editor's cursor goes when the step's node is clicked, as the status bar says it. */
    cursor: string;
}

interface ExportedModel {
    files: Array<{ path: string; model: { services: Array<{ processes: Array<{ steps: Array<{ title?: string; name: string; range: { start: { line: number; character: number } } }> }> }> } }>;
}

/** The steps of the first service of `file` (relative to the workspace), from `svc export --format json`. */
export function stepsOf(workspace: string, file: string): StepOnScreen[] {
    const exported = JSON.parse(svcJson(workspace, ['export', file, '--format', 'json'])) as ExportedModel;
    const service = exported.files[0]?.model.services[0];
    if (!service) throw new Error(`${file} defines no service`);
    return service.processes.flatMap(process => process.steps).map(step => ({
        title: step.title ?? step.name,
        cursor: `Ln ${step.range.start.line + 1}, Col ${step.range.start.character + 1}`
    }));
}

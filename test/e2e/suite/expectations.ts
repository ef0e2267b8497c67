import * as vscode from 'vscode';
import { runContext } from './run-context.js';

/** One diagnostic as the tests compare them: 1-based line, rule id, severity. */
export interface Expected {
    line: number;
    code: string;
    severity: string;
}

interface CliReport {
    files: Array<{ path: string; diagnostics: Array<{ rule: string; severity: string; range: { start: { line: number } } }> }>;
}

/**
 * `svc check . --format json`, run by the driver in the workspace root before
 * the editor starts: the command line and the editor share one checker, so
 * they must agree file by file.
 */
export function cliExpectations(): Map<string, Expected[]> {
    return runContext().expected;
}

/** The report's paths with `/`, without a leading `./`. */
export function parseCliReport(json: string): Map<string, Expected[]> {
    const report = JSON.parse(json) as CliReport;
    return new Map(report.files.map(entry => [
        entry.path.replace(/\\/g, '/').replace(/^(\.\/)+/, ''),
        sorted(entry.diagnostics.map(diagnostic => ({ line: diagnostic.range.start.line, code: diagnostic.rule, severity: diagnostic.severity })))
    ]));
}

/** `// expect: rule-a, rule-b` at the end of a line: those rules report on that line (severity not stated). */
export function markerExpectations(text: string): Array<Omit<Expected, 'severity'>> {
    return text.split('\n').flatMap((line, index) => {
        const marker = /\/\/ expect: (.+)$/.exec(line);
        return marker ? marker[1].split(',').map(code => ({ line: index + 1, code: code.trim() })) : [];
    }).sort(byLineAndCode);
}

const severities: Record<vscode.DiagnosticSeverity, string> = {
    [vscode.DiagnosticSeverity.Error]: 'error',
    [vscode.DiagnosticSeverity.Warning]: 'warning',
    [vscode.DiagnosticSeverity.Information]: 'info',
    [vscode.DiagnosticSeverity.Hint]: 'hint'
};

/** What the editor shows for a document, in the same terms. */
export function editorDiagnostics(uri: vscode.Uri): Expected[] {
    return sorted(vscode.languages.getDiagnostics(uri).map(diagnostic => ({
        line: diagnostic.range.start.line + 1,
        code: typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code),
        severity: severities[diagnostic.severity]
    })));
}

function byLineAndCode(a: { line: number; code: string }, b: { line: number; code: string }): number {
    return a.line - b.line || a.code.localeCompare(b.code);
}

function sorted(list: Expected[]): Expected[] {
    return list.sort(byLineAndCode);
}

import { isAbsolute, relative } from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { messageText } from '../validation/svc-document-validator.js';
import type { CliDiagnostic, CliSeverity, FileResult } from './check-result.js';

const severities: Record<number, CliSeverity> = {
    [DiagnosticSeverity.Error]: 'error',
    [DiagnosticSeverity.Warning]: 'warning',
    [DiagnosticSeverity.Information]: 'info'
};

/** The contract's view of checked files: 1-based positions, sorted, hints left out. */
export function toFileResults(files: ReadonlyArray<{ file: string; diagnostics: Diagnostic[] }>, cwd = process.cwd()): FileResult[] {
    return files.map(file => ({
        path: displayPath(file.file, cwd),
        diagnostics: file.diagnostics
            .filter(diagnostic => severities[diagnostic.severity ?? DiagnosticSeverity.Error] !== undefined)
            .map(toCliDiagnostic)
            .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || a.rule.localeCompare(b.rule))
    }));
}

function toCliDiagnostic(diagnostic: Diagnostic): CliDiagnostic {
    return {
        rule: String(diagnostic.code ?? 'unknown'),
        severity: severities[diagnostic.severity ?? DiagnosticSeverity.Error],
        message: messageText(diagnostic),
        range: {
            start: { line: diagnostic.range.start.line + 1, column: diagnostic.range.start.character + 1 },
            end: { line: diagnostic.range.end.line + 1, column: diagnostic.range.end.character + 1 }
        }
    };
}

/** Relative to `cwd` when the file lies below it, else absolute. */
export function displayPath(file: string, cwd: string): string {
    const path = relative(cwd, file);
    return path.startsWith('..') || isAbsolute(path) ? file : path.split('\\').join('/');
}

import { EmptyFileSystem, URI } from 'langium';
import { expect } from 'vitest';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Locale } from '#protocol/locale.js';
import { createNodeSvcServices } from '../../language-server/src/svc-node-services.js';
import { messageText } from '../../language-server/src/validation/svc-document-validator.js';

export interface TestDiagnostic {
    /** File name as given to `diagnose`. */
    file: string;
    /** 1-based, as in the CLI and the corpus marks. */
    line: number;
    column: number;
    rule: string;
    severity: 'error' | 'warning' | 'info' | 'hint';
    message: string;
}

const severityNames = {
    [DiagnosticSeverity.Error]: 'error', [DiagnosticSeverity.Warning]: 'warning',
    [DiagnosticSeverity.Information]: 'info', [DiagnosticSeverity.Hint]: 'hint'
} as const;

/**
 * Validates in-memory specs as one workspace (no file system, so no
 * svc.config.json) and returns every diagnostic, sorted by file and line.
 */
export async function diagnose(specs: string | Record<string, string>, locale: Locale = 'en'): Promise<TestDiagnostic[]> {
    const files = typeof specs === 'string' ? { 'spec.svc': specs } : specs;
    const { shared, Svc } = createNodeSvcServices(EmptyFileSystem);
    Svc.i18n.Locale.current = locale;
    const documents = Object.entries(files).map(([name, text]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`memory:///workspace/${name}`));
        shared.workspace.LangiumDocuments.addDocument(document);
        return { name, document };
    });
    await shared.workspace.DocumentBuilder.build(documents.map(entry => entry.document), { validation: true });
    return sortDiagnostics(documents.flatMap(({ name, document }) => (document.diagnostics ?? []).map(diagnostic => toTestDiagnostic(name, diagnostic))));
}

/** An LSP diagnostic as the tests compare them: 1-based line and column. */
export function toTestDiagnostic(file: string, diagnostic: Diagnostic): TestDiagnostic {
    return {
        file,
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        rule: String(diagnostic.code),
        severity: severityNames[diagnostic.severity ?? DiagnosticSeverity.Error],
        message: messageText(diagnostic)
    };
}

/** By file, line and rule. */
export function sortDiagnostics(diagnostics: TestDiagnostic[]): TestDiagnostic[] {
    return diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule));
}

/** The diagnostics of one rule. */
export async function diagnoseRule(rule: string, specs: string | Record<string, string>, locale: Locale = 'en'): Promise<TestDiagnostic[]> {
    return (await diagnose(specs, locale)).filter(diagnostic => diagnostic.rule === rule);
}

/**
 * One rule's diagnostics, after asserting that the specs parse, link and have
 * unique names — so a "must not fire" test cannot pass on a broken spec.
 */
export async function diagnoseCleanly(rule: string, specs: string | Record<string, string>, locale: Locale = 'en'): Promise<TestDiagnostic[]> {
    const all = await diagnose(specs, locale);
    const breaking = ['syntax-error', 'unresolved-reference', 'duplicate-name'].filter(id => id !== rule);
    expect(all.filter(diagnostic => breaking.includes(diagnostic.rule)).map(diagnostic => `${diagnostic.rule}: ${diagnostic.message}`)).toEqual([]);
    return all.filter(diagnostic => diagnostic.rule === rule);
}

/** The 1-based line of the first line of `text` containing `fragment`. */
export function lineOf(text: string, fragment: string): number {
    const index = text.split('\n').findIndex(line => line.includes(fragment));
    if (index < 0) throw new Error(`'${fragment}' not found in the spec`);
    return index + 1;
}

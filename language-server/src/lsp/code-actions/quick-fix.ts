import { AstUtils, CstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { Diagnostic, WorkspaceEdit } from 'vscode-languageserver';
import type { Locale, Localized } from '#protocol/locale.js';
import type { SvcServices } from '../../svc-module.js';

/** What a fix is asked about: one diagnostic of one validated document. */
export interface FixRequest {
    services: SvcServices;
    document: LangiumDocument;
    diagnostic: Diagnostic;
    locale: Locale;
}

/** One code action a fix offers. */
export interface FixProposal {
    title: string;
    edit: WorkspaceEdit;
    /** The most natural fix of its diagnostic (at most one per diagnostic). */
    preferred?: boolean;
}

export interface QuickFix {
    /** Rule ids whose diagnostics the fix answers; 'every' for all diagnostics of this language. */
    rules: readonly string[] | 'every';
    /** Title templates with `{placeholder}`s, in every locale. */
    titles: Record<string, Localized>;
    propose(request: FixRequest): FixProposal[];
}

/** A title in the request's locale, placeholders filled in. */
export function titleOf(template: Localized, request: FixRequest, values: Record<string, string | number> = {}): string {
    return template[request.locale].replace(/\{(\w+)\}/g, (placeholder, key: string) => key in values ? String(values[key]) : placeholder);
}

/** The innermost AST node at the diagnostic's start. */
export function astNodeAtDiagnostic(request: FixRequest): AstNode | undefined {
    const root = request.document.parseResult.value.$cstNode;
    const offset = request.document.textDocument.offsetAt(request.diagnostic.range.start);
    return root && CstUtils.findLeafNodeAtOffset(root, offset)?.astNode;
}

/**
 * The AST node of the given type at (or around) the diagnostic's start. Fixes recompute what
 * they need from the current AST, so a diagnostic that no longer fits simply yields no fix.
 */
export function nodeAtDiagnostic<T extends AstNode>(request: FixRequest, isType: (node: unknown) => node is T): T | undefined {
    const node = astNodeAtDiagnostic(request);
    return node && AstUtils.getContainerOfType(node, isType);
}

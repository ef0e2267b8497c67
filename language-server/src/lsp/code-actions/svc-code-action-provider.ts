import type { LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import type { SvcServices } from '../../svc-module.js';
import { quickFixesFor } from './index.js';

/** Quick fixes for the diagnostics of `.svc` files: the rule's own fixes, then silencing the line. */
export class SvcCodeActionProvider implements CodeActionProvider {
    constructor(private readonly services: SvcServices) {}

    getCodeActions(document: LangiumDocument, params: CodeActionParams): CodeAction[] {
        if (!wantsQuickFixes(params.context.only)) return [];
        return params.context.diagnostics.filter(isSvcDiagnostic).flatMap(diagnostic => this.actionsFor(document, diagnostic));
    }

    private actionsFor(document: LangiumDocument, diagnostic: Diagnostic & { code: string }): CodeAction[] {
        const request = { services: this.services, document, diagnostic, locale: this.services.i18n.Locale.current };
        return quickFixesFor(diagnostic.code).flatMap(fix => fix.propose(request)).map(proposal => ({
            title: proposal.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: proposal.edit,
            ...(proposal.preferred ? { isPreferred: true } : {})
        }));
    }
}

function wantsQuickFixes(only: string[] | undefined): boolean {
    return !only || only.some(kind => kind === '' || kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${kind}.`));
}

/** Diagnostics of this language carry their rule id as code; other tools' are not ours to fix. */
function isSvcDiagnostic(diagnostic: Diagnostic): diagnostic is Diagnostic & { code: string } {
    return diagnostic.source === 'svc' && typeof diagnostic.code === 'string';
}

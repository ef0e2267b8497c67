import type { LangiumDocument } from 'langium';
import type { DocumentHighlightProvider } from 'langium/lsp';
import { DocumentHighlight, DocumentHighlightKind, type DocumentHighlightParams } from 'vscode-languageserver';
import type { SvcServices } from '../../svc-module.js';
import { nameOccurrences } from './name-occurrences.js';
import { symbolAt } from './symbol-at-position.js';

/**
 * Every occurrence in this file of the name under the cursor — the same
 * places a rename would edit: `Fast` of `Bank.Fast` for the standard, `Bank`
 * for the service. The declaration is marked as the write.
 */
export class SvcDocumentHighlightProvider implements DocumentHighlightProvider {
    constructor(private readonly services: SvcServices) {}

    getDocumentHighlight(document: LangiumDocument, params: DocumentHighlightParams): DocumentHighlight[] | undefined {
        const symbol = symbolAt(document, params.position, this.services);
        if (!symbol) return undefined;
        return nameOccurrences(symbol.element, this.services, document.uri)
            .sort((a, b) => document.textDocument.offsetAt(a.range.start) - document.textDocument.offsetAt(b.range.start))
            .map(({ range, declaration }) => DocumentHighlight.create(range, declaration ? DocumentHighlightKind.Write : DocumentHighlightKind.Read));
    }
}

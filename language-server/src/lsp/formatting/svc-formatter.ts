import type { GrammarAST, LangiumCoreServices, LangiumDocument } from 'langium';
import type { Formatter } from 'langium/lsp';
import type {
    DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentRangeFormattingParams, TextEdit
} from 'vscode-languageserver';
import { findSuppressions } from '../../validation/suppressions.js';
import { canonicalLayout, type CanonicalLayout } from './canonical-layout.js';
import { itemStartKeywords } from './item-starts.js';
import { sourcePieces, type SourcePieces } from './source-pieces.js';

/**
 * Formats `.svc` files into the one canonical layout (docs/decisions.md, "Formatting").
 *
 * Why not Langium's AbstractFormatter: it places each token relative to its neighbour
 * and only re-indents comments, so it can neither decide "this block stays on one line
 * while the line fits" nor guarantee that a comment keeps its place. This formatter
 * treats the file as tokens and comments that are never reordered, and rewrites only
 * the whitespace between them (and the indentation inside doc-style comments); the
 * grammar tells where items begin. So the tokens, every comment's place and the
 * syntax tree stay as they were by construction.
 */
export class SvcFormatter implements Formatter {
    private readonly itemStarts: ReadonlySet<GrammarAST.Keyword>;

    constructor(services: LangiumCoreServices) {
        this.itemStarts = itemStartKeywords(services.Grammar);
    }

    /** The document in the canonical layout, or undefined when it has syntax errors. */
    formattedText(document: LangiumDocument): string | undefined {
        const layout = this.layout(document);
        if (!layout) return undefined;
        return layout.texts.map((text, index) => layout.gaps[index] + text).join('') + layout.gaps[layout.texts.length];
    }

    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): TextEdit[] {
        return this.edits(document);
    }

    /**
     * The edits of whole-document formatting for the pieces that start in the range (each
     * with the whitespace before it), so a range comes out as it would in the whole.
     */
    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        const start = document.textDocument.offsetAt(params.range.start);
        const end = document.textDocument.offsetAt(params.range.end);
        return this.edits(document, pieceOffset => pieceOffset >= start && pieceOffset < end);
    }

    formatDocumentOnType(): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }

    /** One edit per changed gap or comment; `wanted` picks by the offset of the piece (or file end) they belong to. */
    private edits(document: LangiumDocument, wanted: (pieceOffset: number) => boolean = () => true): TextEdit[] {
        const layout = this.layout(document);
        if (!layout) return [];
        const edit = (offset: number, oldText: string, newText: string, pieceOffset: number): TextEdit[] => oldText === newText || !wanted(pieceOffset) ? [] : [{
            range: { start: document.textDocument.positionAt(offset), end: document.textDocument.positionAt(offset + oldText.length) },
            newText
        }];
        const { pieces, after } = layout.source;
        const end = after.offset + after.text.length;
        return [
            ...pieces.flatMap((piece, index) => {
                const offset = piece.before.offset + piece.before.text.length;
                return [...edit(piece.before.offset, piece.before.text, layout.gaps[index], offset), ...edit(offset, piece.text, layout.texts[index], offset)];
            }),
            ...edit(after.offset, after.text, layout.gaps[pieces.length], end)
        ];
    }

    private layout(document: LangiumDocument): CanonicalLayout & { source: SourcePieces } | undefined {
        const source = sourcePieces(document, this.itemStarts);
        if (!source) return undefined;
        const pinnedLines = new Set(findSuppressions(document.textDocument.getText()).keys());
        return { source, ...canonicalLayout(source, pinnedLines) };
    }
}

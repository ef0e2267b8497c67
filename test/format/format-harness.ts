import { AstUtils, CstUtils, EmptyFileSystem, isAstNode, isReference, URI, type AstNode, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { itemStartKeywords } from '../../language-server/src/lsp/formatting/item-starts.js';
import { sourcePieces } from '../../language-server/src/lsp/formatting/source-pieces.js';
import { SvcFormatter } from '../../language-server/src/lsp/formatting/svc-formatter.js';
import { createNodeSvcServices } from '../../language-server/src/svc-node-services.js';
import { messageText } from '../../language-server/src/validation/svc-document-validator.js';

/** One set of services for many formatting round trips (creating services is the slow part). */
export class FormatHarness {
    private readonly services = createNodeSvcServices(EmptyFileSystem);
    private counter = 0;

    parse(text: string): LangiumDocument {
        return this.services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`memory:///format/${++this.counter}.svc`));
    }

    hasSyntaxErrors(document: LangiumDocument): boolean {
        return document.parseResult.lexerErrors.length > 0 || document.parseResult.parserErrors.length > 0;
    }

    /** Formats through the LSP request, as an editor does: the edits applied to the text. */
    async format(text: string): Promise<string> {
        const document = this.parse(text);
        const edits = await this.formatter().formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
        return TextDocument.applyEdits(document.textDocument, edits);
    }

    formatter(): SvcFormatter {
        return this.services.Svc.lsp.Formatter as SvcFormatter;
    }

    /** Per file, the diagnostics of the files validated as one workspace, as sorted `rule: message` lines. */
    async diagnostics(texts: readonly string[]): Promise<string[][]> {
        const { workspace } = this.services.shared;
        const documents = texts.map(text => this.parse(text));
        for (const document of documents) workspace.LangiumDocuments.addDocument(document);
        try {
            await workspace.DocumentBuilder.build(documents, { validation: true });
            return documents.map(document => (document.diagnostics ?? []).map(diagnostic => `${diagnostic.code}: ${messageText(diagnostic)}`).sort());
        } finally {
            await workspace.DocumentBuilder.update([], documents.map(document => document.uri));
        }
    }

    /** The documentation (doc comment) of every named element, in order. */
    documentation(document: LangiumDocument): string[] {
        const provider = this.services.Svc.documentation.DocumentationProvider;
        return AstUtils.streamAst(document.parseResult.value)
            .filter(node => 'name' in node)
            .map(node => `${(node as AstNode & { name: string }).name}: ${provider.getDocumentation(node) ?? ''}`)
            .toArray();
    }

    /** The whitespace between the pieces of a document, or undefined when it does not parse. */
    gaps(document: LangiumDocument): string[] | undefined {
        const source = sourcePieces(document, itemStartKeywords(this.services.Svc.Grammar));
        return source && [...source.pieces.map(piece => piece.before.text), source.after.text];
    }
}

/** The syntax tree as plain data: no positions, no CST, references as their text. */
export function normalizedAst(node: AstNode): unknown {
    const result: Record<string, unknown> = { $type: node.$type };
    for (const [key, value] of Object.entries(node)) {
        if (!key.startsWith('$')) result[key] = normalizedValue(value);
    }
    return result;
}

function normalizedValue(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(normalizedValue);
    if (isReference(value)) return { $ref: value.$refText };
    if (isAstNode(value)) return normalizedAst(value);
    return value;
}

/** Every token and comment of a document, in order; in comments, the indentation before a line's leading `*` does not count. */
export function piecesOf(document: LangiumDocument): string[] {
    return CstUtils.flattenCst(document.parseResult.value.$cstNode!).toArray()
        .sort((a, b) => a.offset - b.offset)
        .map(leaf => leaf.hidden ? leaf.text.replace(/(\r\n|\r|\n)[ \t]*(?=\*)/g, '$1') : leaf.text);
}

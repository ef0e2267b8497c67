import { DefaultLangiumDocumentFactory, type AstNode, type LangiumDocument, type ParseResult, type URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { isModel, type Model } from '../generated/ast.js';
import { reparseChangedElements } from '../parser/element-reparse.js';

/**
 * A changed document is parsed again only in the top-level elements its
 * change spans, when that gives the tree a whole parse would
 * (`reparseChangedElements`); otherwise whole, as Langium does.
 */
export class SvcDocumentFactory extends DefaultLangiumDocumentFactory {
    /** The tree each document had when its update began, by URI: what `parseAsync` may reuse. */
    private readonly updating = new Map<string, ParseResult>();

    override async update<T extends AstNode = AstNode>(document: LangiumDocument<T>, cancellationToken: CancellationToken): Promise<LangiumDocument<T>> {
        const key = document.uri.toString();
        this.updating.set(key, document.parseResult);
        try {
            return await super.update(document, cancellationToken);
        } finally {
            this.updating.delete(key);
        }
    }

    protected override parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: CancellationToken): Promise<ParseResult<T>> {
        const previous = this.updating.get(uri.toString());
        if (previous && isModel(previous.value)) {
            const parser = this.serviceRegistry.getServices(uri).parser.LangiumParser;
            const reparsed = reparseChangedElements(previous as ParseResult<Model>, text, parser);
            if (reparsed) return Promise.resolve(reparsed as unknown as ParseResult<T>);
        }
        return super.parseAsync(uri, text, cancellationToken);
    }
}

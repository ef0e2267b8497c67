import { CstUtils, GrammarAST, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import { MultilineCommentHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import type { SvcLocale } from '#protocol/locale.js';
import type { WorkspaceFiles } from '../../files/workspace-files.js';
import type { SvcServices } from '../../svc-module.js';
import { WorkspaceFacts } from '../../validation/workspace-facts.js';
import { cardContext } from './card.js';
import { elementHover } from './element-cards.js';
import { keywordExplanation } from './keyword-hover.js';

/**
 * Hovering an element (its name or a reference to it) shows its doc comment
 * and a summary card; hovering a keyword explains it in the reader's language.
 */
export class SvcHoverProvider extends MultilineCommentHoverProvider {
    protected readonly locale: SvcLocale;
    protected readonly workspaceFacts: WorkspaceFacts;
    private readonly files: WorkspaceFiles;

    constructor(services: SvcServices) {
        super(services);
        this.locale = services.i18n.Locale;
        this.files = services.files.WorkspaceFiles;
        this.workspaceFacts = new WorkspaceFacts(services);
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const root = document.parseResult.value.$cstNode;
        // The token under the cursor, even when it is `<=` or `%` (Langium's default looks for word characters).
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(params.position));
        if (!leaf) return undefined;
        const contents: string[] = [];
        for (const declaration of this.references.findDeclarations(leaf)) {
            const content = await this.getAstNodeHoverContent(declaration);
            if (content) contents.push(content);
        }
        if (contents.length > 0) return markdown(contents.join('\n\n---\n\n'));
        return GrammarAST.isKeyword(leaf.grammarSource) ? this.getKeywordHoverContent(leaf.grammarSource) : undefined;
    }

    protected override getAstNodeHoverContent(node: AstNode): MaybePromise<string | undefined> {
        const documentation = this.documentationProvider.getDocumentation(node);
        const context = cardContext(this.locale.current, target => this.workspaceFacts.referencingNodes(target), this.workspaceFacts.measured(),
            path => this.files.uriOf(path).toString());
        return elementHover(node, documentation, context) ?? documentation;
    }

    protected override getKeywordHoverContent(keyword: AstNode): MaybePromise<Hover | undefined> {
        const explanation = GrammarAST.isKeyword(keyword) ? keywordExplanation(keyword, this.locale.current) : undefined;
        return explanation ? markdown(explanation) : undefined;
    }
}

const markdown = (value: string): Hover => ({ contents: { kind: 'markdown', value } });

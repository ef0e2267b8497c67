import { URI, type AstNodeDescription, type GrammarAST, type LangiumDocuments, type MaybePromise, type ReferenceInfo, type Stream } from 'langium';
import {
    DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionValueItem, type NextFeature
} from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isActor, isSystem } from '../../generated/ast.js';
import {
    elementKindTerm, enumGlossary, glossaryEntryOfKeyword, isEnumRuleName, leadingKeyword, ruleOfKeyword
} from '../../i18n/domain-glossary.js';
import type { SvcLocale } from '#protocol/locale.js';
import type { SvcServices } from '../../svc-module.js';
import { completionParseStart } from './completion-parse-start.js';
import { completionTexts } from './completion-texts.js';
import { candidateFilter, candidateRank, shortestNamePerElement } from './reference-candidates.js';
import { isSnippetRule, snippetBody } from './snippets.js';

/**
 * Langium's grammar-driven completion (keywords valid at the cursor,
 * references from the scope), with the meaning of every keyword and enum
 * value, snippets for whole elements, and references narrowed to what fits.
 */
export class SvcCompletionProvider extends DefaultCompletionProvider {
    protected readonly locale: SvcLocale;
    private readonly langiumDocuments: LangiumDocuments;

    constructor(services: SvcServices) {
        super(services);
        this.locale = services.i18n.Locale;
        this.langiumDocuments = services.shared.workspace.LangiumDocuments;
    }

    /** Langium parses the text from the top of the file to the cursor; this starts at the enclosing top-level element. */
    protected override findFeaturesAt(textDocument: TextDocument, offset: number): NextFeature[] {
        const document = this.langiumDocuments.getDocument(URI.parse(textDocument.uri));
        const start = document?.textDocument === textDocument ? completionParseStart(document, offset) : 0;
        if (start === 0) return super.findFeaturesAt(textDocument, offset);
        const tail = textDocument.getText().substring(start, offset);
        return super.findFeaturesAt(TextDocument.create(textDocument.uri, textDocument.languageId, textDocument.version, tail), tail.length);
    }

    /** Comparators and `%` have no letters, yet they are values to choose from. */
    protected override filterKeyword(context: CompletionContext, keyword: GrammarAST.Keyword): boolean {
        return super.filterKeyword(context, keyword) || isEnumRuleName(ruleOfKeyword(keyword)?.name ?? '');
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (!this.filterKeyword(context, keyword)) return;
        const locale = this.locale.current;
        const rule = ruleOfKeyword(keyword);
        const meaning = glossaryEntryOfKeyword(keyword);
        acceptor(context, {
            label: keyword.value,
            kind: isEnumRuleName(rule?.name ?? '') ? CompletionItemKind.EnumMember : CompletionItemKind.Keyword,
            detail: meaning?.term[locale],
            documentation: meaning && { kind: 'markdown', value: meaning.explanation[locale] },
            sortText: '1'
        });
        if (rule && isSnippetRule(rule.name) && leadingKeyword(rule) === keyword) {
            acceptor(context, {
                label: keyword.value,
                kind: CompletionItemKind.Snippet,
                detail: completionTexts[locale].snippets[rule.name],
                insertText: snippetBody(rule.name, locale, new Date()),
                insertTextFormat: InsertTextFormat.Snippet,
                sortText: '1'
            });
        }
    }

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        return shortestNamePerElement(super.getReferenceCandidates(refInfo, context).filter(candidateFilter(refInfo)));
    }

    /** Detail: what the element is, its title, and for performers their lane — `Actor · 大堂经理 · Frontstage`. */
    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const locale = this.locale.current;
        const node = description.node;
        const lane = isActor(node) || isSystem(node) ? enumGlossary.Lane[node.lane]?.term[locale] : undefined;
        const title = node && 'title' in node && typeof node.title === 'string' ? node.title : undefined;
        const parts = [elementKindTerm(description.type)?.[locale] ?? description.type, title, lane];
        return { ...item, detail: parts.filter(part => part).join(' · '), sortText: candidateRank(description, refInfo) };
    }
}

import {
    URI, type AstNodeDescription, type GrammarAST, type LangiumDocument, type LangiumDocuments, type MaybePromise, type ReferenceInfo,
    type Stream
} from 'langium';
import {
    DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionProviderOptions, type CompletionValueItem,
    type NextFeature
} from 'langium/lsp';
import { CompletionItemKind, CompletionList, InsertTextFormat, type CancellationToken, type CompletionParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isActor, isSystem } from '../../generated/ast.js';
import {
    elementKindTerm, enumGlossary, glossaryEntryOfKeyword, isEnumRuleName, leadingKeyword, ruleOfKeyword
} from '../../i18n/domain-glossary.js';
import type { SvcLocale } from '#protocol/locale.js';
import type { SvcServices } from '../../svc-module.js';
import { codeStyleOf } from '../code-actions/code-style.js';
import { completionParseStart } from './completion-parse-start.js';
import { completionTexts } from './completion-texts.js';
import { completionTriggerCharacters, wantsCompletion } from './completion-trigger.js';
import { candidateFilter, candidateRank, namesAsTyped } from './reference-candidates.js';
import { isSnippetRule, snippetBody } from './snippets.js';

/** The grammar's rules for names, which accept keywords too. */
const nameRules: ReadonlySet<string> = new Set(['Name', 'NameOtherThanEnd']);

/**
 * Langium's grammar-driven completion (keywords valid at the cursor,
 * references from the scope), with the meaning of every keyword and enum
 * value, snippets for whole elements, and references narrowed to what fits.
 */
export class SvcCompletionProvider extends DefaultCompletionProvider {
    protected readonly locale: SvcLocale;
    private readonly langiumDocuments: LangiumDocuments;
    override readonly completionOptions: CompletionProviderOptions = { triggerCharacters: completionTriggerCharacters };

    constructor(services: SvcServices) {
        super(services);
        this.locale = services.i18n.Locale;
        this.langiumDocuments = services.shared.workspace.LangiumDocuments;
    }

    /** A space typed anywhere but after a reference keyword gets an empty list at once. */
    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        const offset = document.textDocument.offsetAt(params.position);
        if (!wantsCompletion(this.lexer, document, offset, params.context)) return CompletionList.create([], false);
        return super.getCompletion(document, params, cancelToken);
    }

    /** Langium parses the text from the top of the file to the cursor; this starts at the enclosing top-level element. */
    protected override findFeaturesAt(textDocument: TextDocument, offset: number): NextFeature[] {
        const document = this.langiumDocuments.getDocument(URI.parse(textDocument.uri));
        const start = document?.textDocument === textDocument ? completionParseStart(document, offset) : 0;
        if (start === 0) return super.findFeaturesAt(textDocument, offset);
        const tail = textDocument.getText().substring(start, offset);
        return super.findFeaturesAt(TextDocument.create(textDocument.uri, textDocument.languageId, textDocument.version, tail), tail.length);
    }

    /**
     * Comparators and `%` have no letters, yet they are values to choose from. Keywords allowed
     * as names (`step wait`) are no proposal where a new name is written: after `standard ` in a
     * service they would list the 90 keywords of the language.
     */
    protected override filterKeyword(context: CompletionContext, keyword: GrammarAST.Keyword): boolean {
        const rule = ruleOfKeyword(keyword)?.name ?? '';
        if (nameRules.has(rule)) return false;
        return super.filterKeyword(context, keyword) || isEnumRuleName(rule);
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
                insertText: snippetBody(rule.name, locale, new Date(), codeStyleOf(context.document).oneLine),
                insertTextFormat: InsertTextFormat.Snippet,
                sortText: '1'
            });
        }
    }

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const typed = context.textDocument.getText().substring(context.tokenOffset, context.offset);
        return namesAsTyped(super.getReferenceCandidates(refInfo, context).filter(candidateFilter(refInfo)), typed, refInfo);
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

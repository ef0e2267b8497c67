import { DefaultFuzzyMatcher, DefaultWorkspaceSymbolProvider, type FuzzyMatcher } from 'langium/lsp';

const dot = '.'.charCodeAt(0);
// Ideographs, kana and Hangul as in the ID terminal; \uD840-\uD888 starts a supplementary-plane ideograph.
const cjk = /[\u3005\u3007\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uAC00-\uD7AF\uD840-\uD888]/;

/**
 * Langium's fuzzy match (the query starts at a word start: camelCase or
 * snake_case), with the word starts of `.svc` names added: the member of
 * `Service.Member`, and any CJK character — Chinese has no word boundaries,
 * so `宾员` finds `礼宾员`.
 */
export class SvcSymbolMatcher extends DefaultFuzzyMatcher {
    protected override isWordTransition(previous: number, current: number): boolean {
        return super.isWordTransition(previous, current) || previous === dot || cjk.test(String.fromCharCode(current));
    }
}

/** Langium's workspace symbols (every indexed name of the workspace) with the matcher above. */
export class SvcWorkspaceSymbolProvider extends DefaultWorkspaceSymbolProvider {
    protected override readonly fuzzyMatcher: FuzzyMatcher = new SvcSymbolMatcher();
}

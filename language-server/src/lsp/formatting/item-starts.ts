import { AstUtils, GrammarAST, GrammarUtils, type AstNode } from 'langium';

/**
 * The keywords at which a new item of a block (or of the file) begins: the first
 * keyword of each element rule (`service`, `step`, `fail`, …) and the keyword that
 * opens each repeated alternative of a block (`dimension`, `next`, `moment`, …).
 * Read from the grammar, so a new property or element needs no change here; a
 * keyword used as a name belongs to a data type rule and is never an item start.
 */
export function itemStartKeywords(grammar: GrammarAST.Grammar): ReadonlySet<GrammarAST.Keyword> {
    const starts = new Set<GrammarAST.Keyword>();
    for (const node of AstUtils.streamAllContents(grammar)) {
        if (GrammarAST.isKeyword(node) && (opensElement(node) || opensRepeatedAlternative(node))) starts.add(node);
    }
    return starts;
}

/** `'step' name=Name …`: the first keyword of a rule that builds an element. */
function opensElement(keyword: GrammarAST.Keyword): boolean {
    const group = containerOf(keyword);
    return GrammarAST.isGroup(group) && group.elements[0] === keyword
        && GrammarAST.isParserRule(group.$container) && !GrammarUtils.isDataTypeRule(group.$container);
}

/** `'dimension' dimension=Dimension` or `moment?='moment'` as one alternative of `( … | … )*`. */
function opensRepeatedAlternative(keyword: GrammarAST.Keyword): boolean {
    const container = containerOf(keyword);
    const alternative = GrammarAST.isGroup(container) ? (container.elements[0] === keyword ? container : undefined)
        : GrammarAST.isAssignment(container) ? container : undefined;
    const choice = alternative?.$container;
    return GrammarAST.isAlternatives(choice) && choice.cardinality === '*';
}

/** Langium types a keyword's container narrowly (as in terminal rules); in parser rules it is any element. */
function containerOf(keyword: GrammarAST.Keyword): AstNode | undefined {
    return keyword.$container as AstNode | undefined;
}

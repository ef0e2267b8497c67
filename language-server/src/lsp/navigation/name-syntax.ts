import { AstUtils, GrammarAST, type Grammar, type Lexer } from 'langium';

/**
 * What the grammar accepts as a name: the `ID` terminal and the keywords that
 * may also name an element (`wait`, `support`, …), read from the `Name` rule
 * so that a grammar change cannot leave this check behind.
 */
export class NameSyntax {
    private readonly nameTokenTypes: Set<string>;

    constructor(private readonly lexer: Lexer, grammar: Grammar) {
        const nameRule = grammar.rules.find(rule => GrammarAST.isParserRule(rule) && rule.name === 'Name');
        if (!nameRule) throw new Error('The grammar has no Name rule.');
        this.nameTokenTypes = tokenTypesOf(nameRule);
    }

    /** Whether `text` is exactly one token (no spaces or comments around it) that the `Name` rule accepts. */
    isName(text: string): boolean {
        const { tokens, errors } = this.lexer.tokenize(text);
        return errors.length === 0 && tokens.length === 1 && tokens[0].image === text && this.nameTokenTypes.has(tokens[0].tokenType.name);
    }
}

/** Terminal names and keywords a datatype rule consists of, following the rules it calls. */
function tokenTypesOf(rule: GrammarAST.AbstractRule, seen = new Set<GrammarAST.AbstractRule>()): Set<string> {
    const types = new Set<string>();
    if (seen.has(rule)) return types;
    seen.add(rule);
    for (const element of AstUtils.streamAllContents(rule)) {
        if (GrammarAST.isKeyword(element)) types.add(element.value);
        if (!GrammarAST.isRuleCall(element) || !element.rule.ref) continue;
        const called = element.rule.ref;
        if (GrammarAST.isTerminalRule(called)) types.add(called.name);
        else for (const type of tokenTypesOf(called, seen)) types.add(type);
    }
    return types;
}

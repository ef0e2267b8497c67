import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

/**
 * Strings know two escapes, `\"` and `\\` (LANGUAGE.md). Langium's default converter
 * also turns `\n`, `\t`, `\0`, … into control characters and drops the backslash of
 * any other pair, so `"\u202e"` became `u202e` without a word. Here every other
 * backslash is kept as written: nothing is lost, and no escape can smuggle in a
 * control or bidi character that the source does not show.
 */
export class SvcValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        return rule.name === 'STRING' ? stringValue(input) : super.runConverter(rule, input, cstNode);
    }
}

/** The value of a STRING token: the text between the quotes, with `\"` and `\\` unescaped. */
export function stringValue(token: string): string {
    const text = token.slice(1, -1);
    // Most strings have no backslash: no regular expression run for them (every title of a workspace).
    return text.includes('\\') ? text.replace(/\\(["\\])/g, '$1') : text;
}

import { CstUtils, type CstNode, type LeafCstNode } from 'langium';

/**
 * The name tokens a reference is written with: `Bank` and `Fast` for
 * `Bank.Fast`, `Fast` alone for `Fast`; dots, spaces and comments left out.
 * The last one names the element, the ones before it its service.
 */
export function nameTokens(reference: CstNode): LeafCstNode[] {
    return CstUtils.flattenCst(reference).filter(token => !token.hidden && token.text !== '.').toArray();
}

/** Whether `token` is the `Bank` of `Bank.Fast` rather than the name of the referenced element. */
export function isQualifier(token: LeafCstNode): boolean {
    // A reference is one datatype node (QualifiedName / SuccessorTarget); a declared name is a single token.
    const written = CstUtils.getDatatypeNode(token);
    if (!written) return false;
    const tokens = nameTokens(written);
    return tokens.length > 1 && tokens[tokens.length - 1] !== token;
}

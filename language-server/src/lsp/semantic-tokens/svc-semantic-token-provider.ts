import { AstUtils, type AstNode, type Reference } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { nameTokens } from '../navigation/name-tokens.js';
import { elementTokenTypes } from './element-token-types.js';

/**
 * Colours names by the kind of element they stand for — TextMate cannot tell
 * a step from an actor, and does not match CJK identifiers at all. Keywords,
 * strings and numbers stay with the TextMate grammar.
 */
export class SvcSemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const declared = elementTokenTypes[node.$type];
        if (declared && 'name' in node && node.name) {
            acceptor({ node, property: 'name', type: declared, modifier: SemanticTokenModifiers.declaration });
        }
        for (const { reference } of AstUtils.streamReferences(node)) {
            if ('ref' in reference) this.highlightReference(reference, acceptor);
        }
    }

    /** `Fast` in the standard's colour; the `Bank.` of `Bank.Fast` as the service. Unresolved names stay uncoloured. */
    private highlightReference(reference: Reference, acceptor: SemanticTokenAcceptor): void {
        const type = reference.ref && elementTokenTypes[reference.ref.$type];
        if (!type || !reference.$refNode) return;
        const tokens = nameTokens(reference.$refNode);
        tokens.forEach((token, index) => {
            acceptor({ cst: token, type: index === tokens.length - 1 ? type : SemanticTokenTypes.namespace });
        });
    }
}

import { AstUtils, DefaultLinker, type AstNode, type DefaultReference, type LangiumDocument } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { notLinkedYet } from '../validation/before-linking.js';
import { walkAst } from './ast-walk.js';

/** Langium's linking, in Langium's order, by a plain walk that looks at cancellation every few hundred nodes (walkAst). */
export class SvcLinker extends DefaultLinker {
    /** Documents being validated before linking: a reference of theirs is not resolved meanwhile (see before-linking.ts). */
    private readonly unlinked = new Set<LangiumDocument>();

    override async link(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<void> {
        await walkAst(document.parseResult.value, { reference: reference => this.doLink(reference, document) }, cancelToken);
    }

    /** Runs `task` (a validation of `document` before linking) with its references closed: reading one throws `notLinkedYet`. */
    async whileUnlinked<T>(document: LangiumDocument, task: () => Promise<T>): Promise<T> {
        this.unlinked.add(document);
        try {
            return await task();
        } finally {
            this.unlinked.delete(document);
        }
    }

    protected override resolveReference(reference: DefaultReference, node: AstNode, property: string): AstNode | undefined {
        const document = this.unlinked.size > 0 ? AstUtils.findRootNode(node).$document : undefined;
        if (document && this.unlinked.has(document)) throw notLinkedYet;
        return super.resolveReference(reference, node, property);
    }
}

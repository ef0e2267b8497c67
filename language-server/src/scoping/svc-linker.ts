import { DefaultLinker, interruptAndCheck, isAstNode, isMultiReference, isReference, type AstNode, type LangiumDocument, type ReferenceInfo } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { nodesBetweenCancellationChecks } from '../workspace/cancellation.js';

/**
 * Langium's linking, looking at cancellation every few hundred nodes (see
 * nodesBetweenCancellationChecks). The tree is walked in Langium's order (each node's
 * references, then its children, depth first) by a plain loop: Langium's streams of
 * nodes and references cost several times the linking itself on a large workspace.
 */
export class SvcLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<void> {
        const pending: AstNode[] = [document.parseResult.value];
        const children: AstNode[] = [];
        let visited = 0;
        for (let node = pending.pop(); node; node = pending.pop()) {
            if (++visited % nodesBetweenCancellationChecks === 0) await interruptAndCheck(cancelToken);
            for (const property in node) {
                if (property.startsWith('$')) continue;
                const value = (node as unknown as Record<string, unknown>)[property];
                if (isReference(value) || isMultiReference(value)) {
                    this.doLink({ reference: value, container: node, property }, document);
                } else if (isAstNode(value)) {
                    children.push(value);
                } else if (Array.isArray(value)) {
                    value.forEach((element: unknown, index) => {
                        if (isReference(element) || isMultiReference(element)) this.doLink({ reference: element, container: node, property, index } as ReferenceInfo, document);
                        else if (isAstNode(element)) children.push(element);
                    });
                }
            }
            // Children in reverse onto the stack: the first is walked next.
            while (children.length > 0) pending.push(children.pop()!);
        }
    }
}

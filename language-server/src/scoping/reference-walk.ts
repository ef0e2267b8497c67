import { interruptAndCheck, isAstNode, isMultiReference, isReference, type AstNode, type ReferenceInfo } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { nodesBetweenCancellationChecks } from '../workspace/cancellation.js';

/**
 * Calls `visit` for each reference under `root`, in Langium's order (a node's
 * references, then its children, depth first), looking at cancellation every
 * few hundred nodes (see nodesBetweenCancellationChecks). A plain loop: Langium's
 * streams of nodes and references cost several times the linking itself on a
 * large workspace.
 */
export async function forEachReference(root: AstNode, visit: (reference: ReferenceInfo) => void, cancelToken: CancellationToken): Promise<void> {
    const pending: AstNode[] = [root];
    const children: AstNode[] = [];
    let visited = 0;
    for (let node = pending.pop(); node; node = pending.pop()) {
        if (++visited % nodesBetweenCancellationChecks === 0) await interruptAndCheck(cancelToken);
        for (const property in node) {
            if (property.startsWith('$')) continue;
            const value = (node as unknown as Record<string, unknown>)[property];
            if (isReference(value) || isMultiReference(value)) {
                visit({ reference: value, container: node, property });
            } else if (isAstNode(value)) {
                children.push(value);
            } else if (Array.isArray(value)) {
                value.forEach((element: unknown, index) => {
                    if (isReference(element) || isMultiReference(element)) visit({ reference: element, container: node, property, index } as ReferenceInfo);
                    else if (isAstNode(element)) children.push(element);
                });
            }
        }
        // Children in reverse onto the stack: the first is walked next.
        while (children.length > 0) pending.push(children.pop()!);
    }
}

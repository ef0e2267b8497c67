import { interruptAndCheck, isAstNode, isMultiReference, isReference, type AstNode, type ReferenceInfo } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { nodesBetweenCancellationChecks } from '../workspace/cancellation.js';

const dollar = '$'.charCodeAt(0);

export interface AstVisitor {
    node?: (node: AstNode) => void;
    reference?: (reference: ReferenceInfo) => void;
}

/**
 * Walks the tree under `root` in Langium's order (streamAst, streamReferences):
 * depth first, each node, then its references, then its children; looking at
 * cancellation every few hundred nodes (see nodesBetweenCancellationChecks).
 * A plain loop: Langium's streams cost several times the linking itself, and a
 * good part of the rules' pass, on a large workspace. No closure per node either
 * (an array's `forEach` callback made the walk 8 times slower, with ~450 bytes of
 * garbage per node).
 */
export async function walkAst(root: AstNode, visitor: AstVisitor, cancelToken: CancellationToken): Promise<void> {
    const pending: AstNode[] = [root];
    const children: AstNode[] = [];
    let visited = 0;
    for (let node = pending.pop(); node; node = pending.pop()) {
        if (++visited % nodesBetweenCancellationChecks === 0) await interruptAndCheck(cancelToken);
        visitor.node?.(node);
        for (const property in node) {
            // '$'-properties are Langium's own (container, CST node, document).
            if (property.charCodeAt(0) === dollar) continue;
            const value = (node as unknown as Record<string, unknown>)[property];
            if (typeof value !== 'object' || value === null) continue;
            if (isReference(value) || isMultiReference(value)) {
                visitor.reference?.({ reference: value, container: node, property });
            } else if (isAstNode(value)) {
                children.push(value);
            } else if (Array.isArray(value)) {
                for (let index = 0; index < value.length; index++) {
                    const element: unknown = value[index];
                    if (isReference(element) || isMultiReference(element)) visitor.reference?.({ reference: element, container: node, property, index } as ReferenceInfo);
                    else if (isAstNode(element)) children.push(element);
                }
            }
        }
        // Children in reverse onto the stack: the first is walked next.
        while (children.length > 0) pending.push(children.pop()!);
    }
}

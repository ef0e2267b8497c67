import { AstUtils, GrammarAST, isCompositeCstNode, type AstNode, type CstNode } from 'langium';

// Grammar elements live as long as the language: which property each one assigns is computed once.
const assignedFeatures = new WeakMap<object, string | undefined>();

function assignedFeature(element: GrammarAST.AbstractElement | undefined): string | undefined {
    if (!element) return undefined;
    if (!assignedFeatures.has(element)) {
        assignedFeatures.set(element, AstUtils.getContainerOfType(element, GrammarAST.isAssignment)?.feature);
    }
    return assignedFeatures.get(element);
}

/**
 * The CST node of `node`'s `property` (its `index`-th value; the last one if
 * there are fewer), as Langium's `findNodeForProperty` finds it — but stopping
 * at that value: Langium collects every child of the node first, which costs
 * a whole service's children for each diagnostic on its name.
 */
export function findPropertyNode(node: AstNode, property: string, index = 0): CstNode | undefined {
    const wanted = Math.max(0, index);
    let found: CstNode | undefined;
    let seen = 0;
    const visit = (cst: CstNode): boolean => {
        for (const child of isCompositeCstNode(cst) ? cst.content : []) {
            if (assignedFeature(child.grammarSource) === property) {
                found = child;
                if (seen++ === wanted) return true;
            } else if (isCompositeCstNode(child) && child.astNode === node && visit(child)) {
                return true;
            }
        }
        return false;
    };
    if (node.$cstNode) visit(node.$cstNode);
    return found;
}

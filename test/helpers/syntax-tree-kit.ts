import { isAstNode, isCompositeCstNode, isLeafCstNode, isReference, type AstNode, type CstNode } from 'langium';

/**
 * A syntax tree written out as plain data, to compare a tree with another's:
 * every AST node with its properties (references by their text and CST node),
 * its place in its container, and every CST node with its offsets, range,
 * text, token type, grammar element and AST node. Links that do not agree
 * (a child whose container is another node, a CST node that is not among its
 * parent's children) are written out as such, so that they differ too.
 */
export function syntaxTreeShape(root: AstNode): unknown {
    return { ast: astShape(root, undefined, undefined, undefined), cst: root.$cstNode ? cstShape(root.$cstNode, undefined) : undefined };
}

function astShape(node: AstNode, container: AstNode | undefined, property: string | undefined, index: number | undefined): unknown {
    const placed = node.$container === container && node.$containerProperty === property && node.$containerIndex === index;
    const properties: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
        if (key.startsWith('$')) continue;
        properties[key] = Array.isArray(value)
            ? value.map((item, at) => valueShape(item, node, key, at))
            : valueShape(value, node, key, undefined);
    }
    return {
        type: node.$type,
        placed,
        cst: node.$cstNode ? cstPosition(node.$cstNode) : undefined,
        cstBacklink: node.$cstNode?.astNode === node,
        properties
    };
}

function valueShape(value: unknown, container: AstNode, property: string, index: number | undefined): unknown {
    if (isReference(value)) return { ref: value.$refText, at: value.$refNode ? cstPosition(value.$refNode) : undefined };
    if (isAstNode(value)) return astShape(value, container, property, index);
    return value;
}

function cstShape(node: CstNode, parent: CstNode | undefined): unknown {
    const shape = {
        ...cstPosition(node),
        placed: node.container === parent,
        hidden: node.hidden,
        grammar: node.grammarSource?.$type,
        ast: node.astNode.$type,
        text: node.text
    };
    if (isLeafCstNode(node)) return { ...shape, token: node.tokenType.name };
    return { ...shape, content: isCompositeCstNode(node) ? node.content.map(child => cstShape(child, node)) : [] };
}

function cstPosition(node: CstNode): { offset: number; length: number; end: number; range: CstNode['range'] } {
    return { offset: node.offset, length: node.length, end: node.end, range: node.range };
}

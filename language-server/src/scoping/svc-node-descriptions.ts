import { AstUtils, CstUtils, DefaultAstNodeDescriptionProvider, type AstNode, type AstNodeDescription, type DocumentSegment, type LangiumDocument, type NameProvider, type URI } from 'langium';

/**
 * Descriptions of named elements whose text segments are worked out when first read
 * (Langium's default works them out up front): a check describes every element,
 * a step twice (as `Service.Step` and inside its service), and reads the segments of few.
 */
export class SvcAstNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {

    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const described = name ?? this.nameProvider.getName(node);
        if (!described) throw new Error(`Node at path ${this.astNodeLocator.getAstNodePath(node)} has no name.`);
        return new LazyNodeDescription(node, described, (document ?? AstUtils.getDocument(node)).uri, this.astNodeLocator.getAstNodePath(node), this.nameProvider);
    }
}

/**
 * A class, not an object literal with getters: V8 keeps such literals as dictionaries
 * with a closure per getter, about 650 bytes each against about 100 here, for every
 * named element of the workspace.
 */
class LazyNodeDescription implements AstNodeDescription {
    readonly type: string;
    private nameSegmentRead: DocumentSegment | undefined;
    private selectionSegmentRead: DocumentSegment | undefined;

    constructor(readonly node: AstNode, readonly name: string, readonly documentUri: URI, readonly path: string, private readonly nameProvider: NameProvider) {
        this.type = node.$type;
    }

    get nameSegment(): DocumentSegment | undefined {
        return this.nameSegmentRead ??= CstUtils.toDocumentSegment(this.nameProvider.getNameNode(this.node) ?? this.node.$cstNode);
    }

    get selectionSegment(): DocumentSegment | undefined {
        return this.selectionSegmentRead ??= CstUtils.toDocumentSegment(this.node.$cstNode);
    }
}

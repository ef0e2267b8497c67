import { AstUtils, CstUtils, DefaultAstNodeDescriptionProvider, type AstNode, type AstNodeDescription, type DocumentSegment, type LangiumDocument } from 'langium';

/**
 * Descriptions of named elements whose text segments are worked out when first read
 * (Langium's default works them out up front): a check describes every element,
 * a step twice (as `Service.Step` and inside its service), and reads the segments of few.
 */
export class SvcAstNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {

    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const described = name ?? this.nameProvider.getName(node);
        if (!described) throw new Error(`Node at path ${this.astNodeLocator.getAstNodePath(node)} has no name.`);
        const nameProvider = this.nameProvider;
        let nameSegment: DocumentSegment | undefined;
        let selectionSegment: DocumentSegment | undefined;
        return {
            node,
            name: described,
            type: node.$type,
            documentUri: (document ?? AstUtils.getDocument(node)).uri,
            path: this.astNodeLocator.getAstNodePath(node),
            get nameSegment() {
                return nameSegment ??= CstUtils.toDocumentSegment(nameProvider.getNameNode(node) ?? node.$cstNode);
            },
            get selectionSegment() {
                return selectionSegment ??= CstUtils.toDocumentSegment(node.$cstNode);
            }
        };
    }
}

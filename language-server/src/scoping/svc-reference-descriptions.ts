import { AstUtils, CstUtils, DefaultReferenceDescriptionProvider, isReference, UriUtils, type CstNode, type DocumentSegment, type LangiumDocument, type ReferenceDescription, type ReferenceInfo, type URI } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { walkAst } from './ast-walk.js';

/**
 * Langium's reference index entries, in Langium's order by a plain walk that looks
 * at cancellation every few hundred nodes (walkAst), with each entry's text segment
 * computed when asked (by find references or rename): computing the line and
 * column of every reference was a third of indexing a file's references, on
 * every edit.
 */
export class SvcReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        await walkAst(document.parseResult.value, { reference: reference => { descriptions.push(...this.describe(reference)); } }, cancelToken);
        return descriptions;
    }

    /** The index entries of one reference (none for an unresolved one): also for a partial relink. */
    describe(reference: ReferenceInfo): ReferenceDescription[] {
        return this.createInfoDescriptions(reference);
    }

    protected override createInfoDescriptions(info: ReferenceInfo): ReferenceDescription[] {
        const { reference, container } = info;
        const target = isReference(reference) ? reference.$nodeDescription : undefined;
        const refNode = reference.$refNode;
        if (reference.error || !refNode || !target) return super.createInfoDescriptions(info);
        const sourceUri = AstUtils.getDocument(container).uri;
        return [new LazyReferenceDescription(sourceUri, this.nodeLocator.getAstNodePath(container), target.documentUri, target.path, refNode)];
    }
}

/** A class, not an object literal with a getter (see LazyNodeDescription in svc-node-descriptions.ts). */
class LazyReferenceDescription implements ReferenceDescription {
    readonly local: boolean;
    private segmentRead: DocumentSegment | undefined;

    constructor(readonly sourceUri: URI, readonly sourcePath: string, readonly targetUri: URI, readonly targetPath: string, private readonly refNode: CstNode) {
        this.local = UriUtils.equals(targetUri, sourceUri);
    }

    get segment(): DocumentSegment {
        return this.segmentRead ??= CstUtils.toDocumentSegment(this.refNode);
    }
}

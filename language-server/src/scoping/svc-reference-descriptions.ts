import { AstUtils, DefaultReferenceDescriptionProvider, interruptAndCheck, type LangiumDocument, type ReferenceDescription, type ReferenceInfo } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { nodesBetweenCancellationChecks } from '../workspace/cancellation.js';

/** Langium's reference index entries, looking at cancellation every few hundred nodes (see nodesBetweenCancellationChecks). */
export class SvcReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        let visited = 0;
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            if (++visited % nodesBetweenCancellationChecks === 0) await interruptAndCheck(cancelToken);
            for (const reference of AstUtils.streamReferences(node)) {
                if (!reference.reference.error) descriptions.push(...this.createInfoDescriptions(reference));
            }
        }
        return descriptions;
    }

    /** The index entries of one resolved reference (none for an unresolved one): for a partial relink. */
    describe(reference: ReferenceInfo): ReferenceDescription[] {
        return reference.reference.error ? [] : this.createInfoDescriptions(reference);
    }
}

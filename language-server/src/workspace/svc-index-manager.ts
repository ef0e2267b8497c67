import { DefaultIndexManager } from 'langium';

/** Langium's index, plus the two questions cross-file revalidation asks. */
export class SvcIndexManager extends DefaultIndexManager {

    /** URIs of the documents that the document at `uri` refers into. */
    documentsReferencedBy(uri: string): Set<string> {
        const targets = new Set<string>();
        for (const reference of this.referenceIndex.get(uri) ?? []) {
            if (!reference.local) targets.add(reference.targetUri.toString());
        }
        return targets;
    }

    /** URIs of the other documents that export a top-level name also exported at `uri`. */
    documentsSharingNames(uri: string): Set<string> {
        const names = new Set((this.symbolIndex.get(uri) ?? []).map(description => description.name));
        const sharing = new Set<string>();
        if (names.size === 0) return sharing;
        for (const [other, descriptions] of this.symbolIndex) {
            if (other !== uri && descriptions.some(description => names.has(description.name))) sharing.add(other);
        }
        return sharing;
    }
}

import { isReference, type LangiumDocument, type Reference, type ReferenceInfo } from 'langium';

/** Langium's reference object as its linker keeps it: the container and property it was built for, and its resolution. */
interface ResolvableReference extends Reference {
    readonly node: ReferenceInfo['container'];
    readonly property: string;
    _ref: unknown;
    _nodeDescription?: unknown;
}

/**
 * Resolves again the references of `document` that point into one of the
 * `changed` documents, or that did not resolve: the rest of the document keeps
 * its links (Langium would unlink and relink the whole document). Returns the
 * references resolved again, with their container and property.
 */
export function relinkReferencesInto(document: LangiumDocument, changed: ReadonlySet<string>): ReferenceInfo[] {
    const kept: typeof document.references = [];
    const stale: ResolvableReference[] = [];
    for (const reference of document.references) {
        if (isReference(reference) && pointsInto(reference, changed)) stale.push(reference as ResolvableReference);
        else kept.push(reference);
    }
    document.references = kept;
    return stale.map(reference => {
        reference._ref = undefined;
        delete reference._nodeDescription;
        // Reading `ref` resolves it in the current scopes and records it in `document.references` again.
        void reference.ref;
        return { reference, container: reference.node, property: reference.property };
    });
}

function pointsInto(reference: Reference, changed: ReadonlySet<string>): boolean {
    if (reference.error) return true;
    const target = reference.$nodeDescription?.documentUri.toString();
    return target !== undefined && changed.has(target);
}

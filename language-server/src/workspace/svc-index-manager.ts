import { AstUtils, DefaultIndexManager, stream, type AstNode, type AstNodeDescription, type LangiumDocument, type ReferenceDescription, type ReferenceInfo, type Stream, type URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { isKpi, isService, type Model } from '../generated/ast.js';
import type { SvcReferenceDescriptionProvider } from '../scoping/svc-reference-descriptions.js';
import { NestedMap } from './nested-map.js';

/**
 * Langium's index, plus two inverted indexes so that workspace questions cost
 * what their answer costs, not the size of the workspace: references by their
 * target (Langium's `findAllReferences` scans every reference of the workspace),
 * documents by the names they export (for cross-file revalidation), and which
 * references a KPI holds (whether a standard is measured, without finding nodes).
 */
export class SvcIndexManager extends DefaultIndexManager {
    /**
     * Target document URI → target path → source document URI → its references to that target.
     * Keyed by the URI and path strings the descriptions already hold (their hashes are kept),
     * not by a string joined from both for each lookup.
     */
    private readonly referencesByTarget = new Map<string, NestedMap<ReferenceDescription[]>>();
    /** Exported name → URI of each document that exports it → how many of its elements do. */
    private readonly exportsByName = new NestedMap<number>();
    /** References held by KPIs (`measures`, `owner`); dropped with their descriptions. */
    private readonly kpiReferences = new WeakSet<ReferenceDescription>();
    /** A document's elements of one type by name, for the list Langium keeps of them (a new list when the document changes). */
    private readonly byNameOf = new WeakMap<AstNodeDescription[], Map<string, AstNodeDescription[]>>();

    /**
     * The exported elements of `type` named `name`, in Langium's order of
     * `allElements(type)`, found through the documents that export the name:
     * what a scope over all elements would give, without building one after each edit.
     * (`exportsByName` lists a name's documents in the order they were indexed,
     * as Langium's `symbolIndex` does: both are updated together.)
     */
    elementsNamed(name: string, type: string): AstNodeDescription[] {
        const found: AstNodeDescription[] = [];
        for (const uri of this.exportsByName.keys(name)) found.push(...this.namedIn(uri, type).get(name) ?? []);
        return found;
    }

    private namedIn(uri: string, type: string): Map<string, AstNodeDescription[]> {
        const descriptions = this.getFileDescriptions(uri, type);
        let byName = this.byNameOf.get(descriptions);
        if (!byName) {
            byName = new Map();
            for (const description of descriptions) {
                const named = byName.get(description.name);
                if (named) named.push(description); else byName.set(description.name, [description]);
            }
            this.byNameOf.set(descriptions, byName);
        }
        return byName;
    }

    override findAllReferences(targetNode: AstNode, astNodePath: string): Stream<ReferenceDescription> {
        const uri = AstUtils.findRootNode(targetNode).$document?.uri.toString();
        const bySource = uri === undefined ? [] : this.referencesByTarget.get(uri)?.values(astNodePath) ?? [];
        return stream([...bySource].flat());
    }

    override async updateContent(document: LangiumDocument, cancelToken?: CancellationToken): Promise<void> {
        const uri = document.uri.toString();
        this.unindexNames(uri);
        await super.updateContent(document, cancelToken);
        for (const description of this.symbolIndex.get(uri) ?? []) {
            this.exportsByName.set(description.name, uri, (this.exportsByName.get(description.name, uri) ?? 0) + 1);
        }
    }

    override async updateReferences(document: LangiumDocument, cancelToken?: CancellationToken): Promise<void> {
        const uri = document.uri.toString();
        this.unindexReferences(uri);
        await super.updateReferences(document, cancelToken);
        this.indexReferences(document, this.referenceIndex.get(uri) ?? []);
    }

    /**
     * After a partial relink of `document` (see relinkReferencesInto): its entries
     * pointing into the `changed` documents give way to those of the references
     * resolved again; the others stay.
     */
    replaceReferencesInto(document: LangiumDocument, changed: ReadonlySet<string>, relinked: readonly ReferenceInfo[]): void {
        const uri = document.uri.toString();
        const kept: ReferenceDescription[] = [];
        for (const reference of this.referenceIndex.get(uri) ?? []) {
            const target = reference.targetUri.toString();
            if (reference.local || !changed.has(target)) kept.push(reference);
            else this.referencesByTarget.get(target)?.delete(reference.targetPath, uri);
        }
        const provider = this.serviceRegistry.getServices(document.uri).workspace.ReferenceDescriptionProvider as SvcReferenceDescriptionProvider;
        const added = relinked.flatMap(reference => provider.describe(reference));
        this.referenceIndex.set(uri, [...kept, ...added]);
        this.indexReferences(document, added);
    }

    /** Adds `document`'s `references` to the index by target, and marks those held by KPIs. */
    private indexReferences(document: LangiumDocument, references: readonly ReferenceDescription[]): void {
        const uri = document.uri.toString();
        const kpiPaths = this.kpiPathsOf(document);
        for (const reference of references) {
            if (kpiPaths.has(reference.sourcePath)) this.kpiReferences.add(reference);
            const targetUri = reference.targetUri.toString();
            let intoDocument = this.referencesByTarget.get(targetUri);
            if (!intoDocument) this.referencesByTarget.set(targetUri, intoDocument = new NestedMap());
            const list = intoDocument.get(reference.targetPath, uri);
            if (list) list.push(reference); else intoDocument.set(reference.targetPath, uri, [reference]);
        }
    }

    override removeContent(uri: URI): void {
        this.unindexNames(uri.toString());
        super.removeContent(uri);
    }

    override removeReferences(uri: URI): void {
        this.unindexReferences(uri.toString());
        super.removeReferences(uri);
    }

    /** Whether a KPI holds the reference. */
    isKpiReference(reference: ReferenceDescription): boolean {
        return this.kpiReferences.has(reference);
    }

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
        const sharing = new Set<string>();
        for (const description of this.symbolIndex.get(uri) ?? []) {
            for (const other of this.exportsByName.keys(description.name)) {
                if (other !== uri) sharing.add(other);
            }
        }
        return sharing;
    }

    /** KPIs are top-level elements or service members. */
    private kpiPathsOf(document: LangiumDocument): Set<string> {
        const locator = this.serviceRegistry.getServices(document.uri).workspace.AstNodeLocator;
        const paths = new Set<string>();
        for (const element of (document.parseResult.value as Model).elements ?? []) {
            for (const node of isService(element) ? element.members : [element]) {
                if (isKpi(node)) paths.add(locator.getAstNodePath(node));
            }
        }
        return paths;
    }

    /** How many elements of the workspace export `name`. */
    exportCount(name: string): number {
        let count = 0;
        for (const inDocument of this.exportsByName.values(name)) count += inDocument;
        return count;
    }

    private unindexNames(uri: string): void {
        for (const description of this.symbolIndex.get(uri) ?? []) this.exportsByName.delete(description.name, uri);
    }

    private unindexReferences(uri: string): void {
        for (const reference of this.referenceIndex.get(uri) ?? []) {
            this.referencesByTarget.get(reference.targetUri.toString())?.delete(reference.targetPath, uri);
        }
    }
}

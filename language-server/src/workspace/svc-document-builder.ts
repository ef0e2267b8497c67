import { DefaultDocumentBuilder, DocumentState, URI, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { SvcIndexManager } from './svc-index-manager.js';

/**
 * Langium relinks the documents that refer into a changed one. Some rules of
 * this language look the other way — a standard is unmeasured until a KPI in
 * another file measures it; a top-level name is a duplicate while another file
 * declares it — so the documents a change refers into, or shares names with,
 * are revalidated too: those of before the change, then those of after it.
 */
export class SvcDocumentBuilder extends DefaultDocumentBuilder {
    private readonly index: SvcIndexManager;
    private readonly staleSources: Array<() => Iterable<LangiumDocument>> = [];

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.index = services.workspace.IndexManager as SvcIndexManager;
    }

    override async update(changed: URI[], deleted: URI[], cancelToken?: CancellationToken): Promise<void> {
        const touched = new Set([...changed, ...deleted].map(uri => uri.toString()));
        const before = this.relatedTo(touched);
        this.markForValidation(before);
        await super.update(changed, deleted, cancelToken);
        const after = [...this.relatedTo(touched)].filter(uri => !before.has(uri));
        if (after.length > 0) {
            this.markForValidation(new Set(after));
            await super.update([], [], cancelToken);
        }
        const stale = new Set(this.staleSources.flatMap(source => [...source()].map(document => document.uri.toString())));
        if (stale.size > 0) {
            this.markForValidation(stale);
            await super.update([], [], cancelToken);
        }
    }

    /**
     * After each update, the documents `source` names are validated again, in
     * the same turn of the workspace lock: what they judge changed outside
     * them (measured data seen through another file, say).
     */
    addStaleSource(source: () => Iterable<LangiumDocument>): void {
        this.staleSources.push(source);
    }

    /** Revalidate all documents, e.g. after `svc.config.json` changed. */
    async revalidateAll(cancelToken?: CancellationToken): Promise<void> {
        this.markForValidation(new Set(this.langiumDocuments.all.map(document => document.uri.toString())));
        await super.update([], [], cancelToken);
    }

    private relatedTo(uris: Set<string>): Set<string> {
        const related = new Set<string>();
        for (const uri of uris) {
            for (const other of this.index.documentsReferencedBy(uri)) related.add(other);
            for (const other of this.index.documentsSharingNames(uri)) related.add(other);
        }
        for (const uri of uris) related.delete(uri);
        return related;
    }

    private markForValidation(uris: Set<string>): void {
        for (const uri of uris) {
            const document: LangiumDocument | undefined = this.langiumDocuments.getDocument(URI.parse(uri));
            if (document && document.state > DocumentState.IndexedReferences) {
                this.resetToState(document, DocumentState.IndexedReferences);
            }
        }
    }
}

/** Revalidates every document under the workspace lock: what judges or words them changed (a config file, the locale). */
export function revalidateWorkspace(shared: LangiumSharedCoreServices): void {
    const builder = shared.workspace.DocumentBuilder as SvcDocumentBuilder;
    void shared.workspace.WorkspaceLock.write(token => builder.revalidateAll(token));
}

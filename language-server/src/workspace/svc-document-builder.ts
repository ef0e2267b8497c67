import { DefaultDocumentBuilder, DocumentState, URI, type AstNode, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { TypingPause } from './typing-pause.js';
import { relinkReferencesInto } from './partial-relink.js';
import type { SvcIndexManager } from './svc-index-manager.js';

/**
 * Langium relinks the documents that refer into a changed one. Some rules of
 * this language look the other way — a standard is unmeasured until a KPI in
 * another file measures it; a top-level name is a duplicate while another file
 * declares it — so the documents a change refers into, or shares names with,
 * are revalidated too: those of before the change, then those of after it.
 *
 * A document that refers into a changed one is not unlinked whole, as Langium
 * does: only its references into the changed documents (and its unresolved
 * ones) are resolved again, once the changed documents are indexed and before
 * anything is validated, so that an edited file's diagnostics wait for its own
 * build only. Such a document is then validated again after the changed ones
 * (its targets' content may have changed).
 *
 * In the editor, those other documents wait for a pause in typing (`typingPause`):
 * an edit that comes in meanwhile cancels their check, so that while a consultant
 * types, each keystroke waits for the edited file only.
 */
export class SvcDocumentBuilder extends DefaultDocumentBuilder {
    private readonly index: SvcIndexManager;
    private readonly staleSources: Array<() => Iterable<LangiumDocument>> = [];
    /** Documents waiting for their references into `relinkTargets` to be resolved again. */
    private readonly pendingRelinks = new Set<LangiumDocument>();
    private relinkTargets: ReadonlySet<string> = new Set();
    /** The documents the running update was told of: built and validated before any other. */
    private changedNow: ReadonlySet<string> = new Set();
    /**
     * What Langium's `shouldRelink` asks of a linked document — whether a reference
     * failed, which documents it refers into — worked out when first asked and kept
     * until its links change: Langium scans every reference of the workspace on every
     * edit. (Not when the references are indexed: that would delay the edited file's
     * diagnostics, and an edited file is asked only when another file changes.)
     */
    private readonly linkFacts = new WeakMap<LangiumDocument, { failed: boolean; targets: Set<string> }>();
    /**
     * Awaited before the first document the running update was not told of is
     * validated; rejects when the update is cancelled. None: no wait (the CLI, tests).
     */
    typingPause: TypingPause | undefined;
    private pausedThisUpdate = false;
    /**
     * Loads what the checks will read beside the specs (config and data files) before they read
     * it: at the start of an update (files that changed outside) and before its first validation
     * (files the new syntax trees name). The web build reads the editor's file system, which a
     * synchronous check cannot wait for; none in Node, which reads the disk when asked.
     */
    loadFiles: (() => Promise<void>) | undefined;
    private filesLoaded = false;
    /** The running update's changed documents and the documents related to them before it, until its references are indexed. */
    private relatedAfterIndexing: { touched: Set<string>; before: Set<string> } | undefined;
    /** Documents related to the changed ones only after the change, marked for validation. */
    private relatedAfter: Set<string> = new Set();

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.index = services.workspace.IndexManager as SvcIndexManager;
        this.onBuildPhase(DocumentState.IndexedReferences, () => {
            this.filesLoaded = false;
            this.relinkPending();
            this.markRelatedAfter();
        });
    }

    override async update(changed: URI[], deleted: URI[], cancelToken?: CancellationToken): Promise<void> {
        const touched = new Set([...changed, ...deleted].map(uri => uri.toString()));
        this.changedNow = touched;
        this.pausedThisUpdate = false;
        const before = this.relatedTo(touched);
        this.markForValidation(before);
        this.relatedAfterIndexing = { touched, before };
        this.relatedAfter = new Set();
        await this.loadFiles?.();
        try {
            await super.update(changed, deleted, cancelToken);
        } finally {
            // Cancelled before the relink: unlink those documents whole, so that the next build links them again.
            for (const document of this.pendingRelinks) this.resetToState(document, DocumentState.ComputedScopes);
            this.pendingRelinks.clear();
            this.relatedAfterIndexing = undefined;
        }
        if (this.relatedAfter.size > 0) await super.update([], [], cancelToken);
        const stale = new Set(this.staleSources.flatMap(source => [...source()].map(document => document.uri.toString())));
        if (stale.size > 0) {
            this.markForValidation(stale);
            await super.update([], [], cancelToken);
        }
    }

    /**
     * Marks the documents related to the changed ones only after the change, as
     * soon as the index knows them: a cancelled update leaves them to the next one.
     */
    private markRelatedAfter(): void {
        if (!this.relatedAfterIndexing) return;
        const { touched, before } = this.relatedAfterIndexing;
        this.relatedAfterIndexing = undefined;
        this.relatedAfter = new Set([...this.relatedTo(touched)].filter(uri => !before.has(uri)));
        this.markForValidation(this.relatedAfter);
    }

    protected override async validate(document: LangiumDocument, cancelToken: CancellationToken): Promise<void> {
        if (!this.filesLoaded) {
            this.filesLoaded = true;
            await this.loadFiles?.();
        }
        if (this.typingPause && !this.pausedThisUpdate && this.changedNow.size > 0 && !this.changedNow.has(document.uri.toString())) {
            this.pausedThisUpdate = true;
            await this.typingPause(cancelToken);
        }
        await super.validate(document, cancelToken);
    }

    /**
     * After each update, the documents `source` names are validated again, in
     * the same turn of the workspace lock: what they judge changed outside
     * them (measured data seen through another file, say).
     */
    addStaleSource(source: () => Iterable<LangiumDocument>): void {
        this.staleSources.push(source);
    }

    /** The changed documents first (their diagnostics are awaited), then the open ones (Langium's order), then the rest. */
    protected override sortDocuments(documents: LangiumDocument[]): LangiumDocument[] {
        const sorted = super.sortDocuments(documents);
        const changed = sorted.filter(document => this.changedNow.has(document.uri.toString()));
        return changed.length === 0 ? sorted : [...changed, ...sorted.filter(document => !this.changedNow.has(document.uri.toString()))];
    }

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (document.state < DocumentState.IndexedReferences) return super.shouldRelink(document, changedUris);
        if (this.refersInto(document, changedUris)) {
            this.relinkTargets = changedUris;
            this.pendingRelinks.add(document);
            this.resetToState(document, DocumentState.IndexedReferences);
        }
        return false;
    }

    private relinkPending(): void {
        for (const document of this.pendingRelinks) {
            this.index.replaceReferencesInto(document, this.relinkTargets, relinkReferencesInto(document, this.relinkTargets));
            this.linkFacts.delete(document);
        }
        this.pendingRelinks.clear();
    }

    override resetToState<T extends AstNode>(document: LangiumDocument<T>, state: DocumentState): void {
        if (state < DocumentState.IndexedReferences) this.linkFacts.delete(document);
        super.resetToState(document, state);
    }

    /** Langium's `shouldRelink` of a document whose references are indexed: a reference failed, or one points into `changed`. */
    private refersInto(document: LangiumDocument, changed: Set<string>): boolean {
        let facts = this.linkFacts.get(document);
        if (!facts) {
            facts = {
                failed: document.references.some(reference => reference.error !== undefined),
                targets: this.index.documentsReferencedBy(document.uri.toString())
            };
            this.linkFacts.set(document, facts);
        }
        if (facts.failed) return true;
        for (const uri of changed) if (facts.targets.has(uri)) return true;
        return false;
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

import { DocumentState, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Diagnostic } from 'vscode-languageserver';
import { isKpi, type Model, type Standard } from '../../generated/ast.js';
import { measuredSignature } from '../../measured/measured-signature.js';
import type { SvcServices } from '../../svc-module.js';
import { dataFileDiagnostics } from '../../validation/data-file-diagnostics.js';
import { WorkspaceFacts } from '../../validation/workspace-facts.js';
import { dataFilePath } from './data-file-uri.js';
import type { SvcDocumentUpdateHandler } from './svc-document-update-handler.js';
import type { SvcDocumentBuilder } from '../../workspace/svc-document-builder.js';

/**
 * Data files in the editor (LANGUAGE.md, "Measured data"): their diagnostics
 * are published whether they are open or not; editing one in the editor (saved
 * or not) or replacing it on disk revalidates the specs whose measured facts
 * change — and only those, found by comparing what each spec's measured-data
 * rules could see (measuredSignature) before and after.
 */
class LiveDataFiles {
    private readonly shared: LangiumSharedServices;
    private readonly svc: SvcServices;
    /** What each spec's rules saw when it was last validated. */
    private readonly signatures = new Map<string, string>();
    /** The editor's URI of each open data file, by real path: diagnostics go where the editor looks. */
    private readonly editorUris = new Map<string, string>();
    /** Data files with diagnostics published, by URI. */
    private published = new Set<string>();

    constructor(shared: LangiumSharedServices, svc: SvcServices) {
        this.shared = shared;
        this.svc = svc;
        const builder = shared.workspace.DocumentBuilder as SvcDocumentBuilder;
        builder.onDocumentPhase(DocumentState.Validated, document => {
            this.signatures.set(document.uri.toString(), this.signatureOf(document));
        });
        builder.onBuildPhase(DocumentState.Validated, () => this.publish());
        // Specs a build did not touch may see other data now (a spec bound a file, renamed a KPI).
        builder.addStaleSource(() => this.staleSpecs());
        const handler = shared.lsp.DocumentUpdateHandler as SvcDocumentUpdateHandler;
        handler.dataFiles.onDidChange(document => {
            const path = dataFilePath(this.svc.files.WorkspaceFiles, document.uri);
            this.editorUris.set(path, document.uri);
            this.svc.measured.MeasuredData.source.setOpen(path, document.version, document.text);
            this.refresh();
        });
        handler.onFilesChangedOnDisk(() => this.refresh());
        handler.dataFiles.onDidClose(document => {
            const path = dataFilePath(this.svc.files.WorkspaceFiles, document.uri);
            this.editorUris.delete(path);
            this.svc.measured.MeasuredData.source.close(path);
            this.refresh();
        });
    }

    /** Something a data file holds may have changed: analyse again, revalidate the specs it changes, publish. */
    private refresh(): void {
        const { workspace } = this.shared;
        void workspace.WorkspaceManager.ready
            .then(() => workspace.WorkspaceLock.write(async token => {
                this.svc.measured.MeasuredData.invalidate();
                await workspace.DocumentBuilder.update([], [], token);
                // The specs may be unchanged while the files' rows are not.
                this.publish();
            }))
            .catch((error: unknown) => console.error('svc: data files could not be checked again:', error));
    }

    /** The specs whose measured facts changed since their validation. */
    private staleSpecs(): LangiumDocument[] {
        return this.shared.workspace.LangiumDocuments.all
            .filter(document => document.state === DocumentState.Validated)
            .filter(document => this.signatures.get(document.uri.toString()) !== this.signatureOf(document))
            .toArray();
    }

    private signatureOf(document: LangiumDocument): string {
        const facts = new WorkspaceFacts(this.svc);
        // By the index's marks: loading every step that names the standard cost ~20 % of a data-file edit.
        const measuring = (standard: Standard) => facts.measuringKpis(standard).filter(isKpi);
        return measuredSignature(document.parseResult.value as Model, this.svc.measured.MeasuredData.current(), measuring);
    }

    /** Publishes the diagnostics of every bound data file, and clears those of files no longer bound. */
    private publish(): void {
        const connection = this.shared.lsp.Connection;
        if (!connection) return;
        const { MeasuredData } = this.svc.measured;
        const current = new Map<string, Diagnostic[]>();
        for (const report of MeasuredData.current().dataFiles) {
            const uri = this.editorUris.get(report.path) ?? this.svc.files.WorkspaceFiles.uriOf(report.path).toString();
            current.set(uri, dataFileDiagnostics(report, this.svc.i18n.Locale.current, this.svc.config.ConfigProvider));
        }
        for (const uri of this.published) {
            if (!current.has(uri)) current.set(uri, []);
        }
        for (const [uri, diagnostics] of current) {
            if (diagnostics.length > 0 || this.published.has(uri)) void connection.sendDiagnostics({ uri, diagnostics });
        }
        this.published = new Set([...current].filter(([, diagnostics]) => diagnostics.length > 0).map(([uri]) => uri));
    }
}

/** Follows data files in the editor and on disk for as long as the server runs. */
export function followDataFiles(shared: LangiumSharedServices, svc: SvcServices): void {
    new LiveDataFiles(shared, svc);
}

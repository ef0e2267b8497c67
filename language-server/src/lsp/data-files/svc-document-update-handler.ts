import { Emitter, type Event } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { DidChangeWatchedFilesParams } from 'vscode-languageserver';
import { DataFileDocuments } from './data-file-documents.js';
import type { SvcServices } from '../../svc-module.js';
import { isDataFileUri } from './data-file-uri.js';

/**
 * Langium's update handler, with data files set apart: a CSV the editor opens
 * or edits is no document of the language; its text is kept in `dataFiles`
 * (fed by `serveDataFileRequests`, Langium's documents never see it). Every
 * watched-file event goes to `onFilesChangedOnDisk` too (a folder deleted on
 * disk may hold data files); Langium gets all but those of data files.
 */
export class SvcDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    readonly dataFiles = new DataFileDocuments();
    private readonly dataFilesOnDisk = new Emitter<DidChangeWatchedFilesParams>();

    constructor(private readonly shared: LangiumSharedServices) {
        super(shared);
    }

    /** Files changed on disk (any: a data file, or a folder holding some). */
    get onFilesChangedOnDisk(): Event<DidChangeWatchedFilesParams> {
        return this.dataFilesOnDisk.event;
    }

    override didChangeWatchedFiles(params: DidChangeWatchedFilesParams): void {
        // Data files are no documents of Langium's: it has nothing to update for them.
        const { files } = this.shared.ServiceRegistry.all[0] as SvcServices;
        const specChanges = params.changes.filter(change => !isDataFileUri(files.WorkspaceFiles, change.uri));
        if (specChanges.length > 0) super.didChangeWatchedFiles({ changes: specChanges });
        this.dataFilesOnDisk.fire(params);
    }
}

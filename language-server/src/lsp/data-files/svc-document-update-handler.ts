import { Emitter, type Event } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { DidChangeWatchedFilesParams, TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isDataFileUri } from './data-file-uri.js';

/**
 * Langium's update handler, with data files set apart: a CSV the editor opens
 * or edits is no document of the language (building one would fail); it goes
 * to whoever listens to `onDataFileChange` (LiveDataFiles). Every watched-file
 * event goes there too (a folder deleted on disk may hold data files); Langium
 * gets all but those of data files.
 */
export class SvcDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly dataFileChanges = new Emitter<TextDocument>();
    private readonly dataFilesOnDisk = new Emitter<DidChangeWatchedFilesParams>();

    constructor(services: LangiumSharedServices) {
        super(services);
    }

    /** A data file opened or edited in the editor. */
    get onDataFileChange(): Event<TextDocument> {
        return this.dataFileChanges.event;
    }

    /** Files changed on disk (any: a data file, or a folder holding some). */
    get onFilesChangedOnDisk(): Event<DidChangeWatchedFilesParams> {
        return this.dataFilesOnDisk.event;
    }

    override didChangeContent(change: TextDocumentChangeEvent<TextDocument>): void {
        if (isDataFileUri(change.document.uri)) this.dataFileChanges.fire(change.document);
        else super.didChangeContent(change);
    }

    override didChangeWatchedFiles(params: DidChangeWatchedFilesParams): void {
        // An open CSV would pass Langium's check for a document it can build (the editor holds it).
        const specChanges = params.changes.filter(change => !isDataFileUri(change.uri));
        if (specChanges.length > 0) super.didChangeWatchedFiles({ changes: specChanges });
        this.dataFilesOnDisk.fire(params);
    }
}

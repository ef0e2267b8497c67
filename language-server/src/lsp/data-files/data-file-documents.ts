import { Emitter, UriUtils, type Event } from 'langium';
import type { DidChangeTextDocumentParams, DidCloseTextDocumentParams, DidOpenTextDocumentParams } from 'vscode-languageserver';
import { ChunkedText } from '../../measured/chunked-text.js';

/** A data file the editor holds, at the version it last sent. */
export interface DataFileDocument {
    /** Normalised as Langium normalises a document's URI. */
    readonly uri: string;
    readonly version: number;
    readonly text: ChunkedText;
}

/**
 * The data files open in the editor, kept apart from Langium's documents: a
 * 20 MB CSV is ~38 MB of text, which Langium's document would copy whole on
 * every edit; a ChunkedText makes one new piece of ~64k characters.
 */
export class DataFileDocuments {
    private readonly documents = new Map<string, DataFileDocument>();
    private readonly changes = new Emitter<DataFileDocument>();
    private readonly closes = new Emitter<DataFileDocument>();

    /** A data file opened or edited. */
    get onDidChange(): Event<DataFileDocument> {
        return this.changes.event;
    }

    get onDidClose(): Event<DataFileDocument> {
        return this.closes.event;
    }

    get(uri: string): DataFileDocument | undefined {
        return this.documents.get(UriUtils.normalize(uri));
    }

    open({ textDocument }: DidOpenTextDocumentParams): void {
        this.set({ uri: UriUtils.normalize(textDocument.uri), version: textDocument.version, text: ChunkedText.of(textDocument.text) });
    }

    change({ textDocument, contentChanges }: DidChangeTextDocumentParams): void {
        const document = this.get(textDocument.uri);
        if (!document || contentChanges.length === 0) return;
        let { text } = document;
        for (const change of contentChanges) text = 'range' in change ? text.edited([change]) : ChunkedText.of(change.text);
        this.set({ uri: document.uri, version: textDocument.version, text });
    }

    close({ textDocument }: DidCloseTextDocumentParams): void {
        const document = this.get(textDocument.uri);
        if (!document) return;
        this.documents.delete(document.uri);
        this.closes.fire(document);
    }

    private set(document: DataFileDocument): void {
        this.documents.set(document.uri, document);
        this.changes.fire(document);
    }
}

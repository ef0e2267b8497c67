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
 * every edit; a ChunkedText makes one new piece of ~16k characters, and
 * stores its pieces as UTF-8 (~20 MB).
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

    /** The text may come as a ChunkedText already (lsp/long-string-messages.ts). */
    open({ textDocument }: DidOpenTextDocumentParams): void {
        this.set({ uri: UriUtils.normalize(textDocument.uri), version: textDocument.version, text: chunked(textDocument.text) });
    }

    change({ textDocument, contentChanges }: DidChangeTextDocumentParams): void {
        const document = this.get(textDocument.uri);
        if (!document || contentChanges.length === 0) return;
        let { text } = document;
        for (const change of contentChanges) text = 'range' in change ? text.edited([change]) : chunked(change.text);
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

function chunked(text: string | ChunkedText): ChunkedText {
    return typeof text === 'string' ? ChunkedText.of(text) : text;
}

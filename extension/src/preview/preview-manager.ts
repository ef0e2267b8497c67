import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { ExportFormat } from '#protocol/preview-messages.js';
import { BlueprintPreview, type PreviewHost, type RenderedState } from './blueprint-preview.js';

/** What `svc.preview.renderState` returns: enough for an end-to-end test to know what is on screen. */
export interface PreviewRenderState {
    uri: string;
    view: string;
    service: string | null;
    measuredOverlay: boolean;
    stale: boolean;
    rendered: RenderedState | null;
}

/** One preview per document, like the Markdown preview; knows which one the user looks at. */
export class PreviewManager implements PreviewHost, vscode.Disposable {
    private readonly previews = new Map<string, BlueprintPreview>();
    private active: BlueprintPreview | undefined;

    constructor(private readonly extensionUri: vscode.Uri, private readonly client: BaseLanguageClient) {}

    /** Shows the document's preview, creating it in `column` if there is none; beside the editor, the editor keeps the focus. */
    open(documentUri: vscode.Uri, column: vscode.ViewColumn): BlueprintPreview {
        const existing = this.previews.get(documentUri.toString());
        if (existing) {
            existing.reveal(column, column === vscode.ViewColumn.Beside);
            return existing;
        }
        const preview = BlueprintPreview.create(this.extensionUri, this.client, documentUri, column, this);
        this.previews.set(documentUri.toString(), preview);
        this.active = preview;
        preview.panel.onDidChangeViewState(event => {
            if (event.webviewPanel.active) this.active = preview;
            else if (this.active === preview) this.active = undefined;
        });
        // Highlight the step under the cursor from the start, not only after the cursor moves.
        const editor = vscode.window.visibleTextEditors.find(candidate => candidate.document.uri.toString() === documentUri.toString());
        if (editor) preview.followCursor({ line: editor.selection.active.line, character: editor.selection.active.character });
        return preview;
    }

    /**
     * The spec a command is about: the URI it was given (editor title, explorer), else the
     * focused preview's document, else the active `.svc` editor's.
     */
    specUri(resource: unknown): vscode.Uri | undefined {
        if (resource instanceof vscode.Uri) return resource;
        if (this.active) return this.active.documentUri;
        const editor = vscode.window.activeTextEditor;
        return editor?.document.languageId === 'svc' ? editor.document.uri : undefined;
    }

    previewFor(documentUri: vscode.Uri): BlueprintPreview | undefined {
        return this.previews.get(documentUri.toString());
    }

    /** The focused preview, if the user is looking at one. */
    get activePreview(): BlueprintPreview | undefined {
        return this.active;
    }

    all(): BlueprintPreview[] {
        return [...this.previews.values()];
    }

    renderStates(): PreviewRenderState[] {
        return this.all().map(preview => ({
            uri: preview.documentUri.toString(),
            view: preview.view,
            service: preview.service?.name ?? null,
            measuredOverlay: preview.measuredOverlay,
            stale: preview.isStale,
            rendered: preview.rendered ?? null
        }));
    }

    runExport(format: ExportFormat, specUri: vscode.Uri): void {
        void vscode.commands.executeCommand(`svc.export.${format}`, specUri);
    }

    disposed(preview: BlueprintPreview): void {
        this.previews.delete(preview.documentUri.toString());
        if (this.active === preview) this.active = undefined;
    }

    dispose(): void {
        for (const preview of this.all()) preview.dispose();
    }
}

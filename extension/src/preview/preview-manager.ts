import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { ExportFormat } from '#protocol/preview-messages.js';
import { BlueprintPreview, type PreviewHost, type RenderedState } from './blueprint-preview.js';

/** What `svc.preview.renderState` returns: enough for an end-to-end test to know what is on screen. */
export interface PreviewRenderState {
    uri: string;
    title: string;
    locked: boolean;
    view: string;
    service: string | null;
    measuredOverlay: boolean;
    stale: boolean;
    rendered: RenderedState | null;
}

/** The cursor of an editor, as the preview follows it. */
interface EditorLike {
    document: { uri: vscode.Uri; languageId: string };
    selection: { active: { line: number; character: number } };
}

/**
 * The previews, like the Markdown preview's: one unlocked preview follows the
 * active `.svc` editor and every "Open Preview" reuses it; a locked preview
 * stays on its file (and "Open Preview" of that file shows it). Knows which
 * preview the user looks at.
 */
export class PreviewManager implements PreviewHost, vscode.Disposable {
    private readonly previews = new Set<BlueprintPreview>();
    private active: BlueprintPreview | undefined;

    constructor(private readonly extensionUri: vscode.Uri, private readonly client: BaseLanguageClient) {}

    /**
     * Shows the document's preview: its locked one if there is one, else the
     * unlocked one switched to it, else a new one in `column`; beside the editor, the editor keeps the focus.
     */
    open(documentUri: vscode.Uri, column: vscode.ViewColumn): BlueprintPreview {
        const preserveFocus = column === vscode.ViewColumn.Beside;
        const pinned = [...this.previews].find(preview => preview.locked && sameUri(preview.documentUri, documentUri));
        const reused = pinned ?? this.unlocked();
        if (reused) {
            reused.showDocument(documentUri);
            this.followCursorOf(reused);
            reused.reveal(column, preserveFocus);
            return reused;
        }
        const preview = BlueprintPreview.create(this.extensionUri, this.client, documentUri, column, this);
        this.previews.add(preview);
        this.active = preview;
        preview.panel.onDidChangeViewState(event => {
            if (event.webviewPanel.active) this.active = preview;
            else if (this.active === preview) this.active = undefined;
        });
        this.followCursorOf(preview);
        return preview;
    }

    /** Another editor became active: an unlocked preview shows its spec (other files leave it as it is). */
    followEditor(editor: EditorLike | undefined): void {
        if (editor?.document.languageId !== 'svc') return;
        for (const preview of this.previews) {
            if (preview.locked || sameUri(preview.documentUri, editor.document.uri)) continue;
            preview.showDocument(editor.document.uri);
            preview.followCursor({ line: editor.selection.active.line, character: editor.selection.active.character });
        }
    }

    /**
     * "Toggle Preview Lock": the focused preview, else the only one. Unlocking
     * makes it follow the active `.svc` editor again at once.
     */
    toggleLock(): BlueprintPreview | undefined {
        const preview = this.active ?? (this.previews.size === 1 ? [...this.previews][0] : undefined);
        if (!preview) return undefined;
        preview.setLocked(!preview.locked);
        if (!preview.locked) this.followEditor(vscode.window.activeTextEditor);
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

    /** A preview showing the document (its locked one first), for a command about that document. */
    previewFor(documentUri: vscode.Uri): BlueprintPreview | undefined {
        const showing = this.previewsOf(documentUri);
        return showing.find(preview => preview.locked) ?? showing[0];
    }

    /** Every preview showing the document: each follows its edits and cursor. */
    previewsOf(documentUri: vscode.Uri): BlueprintPreview[] {
        return [...this.previews].filter(preview => sameUri(preview.documentUri, documentUri));
    }

    /** The focused preview, if the user is looking at one. */
    get activePreview(): BlueprintPreview | undefined {
        return this.active;
    }

    all(): BlueprintPreview[] {
        return [...this.previews];
    }

    renderStates(): PreviewRenderState[] {
        return this.all().map(preview => ({
            uri: preview.documentUri.toString(),
            title: preview.panel.title,
            locked: preview.locked,
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
        this.previews.delete(preview);
        if (this.active === preview) this.active = undefined;
    }

    dispose(): void {
        for (const preview of this.all()) preview.dispose();
    }

    private unlocked(): BlueprintPreview | undefined {
        return [...this.previews].find(preview => !preview.locked);
    }

    /** Highlights the step under the cursor of the document's visible editor from the start, not only after the cursor moves. */
    private followCursorOf(preview: BlueprintPreview): void {
        const editor = vscode.window.visibleTextEditors.find(candidate => sameUri(candidate.document.uri, preview.documentUri));
        if (editor) preview.followCursor({ line: editor.selection.active.line, character: editor.selection.active.character });
    }
}

function sameUri(a: vscode.Uri, b: vscode.Uri): boolean {
    return a.toString() === b.toString();
}

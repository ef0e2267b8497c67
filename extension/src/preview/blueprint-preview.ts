import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
    blueprintDocumentSchema, blueprintRequestMethod, type BlueprintDocument, type ServiceModel
} from '#protocol/blueprint-schema.js';
import type { MermaidDiagram } from '#server/blueprint/mermaid/index.js';
import type { Locale } from '#protocol/locale.js';
import { defaultPreviewView, svcLocale } from '../settings.js';
import { previewHtml, previewResourceFolders } from './preview-html.js';
import { previewTheme } from './preview-theme.js';
import { previewUpdate, selectedDiagrams, selectedService, type PreviewInputs, type PreviewSelection } from './preview-update.js';
import type { ExportFormat, HostToWebview, ImageFormat, PreviewTheme, PreviewView, UpdateMessage, ViewReport } from '#protocol/preview-messages.js';
import { findStep, stepAtCursor, type CursorPosition } from './step-at-cursor.js';
import { parseWebviewMessage, type WebviewMessage } from './webview-messages.js';

const previewViewType = 'svc.preview';

/**
 * After an edit the server validates and publishes diagnostics, which refresh
 * at once (`refreshNow`); this delay is only the fallback for an edit whose
 * diagnostics event never comes.
 */
const editRefreshDelayMs = 300;
/** How long an export waits for the webview to render its images. */
const exportTimeoutMs = 60_000;

/** What the webview last reported on screen; e2e tests read it through `svc.preview.renderState`. */
export interface RenderedState {
    renderKey: string;
    diagrams: number;
    /** Diagrams not drawn yet: the one in view comes first, the others follow in the background. */
    pending: number;
    nodes: number;
    failed: number;
    view: ViewReport;
}

export interface ExportedImage {
    title: string;
    data: string;
}

interface PendingExport {
    resolve: (images: ExportedImage[]) => void;
    reject: (error: Error) => void;
    timer: ReturnType<typeof setTimeout>;
}

/** The callbacks a preview needs from the rest of the extension. */
export interface PreviewHost {
    /** A toolbar export button: runs the export command for this preview's spec. */
    runExport(format: ExportFormat, specUri: vscode.Uri): void;
    disposed(preview: BlueprintPreview): void;
}

/**
 * One preview panel for one `.svc` document: asks the language server for the
 * blueprint model, turns it into Mermaid text and keeps the webview in step
 * with the editor (edits, cursor, theme, syntax errors).
 */
export class BlueprintPreview implements vscode.Disposable {
    private readonly disposables: vscode.Disposable[] = [];
    private locale: Locale = svcLocale();
    /** The last model without syntax errors (or the first one, while the file never parsed cleanly). */
    private model: BlueprintDocument | undefined;
    private stale = false;
    private notice: string | null = null;
    private selection: PreviewSelection;
    /** The toolbar's overlay toggle, once used: this panel's choice over `svc.preview.measuredOverlay`. */
    private overlayChoice: boolean | undefined;
    private cursor: CursorPosition | undefined;
    private highlighted: string | null = null;
    private lastUpdate: UpdateMessage | undefined;
    private lastPostedJson = '';
    private refreshTimer: ReturnType<typeof setTimeout> | undefined;
    private request: vscode.CancellationTokenSource | undefined;
    private requestCount = 0;
    private exportCount = 0;
    private readonly pendingExports = new Map<number, PendingExport>();
    private renderWaiters: Array<() => void> = [];
    /** The webview script has said `ready`: until then, export requests wait in `queued`. */
    private webviewReady = false;
    private queued: HostToWebview[] = [];
    private disposed = false;
    /** Pinned to its document; an unlocked preview follows the active `.svc` editor. */
    private pinned = false;
    private readonly firstModel: Promise<void>;
    private resolveFirstModel: () => void = () => undefined;
    rendered: RenderedState | undefined;

    static create(extensionUri: vscode.Uri, client: BaseLanguageClient, documentUri: vscode.Uri, column: vscode.ViewColumn, host: PreviewHost): BlueprintPreview {
        const panel = vscode.window.createWebviewPanel(
            previewViewType,
            previewTitle(documentUri, false),
            { viewColumn: column, preserveFocus: column === vscode.ViewColumn.Beside },
            {
                enableScripts: true,
                enableFindWidget: true,
                // Large blueprints take a while to draw: keep them (and zoom, pan) across tab switches,
                // and keep a live renderer for exports while the panel is in the background.
                retainContextWhenHidden: true,
                localResourceRoots: previewResourceFolders.map(folder => vscode.Uri.joinPath(extensionUri, ...folder.split('/')))
            }
        );
        return new BlueprintPreview(panel, extensionUri, client, documentUri, host);
    }

    private constructor(
        readonly panel: vscode.WebviewPanel,
        private readonly extensionUri: vscode.Uri,
        private readonly client: BaseLanguageClient,
        private shownUri: vscode.Uri,
        private readonly host: PreviewHost
    ) {
        this.firstModel = new Promise(resolve => { this.resolveFirstModel = resolve; });
        this.selection = { view: defaultPreviewView(shownUri), service: null, process: null };
        this.loadPage();
        this.disposables.push(
            panel.webview.onDidReceiveMessage(message => this.receive(message)),
            panel.onDidDispose(() => this.dispose())
        );
        void this.refresh();
    }

    /** The page in the display language; loading it again restarts the webview, which then asks for the state. */
    private loadPage(): void {
        const webview = this.panel.webview;
        this.webviewReady = false;
        webview.html = previewHtml({
            cspSource: webview.cspSource,
            scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'out', 'extension', 'preview.js')).toString(),
            styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'extension', 'media', 'preview.css')).toString(),
            locale: this.locale
        });
    }

    /** `svc.locale` changed: the page and the diagrams in the new language. */
    relocalize(): void {
        const locale = svcLocale();
        if (locale === this.locale) return;
        this.locale = locale;
        this.lastPostedJson = '';
        this.loadPage();
        void this.refresh();
    }

    /** The spec shown: the preview's own when locked, else the last `.svc` editor's. */
    get documentUri(): vscode.Uri {
        return this.shownUri;
    }

    get locked(): boolean {
        return this.pinned;
    }

    /** Locks or unlocks; the title says which ("[Blueprint] x" when locked). */
    setLocked(locked: boolean): void {
        this.pinned = locked;
        this.panel.title = previewTitle(this.shownUri, locked);
    }

    /**
     * Shows another spec in this panel (an unlocked preview following the
     * editor): its first service, in the view shown; the webview fits it afresh.
     */
    showDocument(documentUri: vscode.Uri): void {
        if (documentUri.toString() === this.shownUri.toString()) return;
        this.shownUri = documentUri;
        this.panel.title = previewTitle(documentUri, this.pinned);
        this.model = undefined;
        this.stale = false;
        this.notice = null;
        this.cursor = undefined;
        this.rendered = undefined;
        this.postHighlight();
        this.selection = { view: this.selection.view, service: null, process: null };
        void this.refresh();
    }

    /** Shows a service of the file (a code lens "Open blueprint" above it). */
    showService(service: string): void {
        this.selection = { ...this.selection, service, process: null };
        this.postUpdate();
    }

    get view(): PreviewView {
        return this.selection.view;
    }

    /** Whether the blueprint marks the steps whose standard is not met: the panel's toggle, else the setting. */
    get measuredOverlay(): boolean {
        return this.overlayChoice ?? vscode.workspace.getConfiguration('svc.preview', this.documentUri).get<boolean>('measuredOverlay', true);
    }

    /** The service shown (the first one until the user picks another). */
    get service(): ServiceModel | undefined {
        return selectedService(this.model, this.selection);
    }

    get document(): BlueprintDocument | undefined {
        return this.model;
    }

    get isStale(): boolean {
        return this.stale;
    }

    /** The text changed: the diagnostics that follow validation normally refresh sooner. */
    scheduleRefresh(): void {
        this.refreshAfter(editRefreshDelayMs);
    }

    /** The server has validated (diagnostics changed): ask for the model now, once per burst of events. */
    refreshNow(): void {
        this.refreshAfter(0);
    }

    /** One pending refresh at a time: a later call replaces it. */
    private refreshAfter(delayMs: number): void {
        clearTimeout(this.refreshTimer);
        this.refreshTimer = setTimeout(() => void this.refresh(), delayMs);
    }

    /** The theme or a setting changed: same model, new drawing. */
    redraw(): void {
        this.postUpdate();
    }

    /** The editor's cursor moved in this preview's document. */
    followCursor(position: CursorPosition): void {
        this.cursor = position;
        this.postHighlight();
    }

    reveal(column: vscode.ViewColumn | undefined, preserveFocus: boolean): void {
        this.panel.reveal(column, preserveFocus);
    }

    /** Resolves once a model arrived and the webview drew it (exports wait for this). */
    async whenRendered(): Promise<void> {
        const drawn = (async () => {
            await this.firstModel;
            if (this.rendered?.renderKey === this.lastUpdate?.renderKey) return;
            await new Promise<void>(resolve => this.renderWaiters.push(resolve));
        })();
        let timer: ReturnType<typeof setTimeout> | undefined;
        const late = new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(vscode.l10n.t('The preview did not finish drawing in time.'))), exportTimeoutMs);
        });
        try {
            await Promise.race([drawn, late]);
        } finally {
            clearTimeout(timer);
        }
    }

    /** The diagrams of a view of the shown service: the shown ones, or e.g. the blueprint for a report. */
    diagrams(view: PreviewView = this.selection.view): MermaidDiagram[] {
        return selectedDiagrams(this.inputs(), view);
    }

    /** Renders diagrams in the webview as SVG text or base64 PNG, one image per diagram. */
    renderImages(format: ImageFormat, diagrams: MermaidDiagram[], theme: PreviewTheme): Promise<ExportedImage[]> {
        const requestId = ++this.exportCount;
        return new Promise<ExportedImage[]>((resolve, reject) => {
            const timer = setTimeout(() => {
                this.pendingExports.delete(requestId);
                reject(new Error(vscode.l10n.t('The preview did not finish drawing in time.')));
            }, exportTimeoutMs);
            this.pendingExports.set(requestId, { resolve, reject, timer });
            this.post({ type: 'exportImages', requestId, format, scale: 2, theme, diagrams });
        });
    }

    dispose(): void {
        if (this.disposed) return;
        this.disposed = true;
        clearTimeout(this.refreshTimer);
        this.request?.cancel();
        for (const [, pending] of this.pendingExports) {
            clearTimeout(pending.timer);
            pending.reject(new Error(vscode.l10n.t('The preview was closed.')));
        }
        this.pendingExports.clear();
        this.host.disposed(this);
        this.panel.dispose();
        for (const disposable of this.disposables.splice(0)) disposable.dispose();
    }

    private async refresh(): Promise<void> {
        this.request?.cancel();
        const request = this.request = new vscode.CancellationTokenSource();
        const sequence = ++this.requestCount;
        try {
            const uri = this.client.code2ProtocolConverter.asUri(this.documentUri);
            const answer: unknown = await this.client.sendRequest(blueprintRequestMethod, { uri }, request.token);
            if (sequence !== this.requestCount) return;
            const parsed = blueprintDocumentSchema.safeParse(answer);
            if (parsed.success) this.accept(parsed.data);
            else this.reject(parsed.error.issues);
        } catch (error) {
            if (request.token.isCancellationRequested || sequence !== this.requestCount) return;
            this.notice = vscode.l10n.t('The language server could not provide the blueprint: {0}', error instanceof Error ? error.message : String(error));
            this.resolveFirstModel();
        } finally {
            request.dispose();
        }
        this.postUpdate();
    }

    /** Keeps the last good model while the text has syntax errors. */
    private accept(document: BlueprintDocument): void {
        const hasSyntaxErrors = document.syntaxErrors > 0;
        if (!hasSyntaxErrors || !this.model) this.model = document;
        this.stale = hasSyntaxErrors;
        this.notice = this.model.services.length === 0 ? vscode.l10n.t('This file defines no service yet.') : null;
        this.resolveFirstModel();
    }

    /** A server of another version, most likely: say what does not fit, keep what is shown. */
    private reject(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): void {
        const summary = issues.slice(0, 3).map(issue => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`).join('; ');
        this.notice = vscode.l10n.t('The language server answered with an unexpected blueprint: {0}', summary);
        this.resolveFirstModel();
    }

    private inputs(): PreviewInputs {
        return {
            document: this.documentUri.toString(),
            model: this.model,
            selection: this.selection,
            theme: previewTheme(),
            locale: this.locale,
            maxStepsPerDiagram: vscode.workspace.getConfiguration('svc.preview', this.documentUri).get<number>('maxStepsPerDiagram', 25),
            measuredOverlay: this.measuredOverlay,
            stale: this.stale,
            notice: this.notice
        };
    }

    /** Posts the webview's state unless it is exactly what the webview already has. */
    private postUpdate(force = false): void {
        const update = previewUpdate(this.inputs());
        // Keep the picker on what is really shown (a renamed service falls back to the first).
        this.selection = { ...this.selection, service: update.service, process: update.process };
        const json = JSON.stringify(update);
        this.lastUpdate = update;
        if (force || json !== this.lastPostedJson) {
            this.lastPostedJson = json;
            this.post(update);
        }
        this.postHighlight(force);
    }

    private postHighlight(force = false): void {
        const stepId = this.cursor ? stepAtCursor(this.service, this.cursor)?.id ?? null : null;
        if (!force && stepId === this.highlighted) return;
        this.highlighted = stepId;
        this.post({ type: 'highlight', stepId });
    }

    private post(message: HostToWebview): void {
        if (this.disposed) return;
        // Before `ready` the script may not listen yet; it asks for the state itself, so only export requests wait.
        if (!this.webviewReady) {
            if (message.type === 'exportImages') this.queued.push(message);
            return;
        }
        void this.panel.webview.postMessage(message);
    }

    private receive(raw: unknown): void {
        const message = parseWebviewMessage(raw);
        if (message) this.handle(message);
    }

    private handle(message: WebviewMessage): void {
        switch (message.type) {
            case 'ready':
                this.webviewReady = true;
                this.postUpdate(true);
                for (const queued of this.queued.splice(0)) this.post(queued);
                return;
            case 'reveal':
                void this.revealStep(message.stepId);
                return;
            case 'rendered':
                this.rendered = { renderKey: message.renderKey, diagrams: message.diagrams, pending: message.pending, nodes: message.nodes, failed: message.failed, view: message.view };
                if (message.renderKey === this.lastUpdate?.renderKey) for (const resolve of this.renderWaiters.splice(0)) resolve();
                return;
            case 'selectView':
                this.selection = { ...this.selection, view: message.view };
                this.postUpdate();
                return;
            case 'selectService':
                this.selection = { ...this.selection, service: message.service, process: null };
                this.postUpdate();
                return;
            case 'selectProcess':
                this.selection = { ...this.selection, process: message.process };
                this.postUpdate();
                return;
            case 'setMeasuredOverlay':
                this.overlayChoice = message.enabled;
                this.postUpdate();
                return;
            case 'export':
                this.host.runExport(message.format, this.documentUri);
                return;
            case 'exportImages':
            case 'exportFailed': {
                const pending = this.pendingExports.get(message.requestId);
                if (!pending) return;
                this.pendingExports.delete(message.requestId);
                clearTimeout(pending.timer);
                if (message.type === 'exportImages') pending.resolve(message.images);
                else pending.reject(new Error(message.message));
                return;
            }
        }
    }

    /** A click on a step node: show the step in its editor, beside the preview. */
    private async revealStep(stepId: string): Promise<void> {
        const step = findStep(this.service, stepId);
        if (!step) return;
        const start = new vscode.Position(step.range.start.line, step.range.start.character);
        const open = vscode.window.visibleTextEditors.find(editor => editor.document.uri.toString() === this.documentUri.toString());
        const column = open?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
        const editor = await vscode.window.showTextDocument(this.documentUri, { viewColumn: column, selection: new vscode.Range(start, start) });
        editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
}

function fileName(uri: vscode.Uri): string {
    return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** Like the Markdown preview's: brackets say that the preview is locked to its file. */
function previewTitle(documentUri: vscode.Uri, locked: boolean): string {
    return locked ? vscode.l10n.t('[Blueprint] {0}', fileName(documentUri)) : vscode.l10n.t('Blueprint: {0}', fileName(documentUri));
}

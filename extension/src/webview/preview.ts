/// <reference lib="dom" />
import type { MermaidDiagram } from '#server/blueprint/mermaid/index.js';
import { toLocale } from '#protocol/locale.js';
import { renderDiagram } from '#server/render/browser/render-diagram.js';
import type { ExportImagesRequest, HostToWebview, PickerOption, PreviewTheme, UpdateMessage, ViewReport } from '#protocol/preview-messages.js';
import { installCspShims } from './csp-shims.js';
import { drawDiagrams, findNode, type DrawnDiagrams } from './diagram-view.js';
import { labelChanges, patchNodeLabel } from './label-patch.js';
import { keptPart, partDrawing, partOptions, restoredView } from './parts.js';
import { svgToPng } from './png.js';
import { uiStrings } from './ui-strings.js';
import { ZoomPan, zoomStep, type Box } from './zoom-pan.js';

/*
 * The preview page: shows what the host sends (`update`, `highlight`), renders
 * exports on request (`exportImages`), and reports back clicks, picks and what
 * it has drawn (`rendered`). Every message it sends is checked by the host.
 */

interface VsCodeApi {
    postMessage(message: unknown): void;
    getState(): unknown;
    setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
// The nonce of this very script: the only way a style element may enter the page.
const nonce = (document.currentScript as HTMLScriptElement | null)?.nonce ?? '';
installCspShims(nonce);

const locale = toLocale(document.documentElement.lang);
const text = uiStrings[locale];

function byId<T extends HTMLElement>(id: string): T {
    return document.getElementById(id) as T;
}
const viewSelect = byId<HTMLSelectElement>('view');
const serviceSelect = byId<HTMLSelectElement>('service');
const processSelect = byId<HTMLSelectElement>('process');
const overlayToggle = byId<HTMLInputElement>('overlay');
const partSelect = byId<HTMLSelectElement>('part');
const exportSelect = byId<HTMLSelectElement>('export');
const zoomLevel = byId<HTMLOutputElement>('zoom-level');
const banner = byId<HTMLDivElement>('banner');
const notice = byId<HTMLDivElement>('notice');
const viewport = byId<HTMLElement>('viewport');
const canvas = byId<HTMLDivElement>('canvas');

/** The view: zoom and scroll, whether the user moved it since the last fit, the scene and the part shown. */
const view = restoredView(vscode.getState());
const zoom = new ZoomPan(viewport, canvas, view.zoom, (state, byUser) => {
    view.zoom = state;
    if (byUser) view.moved = true;
    remember();
});
function remember(): void {
    vscode.setState(view);
    zoomLevel.textContent = `${Math.round(view.zoom.scale * 100)}%`;
}
remember();

/** After label-only updates, Mermaid lays the drawing out anew once typing has paused this long. */
const relayoutDelayMs = 400;

let latest: UpdateMessage | undefined;
let drawnKey: string | undefined;
/** What the canvas shows (its labels may be newer than its layout), and the section of each diagram. */
let shown: { update: UpdateMessage; sections: HTMLElement[] } | undefined;
let relayoutTimer: ReturnType<typeof setTimeout> | undefined;
let relayoutDue = false;
let drawing = false;
let stepNodes = new Map<string, Element[]>();
let highlighted: string | null = null;
let drawCount = 0;

/** Mermaid keeps global state (configuration, theme): one rendering at a time, display and exports alike. */
let mermaidQueue: Promise<unknown> = Promise.resolve();
function serialised<T>(task: () => Promise<T>): Promise<T> {
    const run = mermaidQueue.then(task, task);
    mermaidQueue = run.catch(() => undefined);
    return run;
}

function post(message: unknown): void {
    vscode.postMessage(message);
}

function fillPicker(select: HTMLSelectElement, label: HTMLElement, options: PickerOption[], selected: string | null, all?: string): void {
    const entries = [...all ? [{ name: '', label: all }] : [], ...options];
    const signature = JSON.stringify(entries);
    if (select.dataset.options !== signature) {
        select.replaceChildren(...entries.map(entry => new Option(entry.label, entry.name)));
        select.dataset.options = signature;
    }
    select.value = selected ?? '';
    label.hidden = options.length < 2;
}

function showState(update: UpdateMessage): void {
    viewSelect.value = update.view;
    fillPicker(serviceSelect, byId('service-picker'), update.services, update.service);
    fillPicker(processSelect, byId('process-picker'), update.processes, update.process, text.allProcesses);
    byId('overlay-toggle').hidden = update.measuredOverlay === null;
    overlayToggle.checked = update.measuredOverlay ?? false;
    banner.hidden = !update.stale;
    banner.textContent = update.stale ? text.stale : '';
    notice.hidden = update.notice === null;
    notice.textContent = update.notice ?? '';
}

/** Mermaid re-initialises itself when the theme changes (an export may want light while the preview is dark). */
function render(diagram: MermaidDiagram, id: string, theme: PreviewTheme): Promise<string> {
    return renderDiagram(diagram, id, { locale, theme });
}

/**
 * Draws the latest update unless it is already on screen; the old drawing
 * stays until the new one is ready. When only labels changed they are written
 * into the drawing at once and the layout follows when typing pauses.
 */
async function drawLatest(): Promise<void> {
    if (drawing) return;
    drawing = true;
    try {
        while (latest && (latest.renderKey !== drawnKey || relayoutDue)) {
            const target = latest;
            if (!relayoutDue && patchLabels(target)) {
                clearTimeout(relayoutTimer);
                relayoutTimer = setTimeout(() => {
                    relayoutDue = true;
                    void drawLatest();
                }, relayoutDelayMs);
                continue;
            }
            // A relayout shows the same text: only a drawing that is behind the spec fades while Mermaid works.
            if (!relayoutDue && shown) await showBusy();
            relayoutDue = false;
            const drawn = await serialised(() => drawDiagrams(target.diagrams, {
                // HTML labels on screen: label-only edits are written into them while the user types (label-patch.ts).
                render: (diagram, id) => renderDiagram(diagram, id, { locale, theme: target.theme, htmlLabels: true }),
                idPrefix: `svc-${++drawCount}`,
                nonce,
                text,
                onStep: stepId => post({ type: 'reveal', stepId }),
                onContinuation: (stepId, from) => goToStep(stepId, from)
            }));
            // Newer text arrived meanwhile: draw that instead of flashing this one.
            if (latest.renderKey !== target.renderKey) continue;
            show(target, drawn);
        }
    } finally {
        viewport.removeAttribute('aria-busy');
        drawing = false;
    }
}

/** Marks the drawing as outdated and lets the browser paint that before Mermaid blocks the page. */
async function showBusy(): Promise<void> {
    if (viewport.getAttribute('aria-busy') === 'true') return;
    viewport.setAttribute('aria-busy', 'true');
    await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Writes changed node labels into the shown drawing; false when the update needs a new layout. */
function patchLabels(update: UpdateMessage): boolean {
    const before = shown?.update;
    if (!shown || !before || before.theme !== update.theme || before.diagrams.length !== update.diagrams.length) return false;
    const changes = update.diagrams.map((diagram, index) => labelChanges(before.diagrams[index], diagram));
    const svgs = shown.sections.map(section => section.querySelector('svg'));
    if (changes.some(change => !change) || svgs.some(svg => !svg)) return false;
    for (const [index, change] of changes.entries()) {
        for (const [nodeId, lines] of change!) if (!patchNodeLabel(svgs[index]!, nodeId, lines)) return false;
    }
    shown = { ...shown, update };
    drawnKey = update.renderKey;
    reportDrawn(update);
    return true;
}

/**
 * Puts a new drawing on screen. A new scene (another file, view, service or
 * process) is fitted from its first part; a redraw of the same scene keeps the
 * part, and the zoom and scroll if the user moved them — else it fits again.
 */
function show(update: UpdateMessage, drawn: DrawnDiagrams): void {
    const empty = update.diagrams.length === 0;
    const newScene = update.scene !== view.scene;
    view.part = newScene ? 0 : keptPart(shown?.update.diagrams, update.diagrams, view.part);
    if (newScene) {
        view.scene = update.scene;
        view.moved = false;
    }
    canvas.replaceChildren(...empty ? update.notice ? [] : [Object.assign(document.createElement('p'), { className: 'placeholder', textContent: text.noDiagram })] : drawn.sections);
    shown = { update, sections: drawn.sections };
    stepNodes = drawn.nodes;
    drawnKey = update.renderKey;
    fillPicker(partSelect, byId('part-picker'), partOptions(update.diagrams), String(view.part));
    if (view.moved) remember();
    else fitPart();
    applyHighlight(false);
    reportDrawn(update, drawn.failed);
}

/** A part's title and drawing in canvas coordinates (unscaled), and its first step node. */
function partBoxes(index: number): { drawing: Box; first?: Box } | undefined {
    const section = shown?.sections[index];
    const diagram = shown?.update.diagrams[index];
    if (!section || !diagram || section.children.length === 0) return undefined;
    const origin = viewport.getBoundingClientRect();
    const { scale, x, y } = zoom.state;
    const boxOf = (rects: DOMRect[]): Box => {
        const left = Math.min(...rects.map(rect => rect.left));
        const top = Math.min(...rects.map(rect => rect.top));
        const right = Math.max(...rects.map(rect => rect.right));
        const bottom = Math.max(...rects.map(rect => rect.bottom));
        return { x: (left - origin.left - x) / scale, y: (top - origin.top - y) / scale, width: (right - left) / scale, height: (bottom - top) / scale };
    };
    const svg = section.querySelector('svg');
    const firstNodeId = Object.values(diagram.nodes)[0];
    const firstNode = svg && firstNodeId !== undefined ? findNode(svg, firstNodeId) : undefined;
    return {
        drawing: boxOf([...section.children].map(child => child.getBoundingClientRect())),
        ...firstNode ? { first: boxOf([firstNode.getBoundingClientRect()]) } : {}
    };
}

/** Fits the part shown to the panel (the toolbar's Fit, a new scene, a redraw the user did not move). */
function fitPart(): void {
    const boxes = partBoxes(view.part);
    view.moved = false;
    if (boxes) zoom.fit(boxes.drawing, boxes.first);
    else remember();
}

/** Shows another part of the drawing, fitted. */
function showPart(index: number): void {
    view.part = index;
    partSelect.value = String(index);
    fitPart();
}

/** A continuation node ("→ step") was clicked: the part that draws the step, with the step's node in view and focused. */
function goToStep(stepId: string, from: number): void {
    const diagrams = shown?.update.diagrams ?? [];
    const target = partDrawing(diagrams, stepId, from);
    if (target === undefined) return;
    showPart(target);
    const svg = shown?.sections[target]?.querySelector('svg');
    const node = svg ? findNode(svg, diagrams[target].nodes[stepId]) : undefined;
    if (!node) return;
    zoom.reveal(node);
    (node as SVGElement).focus({ preventScroll: true });
}

/** Where the shown part is on screen, for the host (and so for end-to-end tests). */
function viewReport(): ViewReport {
    const { scale, x, y } = zoom.state;
    const box = partBoxes(view.part)?.drawing ?? { x: 0, y: 0, width: 0, height: 0 };
    return {
        scale,
        part: view.part,
        parts: shown?.update.diagrams.length ?? 0,
        drawing: { left: x + box.x * scale, top: y + box.y * scale, right: x + (box.x + box.width) * scale, bottom: y + (box.y + box.height) * scale },
        viewport: zoom.size()
    };
}

function reportDrawn(update: UpdateMessage, failed = 0): void {
    let nodes = 0;
    for (const elements of stepNodes.values()) nodes += elements.length;
    post({ type: 'rendered', renderKey: update.renderKey, diagrams: update.diagrams.length, nodes, failed, view: viewReport() });
}

function applyHighlight(reveal: boolean): void {
    for (const node of canvas.querySelectorAll('.svc-highlight')) node.classList.remove('svc-highlight');
    const nodes = highlighted ? stepNodes.get(highlighted) ?? [] : [];
    for (const node of nodes) node.classList.add('svc-highlight');
    if (reveal && nodes[0]) zoom.reveal(nodes[0]);
}

async function exportImages(request: ExportImagesRequest): Promise<void> {
    try {
        const images = await serialised(async () => {
            const results: Array<{ title: string; data: string }> = [];
            for (const [index, diagram] of request.diagrams.entries()) {
                const svg = await render(diagram, `svc-export-${request.requestId}-${index}`, request.theme);
                results.push({ title: diagram.title, data: request.format === 'png' ? await svgToPng(svg, request.scale, request.theme) : svg });
            }
            return results;
        });
        post({ type: 'exportImages', requestId: request.requestId, format: request.format, images });
    } catch (error) {
        post({ type: 'exportFailed', requestId: request.requestId, message: error instanceof Error ? error.message : String(error) });
    }
}

window.addEventListener('message', event => {
    const message = event.data as HostToWebview | undefined;
    switch (message?.type) {
        case 'update':
            latest = message;
            showState(message);
            void drawLatest();
            return;
        case 'highlight':
            highlighted = message.stepId;
            applyHighlight(true);
            return;
        case 'exportImages':
            void exportImages(message);
            return;
    }
});

viewSelect.addEventListener('change', () => post({ type: 'selectView', view: viewSelect.value }));
serviceSelect.addEventListener('change', () => post({ type: 'selectService', service: serviceSelect.value }));
processSelect.addEventListener('change', () => post({ type: 'selectProcess', process: processSelect.value || null }));
overlayToggle.addEventListener('change', () => post({ type: 'setMeasuredOverlay', enabled: overlayToggle.checked }));
exportSelect.addEventListener('change', () => {
    if (exportSelect.value) post({ type: 'export', format: exportSelect.value });
    exportSelect.value = '';
});
partSelect.addEventListener('change', () => showPart(Number(partSelect.value)));
byId('zoom-in').addEventListener('click', () => zoom.zoomBy(zoomStep));
byId('zoom-out').addEventListener('click', () => zoom.zoomBy(1 / zoomStep));
byId('zoom-fit').addEventListener('click', () => fitPart());
byId('zoom-actual').addEventListener('click', () => zoom.actualSize());
// A panel the user never zoomed stays fitted when it changes size (a sash dragged, the side bar toggled).
new ResizeObserver(() => {
    if (shown && !view.moved) fitPart();
}).observe(viewport);

post({ type: 'ready' });

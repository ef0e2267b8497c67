/// <reference lib="dom" />
import type { MermaidDiagram } from '#server/blueprint/mermaid/index.js';
import { toLocale } from '#protocol/locale.js';
import { renderDiagram } from '#server/render/browser/render-diagram.js';
import type { ExportImagesRequest, HostToWebview, PickerOption, PreviewTheme, UpdateMessage, ViewReport } from '#protocol/preview-messages.js';
import { installCspShims } from './csp-shims.js';
import { drawPart, placeholderPart } from './diagram-view.js';
import { patchNodeLabel } from './label-patch.js';
import { nextJob, planParts, sameDiagram, type PartJob } from './part-plan.js';
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

/** After an edit, the other parts and new layouts of patched labels wait until typing has paused this long. */
const typingPauseMs = 400;

/** One diagram of the update, as the canvas shows it. */
interface Part {
    /** The diagram it must show (from the latest update). */
    diagram: MermaidDiagram;
    /** The diagram whose text its section shows, labels included; undefined: a placeholder. Not `diagram`: Mermaid must draw it. */
    shows: MermaidDiagram | undefined;
    /** The text its layout was made from: labels written into it since wait for a new layout. */
    laidOut: string | undefined;
    section: HTMLElement;
    /** Step id → its node in this part's drawing. */
    nodes: Map<string, Element>;
    failed: boolean;
}

/** The update the parts follow, and the parts. */
let current: UpdateMessage | undefined;
let parts: Part[] = [];
/** The parts are of another scene or theme than the canvas shows: they replace it once the one in view is drawn. */
let offCanvas = false;
/** When the spec last changed in the scene shown (background drawing waits until typing pauses). */
let lastEdit = Number.NEGATIVE_INFINITY;
/** A continuation node was clicked towards a part not drawn yet: its step is brought into view once it is. */
let revealAfterDraw: { part: number; stepId: string } | undefined;
let working = false;
/** Ends the current wait (for idle time or a pause in typing) of the drawing loop: something more urgent came. */
let wake: (() => void) | undefined;
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

function placeholder(diagram: MermaidDiagram): Part {
    return { diagram, shows: undefined, laidOut: undefined, section: placeholderPart(diagram, text), nodes: new Map(), failed: false };
}

/**
 * Takes a new update in at once: drawings that show its diagrams stay, label
 * changes are written into theirs, and the rest wait for Mermaid (the drawing
 * loop). Another scene or theme starts from placeholders, kept off the canvas
 * until the part in view is drawn.
 */
function receive(update: UpdateMessage): void {
    if (current?.renderKey === update.renderKey) {
        current = update;
        return;
    }
    const fresh = !current || update.scene !== current.scene || update.theme !== current.theme;
    const before = current;
    current = update;
    view.part = update.scene !== view.scene ? 0 : keptPart(before?.diagrams, update.diagrams, view.part);
    if (fresh) {
        parts = update.diagrams.map(placeholder);
        offCanvas = parts.length > 0;
        if (!offCanvas) putOnCanvas(update);
        return;
    }
    lastEdit = performance.now();
    parts = planParts(parts.map(part => part.shows), update.diagrams).map((plan, index): Part => {
        const diagram = update.diagrams[index];
        const old = plan.from === undefined ? undefined : parts[plan.from];
        if (!old) return placeholder(diagram);
        if (plan.kind === 'keep') return { ...old, diagram, shows: diagram };
        if (plan.kind === 'patch' && patchPart(old, plan.labels)) return { ...old, diagram, shows: diagram };
        return { ...old, diagram };
    });
    if (!offCanvas) putOnCanvas(update);
}

/** Writes new node labels into a part's drawing; false when it has none to write into (then Mermaid draws it). */
function patchPart(part: Part, labels: Map<string, string[]>): boolean {
    const svg = part.failed ? null : part.section.querySelector('svg');
    if (!svg) return false;
    for (const [nodeId, lines] of labels) if (!patchNodeLabel(svg, nodeId, lines)) return false;
    return true;
}

/** Shows the parts on the canvas (each drawing, outdated or not, or its placeholder), fitted or where the user left the view. */
function putOnCanvas(update: UpdateMessage): void {
    const newScene = update.scene !== view.scene;
    if (newScene) {
        view.scene = update.scene;
        view.moved = false;
    }
    offCanvas = false;
    const sections = parts.length === 0
        ? update.notice ? [] : [Object.assign(document.createElement('p'), { className: 'placeholder', textContent: text.noDiagram })]
        : parts.map(part => part.section);
    const moved = canvas.children.length !== sections.length || sections.some((section, index) => canvas.children[index] !== section);
    if (moved) canvas.replaceChildren(...sections);
    for (const part of parts) part.section.classList.toggle('outdated', part.shows !== undefined && part.shows !== part.diagram);
    fillPicker(partSelect, byId('part-picker'), partOptions(update.diagrams), String(view.part));
    // Labels written into a drawing leave it where it is; parts that came, went or moved are fitted again (unless the user moved the view).
    if (view.moved) remember();
    else if (newScene || moved) fitPart();
    applyHighlight(false);
    reportDrawn();
}

/**
 * Draws what the parts need, one at a time (Mermaid blocks the page while it
 * lays a part out): the part in view at once; the others, then new layouts of
 * patched labels, once typing pauses and the page is idle, so that input and
 * label patches go first.
 */
async function drawParts(): Promise<void> {
    if (working) return;
    working = true;
    try {
        for (;;) {
            let job = nextPartJob();
            if (job && 'index' in job && job.background) {
                await rest(resolve => requestIdleCallback(resolve, { timeout: 2_000 }));
                job = nextPartJob();
            }
            if (!job) return;
            if ('waitMs' in job) await rest(resolve => setTimeout(resolve, job.waitMs));
            else await drawOne(job.index, !job.background);
        }
    } finally {
        working = false;
    }
}

function nextPartJob(): PartJob | undefined {
    const needs = parts.map(part => ({ draw: part.shows !== part.diagram, relayout: !part.failed && part.laidOut !== part.diagram.text }));
    return nextJob(needs, view.part, performance.now() - lastEdit, typingPauseMs);
}

/** Waits for `schedule` to call back, or for an update to wake the drawing loop. */
function rest(schedule: (resolve: () => void) => void): Promise<void> {
    return new Promise<void>(resolve => {
        wake = resolve;
        schedule(resolve);
    }).finally(() => {
        wake = undefined;
    });
}

/** Draws part `index` and puts it in place, unless an update changed it meanwhile. */
async function drawOne(index: number, inView: boolean): Promise<void> {
    const { diagram } = parts[index];
    const theme = current!.theme;
    // A relayout shows the same text: only a part in view whose drawing is behind the spec fades while Mermaid works.
    if (inView && parts[index].shows !== diagram && (offCanvas ? canvas.querySelector('svg') : parts[index].shows)) await showBusy();
    const drawn = await serialised(() => drawPart(diagram, {
        // HTML labels on screen: label-only edits are written into them while the user types (label-patch.ts).
        render: (next, id) => renderDiagram(next, id, { locale, theme, htmlLabels: true }),
        id: `svc-${++drawCount}`,
        nonce,
        text,
        onStep: stepId => post({ type: 'reveal', stepId }),
        onContinuation: (stepId, section) => goToStep(stepId, parts.findIndex(part => part.section === section))
    }));
    if (inView) viewport.removeAttribute('aria-busy');
    const part = parts[index];
    if (!part || current!.theme !== theme || !sameDiagram(part.diagram, diagram)) return;
    const visibleTop = !offCanvas && index !== view.part ? parts[view.part]?.section.getBoundingClientRect().top : undefined;
    if (!offCanvas) part.section.replaceWith(drawn.section);
    parts[index] = { diagram: part.diagram, shows: part.diagram, laidOut: diagram.text, section: drawn.section, nodes: drawn.nodes, failed: drawn.failed };
    if (offCanvas) {
        if (index === view.part) putOnCanvas(current!);
        return;
    }
    if (visibleTop !== undefined) {
        // A part above the one in view changed height: the one in view stays where it was on screen.
        if (view.moved) zoom.panBy(0, visibleTop - parts[view.part].section.getBoundingClientRect().top);
        else fitPart();
    } else if (view.moved) remember();
    else fitPart();
    applyHighlight(false);
    if (revealAfterDraw?.part === index) revealStep(index, revealAfterDraw.stepId);
    reportDrawn();
}

/** Marks the drawing as outdated and lets the browser paint that before Mermaid blocks the page. */
async function showBusy(): Promise<void> {
    if (viewport.getAttribute('aria-busy') === 'true') return;
    viewport.setAttribute('aria-busy', 'true');
    await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** A part's title and drawing in canvas coordinates (unscaled), and its first step node. */
function partBoxes(index: number): { drawing: Box; first?: Box } | undefined {
    const part = offCanvas ? undefined : parts[index];
    if (!part || part.section.children.length === 0) return undefined;
    const { section, diagram } = part;
    const origin = viewport.getBoundingClientRect();
    const { scale, x, y } = zoom.state;
    const boxOf = (rects: DOMRect[]): Box => {
        const left = Math.min(...rects.map(rect => rect.left));
        const top = Math.min(...rects.map(rect => rect.top));
        const right = Math.max(...rects.map(rect => rect.right));
        const bottom = Math.max(...rects.map(rect => rect.bottom));
        return { x: (left - origin.left - x) / scale, y: (top - origin.top - y) / scale, width: (right - left) / scale, height: (bottom - top) / scale };
    };
    const firstStep = Object.keys(diagram.nodes)[0];
    const firstNode = firstStep === undefined ? undefined : part.nodes.get(firstStep);
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

/** Shows another part of the drawing, fitted; one not drawn yet is drawn next. */
function showPart(index: number): void {
    view.part = index;
    partSelect.value = String(index);
    fitPart();
    wake?.();
    void drawParts();
}

/** A continuation node ("→ step") was clicked: the part that draws the step, with the step's node in view and focused (once drawn). */
function goToStep(stepId: string, from: number): void {
    const target = partDrawing(parts.map(part => part.diagram), stepId, from);
    if (target === undefined) return;
    revealAfterDraw = { part: target, stepId };
    showPart(target);
    if (parts[target].shows === parts[target].diagram) revealStep(target, stepId);
}

function revealStep(index: number, stepId: string): void {
    revealAfterDraw = undefined;
    const node = parts[index].nodes.get(stepId);
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
        parts: parts.length,
        drawing: { left: x + box.x * scale, top: y + box.y * scale, right: x + (box.x + box.width) * scale, bottom: y + (box.y + box.height) * scale },
        viewport: zoom.size()
    };
}

/** What the canvas shows of the current update: the parts drawn (or patched) to it, and how many still wait for Mermaid. */
function reportDrawn(): void {
    if (!current) return;
    const drawn = parts.filter(part => part.shows === part.diagram);
    post({
        type: 'rendered',
        renderKey: current.renderKey,
        diagrams: parts.length,
        pending: parts.length - drawn.length,
        nodes: drawn.reduce((sum, part) => sum + part.nodes.size, 0),
        failed: drawn.filter(part => part.failed).length,
        view: viewReport()
    });
}

function applyHighlight(reveal: boolean): void {
    for (const node of canvas.querySelectorAll('.svc-highlight')) node.classList.remove('svc-highlight');
    const nodes = highlighted && !offCanvas ? parts.flatMap(part => part.nodes.get(highlighted!) ?? []) : [];
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
            showState(message);
            receive(message);
            wake?.();
            void drawParts();
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
    if (parts.length > 0 && !view.moved) fitPart();
}).observe(viewport);

post({ type: 'ready' });

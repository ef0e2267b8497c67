import type { MermaidDiagram } from '../blueprint/mermaid/index.js';
import type { DiagramTheme } from '#protocol/diagram-theme.js';

/*
 * What the extension host and the preview webview say to each other. Types and
 * constants only — the webview bundle imports this file, so no zod here
 * (the host validates the webview's messages in webview-messages.ts).
 */

export const previewViews = ['blueprint', 'flow', 'standards', 'performance'] as const;
export type PreviewView = typeof previewViews[number];

/** The views drawn per process: the process picker applies to them (performance is about the whole service). */
export const processViews: readonly PreviewView[] = ['blueprint', 'flow', 'standards'];

/** The views on which the measured overlay marks steps whose standard is not met: the toolbar offers its toggle there. */
export const overlayViews: readonly PreviewView[] = ['blueprint'];

/** The VS Code colour theme kinds, as the webview renders them. */
export type PreviewTheme = DiagramTheme;

export const exportFormats = ['svg', 'png', 'mermaid', 'markdown', 'html'] as const;
export type ExportFormat = typeof exportFormats[number];

/** The formats only the webview can produce: it holds the browser that renders. */
export const imageFormats = ['svg', 'png'] as const;
export type ImageFormat = typeof imageFormats[number];

/** One entry of the service or process picker. */
export interface PickerOption {
    name: string;
    label: string;
}

/** Everything the webview shows; sent whenever any of it changes. */
export interface UpdateMessage {
    type: 'update';
    /** Changes exactly when the diagrams or the theme change: the webview re-renders only then. */
    renderKey: string;
    /**
     * What is looked at: the document, view, service and process. The webview fits a new scene to
     * the panel; within a scene a redraw keeps the user's zoom and scroll (or fits again if the user never moved).
     */
    scene: string;
    diagrams: MermaidDiagram[];
    theme: PreviewTheme;
    view: PreviewView;
    services: PickerOption[];
    service: string | null;
    processes: PickerOption[];
    /** null: all processes of the service. */
    process: string | null;
    /** The measured overlay is on; null when the view or the service has nothing to overlay (no toggle then). */
    measuredOverlay: boolean | null;
    /** The spec has syntax errors: the diagrams are the last valid ones. */
    stale: boolean;
    /** Shown instead of diagrams, or above them when the last request failed (already localised). */
    notice: string | null;
}

export interface HighlightMessage {
    type: 'highlight';
    /** The step under the editor's cursor; null clears the highlight. */
    stepId: string | null;
}

/** Asks the webview to render these diagrams for an export and answer with `exportImages`. */
export interface ExportImagesRequest {
    type: 'exportImages';
    requestId: number;
    format: ImageFormat;
    /** Pixel ratio of PNG images (2 = twice the SVG's size). */
    scale: number;
    theme: PreviewTheme;
    diagrams: MermaidDiagram[];
}

/** Where the shown part sits on screen after a draw: how an end-to-end test sees the fit. */
export interface ViewReport {
    scale: number;
    /** The part shown (an index into the update's diagrams) and how many there are. */
    part: number;
    parts: number;
    /** The shown part's rectangle, in the viewport's pixels. */
    drawing: { left: number; top: number; right: number; bottom: number };
    viewport: { width: number; height: number };
}

export type HostToWebview = UpdateMessage | HighlightMessage | ExportImagesRequest;

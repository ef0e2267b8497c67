import type { MermaidDiagram } from '#protocol/diagram.js';
import type { PickerOption } from '#protocol/preview-messages.js';
import { initialZoom, restoredZoom, type ZoomState } from './zoom-pan.js';

/*
 * The parts of what the preview shows (the diagrams a split process is drawn
 * as, or the processes of a service) and what the page remembers of its view.
 */

/** The part picker's entries: one per diagram, by its title (or its number when it has none). */
export function partOptions(diagrams: readonly MermaidDiagram[]): PickerOption[] {
    return diagrams.map((diagram, index) => ({ name: String(index), label: diagram.title || `${index + 1}` }));
}

/** The diagram that draws `stepId` as a step of its own — another than `from`, the one whose continuation node was clicked. */
export function partDrawing(diagrams: readonly MermaidDiagram[], stepId: string, from: number): number | undefined {
    const index = diagrams.findIndex((diagram, candidate) => candidate !== from && Object.hasOwn(diagram.nodes, stepId));
    return index >= 0 ? index : undefined;
}

/** After a redraw: the part of the same title if there is one, else the same position, within the new count. */
export function keptPart(before: readonly MermaidDiagram[] | undefined, after: readonly MermaidDiagram[], part: number): number {
    const title = before?.[part]?.title;
    const sameTitle = title === undefined ? -1 : after.findIndex(diagram => diagram.title === title);
    if (sameTitle >= 0) return sameTitle;
    return Math.max(0, Math.min(part, after.length - 1));
}

/** What the page keeps of its view across a reload of the webview (`setState`). */
export interface SavedView {
    zoom: ZoomState;
    /** The user zoomed or panned since the last fit: redraws keep the view instead of fitting again. */
    moved: boolean;
    /** What was shown (UpdateMessage.scene): another scene is fitted afresh. */
    scene: string;
    part: number;
}

/** A valid saved view, or a fresh one (the webview's saved state is whatever was stored last). */
export function restoredView(saved: unknown): SavedView {
    const candidate = (typeof saved === 'object' && saved !== null ? saved : {}) as Partial<Record<keyof SavedView, unknown>>;
    const zoom = restoredZoom(candidate.zoom);
    return {
        zoom,
        moved: candidate.moved === true && zoom !== initialZoom,
        scene: typeof candidate.scene === 'string' ? candidate.scene : '',
        part: typeof candidate.part === 'number' && Number.isInteger(candidate.part) && candidate.part >= 0 ? candidate.part : 0
    };
}

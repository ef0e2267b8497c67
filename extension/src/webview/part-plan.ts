import type { MermaidDiagram } from '#protocol/diagram.js';
import { labelChanges } from './label-patch.js';

/*
 * A large process is drawn as several parts, and Mermaid lays each out in
 * about half a second. When an update arrives, each new diagram is matched to
 * a drawing already on the canvas: one that shows exactly its text is kept,
 * one whose node labels alone differ is patched, and only the rest are laid
 * out again — the part the user looks at first, the others in idle time.
 */

/** What to do for one diagram of an update; `from`: the index of the drawing (or placeholder) it takes over. */
export type PartPlan =
    | { kind: 'keep'; from: number }
    /** Write these node labels (Mermaid node id → lines) into the drawing; its layout follows when typing pauses. */
    | { kind: 'patch'; from: number; labels: Map<string, string[]> }
    /** Mermaid draws it; the drawing it takes over, if any, is shown (outdated) until then. */
    | { kind: 'draw'; from?: number };

/** Equal in everything the drawing shows: text, title, lanes, stage columns, legend, continuations. */
export function sameDiagram(a: MermaidDiagram, b: MermaidDiagram): boolean {
    return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** The same drawing apart from the Mermaid text (whose node labels `labelChanges` compares). */
function sameBesidesText(a: MermaidDiagram, b: MermaidDiagram): boolean {
    return sameDiagram({ ...a, text: '' }, { ...b, text: '' });
}

/**
 * The plan for each diagram of `after`, given what each drawing of `before`
 * shows (undefined: nothing drawn there yet). A drawing showing exactly the
 * diagram is kept, at the same position if it can be (a part added or removed
 * moves the others); otherwise the drawing at the same position is patched
 * when only labels differ, or shown until its new layout is ready.
 */
export function planParts(before: ReadonlyArray<MermaidDiagram | undefined>, after: readonly MermaidDiagram[]): PartPlan[] {
    const taken = new Set<number>();
    const kept = after.map((diagram, index) => {
        const from = [index, ...before.keys()].find(candidate => !taken.has(candidate) && before[candidate] !== undefined && sameDiagram(before[candidate], diagram));
        if (from !== undefined) taken.add(from);
        return from;
    });
    return after.map((diagram, index): PartPlan => {
        const from = kept[index];
        if (from !== undefined) return { kind: 'keep', from };
        if (index >= before.length || taken.has(index)) return { kind: 'draw' };
        taken.add(index);
        const shown = before[index];
        const labels = shown && sameBesidesText(shown, diagram) ? labelChanges(shown, diagram) : undefined;
        return labels ? { kind: 'patch', from: index, labels } : { kind: 'draw', from: index };
    });
}

/** The order in which parts are drawn: the one in view, then its neighbours outwards (the next one before the previous). */
export function drawOrder(visible: number, count: number): number[] {
    const start = Math.max(0, Math.min(visible, count - 1));
    return Array.from({ length: count }, (_, index) => index).sort((a, b) => Math.abs(a - start) - Math.abs(b - start) || b - a);
}

/** What a part needs: Mermaid to draw it (its text changed), or a new layout of labels written into it. */
export interface PartNeeds {
    draw: boolean;
    relayout: boolean;
}

/** The next drawing to make: of a part (in the background unless it is the one in view), or a wait for typing to pause. */
export type PartJob = { index: number; background: boolean } | { waitMs: number };

/**
 * The part in view first, when Mermaid must draw it; everything else — the
 * other parts, then new layouts of patched labels, each in `drawOrder` — once
 * the spec has not changed for `pauseMs` (the last change `sinceEditMs` ago):
 * a layout blocks the page, and keystrokes would wait for it.
 */
export function nextJob(parts: readonly PartNeeds[], visible: number, sinceEditMs: number, pauseMs: number): PartJob | undefined {
    const order = drawOrder(visible, parts.length);
    if (order.length > 0 && parts[order[0]].draw) return { index: order[0], background: false };
    const next = order.find(index => parts[index].draw) ?? order.find(index => parts[index].relayout);
    if (next === undefined) return undefined;
    if (sinceEditMs < pauseMs) return { waitMs: pauseMs - sinceEditMs };
    return { index: next, background: next !== order[0] };
}

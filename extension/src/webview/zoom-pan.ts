/// <reference lib="dom" />

/** Where the canvas is: `translate(x, y) scale(scale)` from the viewport's top left corner. */
export interface ZoomState {
    scale: number;
    x: number;
    y: number;
}

export interface Point {
    x: number;
    y: number;
}

export interface Size {
    width: number;
    height: number;
}

/** A rectangle in canvas coordinates (unscaled, from the canvas's top left corner). */
export interface Box extends Point, Size {}

export const initialZoom: ZoomState = { scale: 1, x: 0, y: 0 };
/** 2 %: the six parts of a 120-step process side by side still fit a panel. */
export const minScale = 0.02;
export const maxScale = 8;
/** Below this a fitted drawing's labels are too small to read: a tall drawing is fitted to the width instead. */
export const readableScale = 0.6;
/** Blank space kept around a fitted drawing (viewport pixels). */
const fitMargin = 12;
/** One button press or keyboard step. */
export const zoomStep = 1.25;
/** A pointer that moves less than this is a click, not a drag. */
const dragThreshold = 4;

export function clampScale(scale: number): number {
    return Math.min(maxScale, Math.max(minScale, scale));
}

/** Zooms by `factor` keeping `point` (viewport coordinates) where it is on screen. */
export function zoomAt(state: ZoomState, factor: number, point: Point): ZoomState {
    const scale = clampScale(state.scale * factor);
    const ratio = scale / state.scale;
    return { scale, x: point.x - (point.x - state.x) * ratio, y: point.y - (point.y - state.y) * ratio };
}

/** Zooms to exactly `scale` keeping `point` (viewport coordinates) where it is on screen. */
export function zoomTo(state: ZoomState, scale: number, point: Point): ZoomState {
    return zoomAt(state, clampScale(scale) / state.scale, point);
}

/** Moves the canvas so that `point` (canvas coordinates, unscaled) is in the middle of a viewport of `size`. */
export function centredOn(state: ZoomState, point: Point, size: Size): ZoomState {
    return { scale: state.scale, x: size.width / 2 - point.x * state.scale, y: size.height / 2 - point.y * state.scale };
}

/**
 * The view that shows `drawing` in a viewport of `size`, never above 100 %:
 * the whole drawing (centred across, from the top) when it reads at that scale
 * or when its width limits the scale anyway (a wide blueprint); else — a tall
 * drawing — its full width, scrolled down to the top of `first` (its first
 * node), as far as the drawing reaches.
 */
export function fittedView(drawing: Box, size: Size, first?: Box): ZoomState {
    const room = { width: Math.max(1, size.width - 2 * fitMargin), height: Math.max(1, size.height - 2 * fitMargin) };
    const acrossScale = room.width / Math.max(1, drawing.width);
    const downScale = room.height / Math.max(1, drawing.height);
    const whole = Math.min(acrossScale, downScale, 1);
    const tall = whole < readableScale && acrossScale > downScale;
    const scale = clampScale(tall ? Math.min(acrossScale, 1) : whole);
    const x = fitMargin + (room.width - drawing.width * scale) / 2 - drawing.x * scale;
    const top = fitMargin - drawing.y * scale;
    if (!tall || !first) return { scale, x, y: top };
    const bottom = size.height - fitMargin - (drawing.y + drawing.height) * scale;
    return { scale, x, y: Math.max(bottom, Math.min(top, fitMargin - first.y * scale)) };
}

/** A valid saved state, or the initial one (the webview's saved state is whatever was stored last). */
export function restoredZoom(saved: unknown): ZoomState {
    const candidate = saved as Partial<ZoomState> | undefined;
    const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
    return candidate && finite(candidate.scale) && finite(candidate.x) && finite(candidate.y)
        ? { scale: clampScale(candidate.scale), x: candidate.x, y: candidate.y }
        : initialZoom;
}

/**
 * Zoom (buttons, keys, Ctrl/Cmd + wheel or pinch) and pan (drag, wheel) of the
 * canvas inside the viewport. The transform sits on the canvas element, so it
 * survives the diagrams being replaced.
 */
export class ZoomPan {
    private drag: { pointerId: number; start: Point; origin: ZoomState; moved: boolean } | undefined;
    /** A drag just ended on a node: its click must not reveal the step. */
    private swallowClick = false;

    constructor(
        private readonly viewport: HTMLElement,
        private readonly canvas: HTMLElement,
        private current: ZoomState,
        /** `byUser`: a zoom or pan of the user's, not a fit or a reveal of the page's. */
        private readonly changed: (state: ZoomState, byUser: boolean) => void
    ) {
        viewport.addEventListener('wheel', event => this.wheel(event), { passive: false });
        viewport.addEventListener('pointerdown', event => this.pointerDown(event));
        viewport.addEventListener('pointermove', event => this.pointerMove(event));
        viewport.addEventListener('pointerup', event => this.pointerUp(event));
        viewport.addEventListener('pointercancel', event => this.pointerUp(event));
        viewport.addEventListener('click', event => {
            if (!this.swallowClick) return;
            this.swallowClick = false;
            event.stopPropagation();
            event.preventDefault();
        }, { capture: true });
        viewport.addEventListener('keydown', event => this.key(event));
        this.apply();
    }

    get state(): ZoomState {
        return this.current;
    }

    zoomBy(factor: number, point: Point = this.middle()): void {
        this.set(zoomAt(this.current, factor, point));
    }

    /** 100 %, around the middle of the view. */
    actualSize(): void {
        this.set(zoomTo(this.current, 1, this.middle()));
    }

    /** Shows `drawing` (canvas coordinates) as `fittedView` decides. */
    fit(drawing: Box, first?: Box): void {
        this.set(fittedView(drawing, this.size(), first), false);
    }

    size(): Size {
        return { width: this.viewport.clientWidth, height: this.viewport.clientHeight };
    }

    /** Moves the canvas by (dx, dy) viewport pixels, as the page does (a part above the one in view grew or shrank). */
    panBy(dx: number, dy: number): void {
        this.set({ ...this.current, x: this.current.x + dx, y: this.current.y + dy }, false);
    }

    /** Brings an element into view (centred) when it is outside the viewport; otherwise leaves the view alone. */
    reveal(element: Element): void {
        const box = element.getBoundingClientRect();
        const view = this.viewport.getBoundingClientRect();
        if (box.left >= view.left && box.right <= view.right && box.top >= view.top && box.bottom <= view.bottom) return;
        const canvasBox = this.canvas.getBoundingClientRect();
        const centre = {
            x: (box.left + box.width / 2 - canvasBox.left) / this.current.scale,
            y: (box.top + box.height / 2 - canvasBox.top) / this.current.scale
        };
        this.set(centredOn(this.current, centre, { width: view.width, height: view.height }), false);
    }

    private set(state: ZoomState, byUser = true): void {
        this.current = state;
        this.apply();
        this.changed(state, byUser);
    }

    /** Through the CSSOM: the CSP allows it, unlike a style attribute. */
    private apply(): void {
        const { scale, x, y } = this.current;
        this.canvas.style.transform = `translate(${x}px, ${y}px) scale(${scale})`;
    }

    private middle(): Point {
        return { x: this.viewport.clientWidth / 2, y: this.viewport.clientHeight / 2 };
    }

    private local(event: MouseEvent): Point {
        const view = this.viewport.getBoundingClientRect();
        return { x: event.clientX - view.left, y: event.clientY - view.top };
    }

    private wheel(event: WheelEvent): void {
        event.preventDefault();
        // Pinch gestures arrive as wheel events with ctrlKey set.
        if (event.ctrlKey || event.metaKey) this.zoomBy(Math.exp(-event.deltaY / 300), this.local(event));
        else this.set({ ...this.current, x: this.current.x - event.deltaX, y: this.current.y - event.deltaY });
    }

    private pointerDown(event: PointerEvent): void {
        if (event.button !== 0 || (event.target as Element | null)?.closest('select, button, details, pre')) return;
        this.drag = { pointerId: event.pointerId, start: { x: event.clientX, y: event.clientY }, origin: this.current, moved: false };
    }

    private pointerMove(event: PointerEvent): void {
        const drag = this.drag;
        if (!drag || drag.pointerId !== event.pointerId) return;
        const dx = event.clientX - drag.start.x;
        const dy = event.clientY - drag.start.y;
        if (!drag.moved && Math.hypot(dx, dy) < dragThreshold) return;
        if (!drag.moved) {
            drag.moved = true;
            // Captured only once it is a drag, so that a plain click still reaches the node under the pointer.
            this.viewport.setPointerCapture(event.pointerId);
            this.viewport.classList.add('dragging');
        }
        this.set({ ...drag.origin, x: drag.origin.x + dx, y: drag.origin.y + dy });
    }

    private pointerUp(event: PointerEvent): void {
        const drag = this.drag;
        if (!drag || drag.pointerId !== event.pointerId) return;
        this.drag = undefined;
        this.viewport.classList.remove('dragging');
        if (drag.moved) {
            this.swallowClick = true;
            // No click follows a cancelled pointer: do not swallow the next real one.
            setTimeout(() => { this.swallowClick = false; }, 0);
        }
    }

    private key(event: KeyboardEvent): void {
        if ((event.target as Element | null)?.closest('select, button')) return;
        const actions: Record<string, () => void> = {
            '+': () => this.zoomBy(zoomStep), '=': () => this.zoomBy(zoomStep), '-': () => this.zoomBy(1 / zoomStep), '0': () => this.actualSize(),
            'ArrowLeft': () => this.set({ ...this.current, x: this.current.x + 40 }), 'ArrowRight': () => this.set({ ...this.current, x: this.current.x - 40 }),
            'ArrowUp': () => this.set({ ...this.current, y: this.current.y + 40 }), 'ArrowDown': () => this.set({ ...this.current, y: this.current.y - 40 })
        };
        const action = actions[event.key];
        if (!action || event.ctrlKey || event.metaKey || event.altKey) return;
        event.preventDefault();
        action();
    }
}

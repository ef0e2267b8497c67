import { describe, expect, it } from 'vitest';
import { centredOn, clampScale, fittedView, maxScale, minScale, readableScale, restoredZoom, zoomAt, zoomTo, type Box, type ZoomState } from '../../extension/src/webview/zoom-pan.js';

/** Where a canvas point lands in the viewport. */
function onScreen(state: ZoomState, point: { x: number; y: number }): { x: number; y: number } {
    return { x: state.x + point.x * state.scale, y: state.y + point.y * state.scale };
}

/** The drawing's rectangle in viewport pixels. */
function screenBox(state: ZoomState, box: Box): { left: number; top: number; right: number; bottom: number } {
    const topLeft = onScreen(state, box);
    const bottomRight = onScreen(state, { x: box.x + box.width, y: box.y + box.height });
    return { left: topLeft.x, top: topLeft.y, right: bottomRight.x, bottom: bottomRight.y };
}

describe('zoom and pan arithmetic', () => {
    it('keeps the point under the pointer in place', () => {
        const zoomed = zoomAt({ scale: 1, x: 10, y: 20 }, 2, { x: 110, y: 70 });
        expect(zoomed).toEqual({ scale: 2, x: -90, y: -30 });
        // The canvas point that was under the pointer, (100, 50), is still there.
        expect(onScreen(zoomed, { x: 100, y: 50 })).toEqual({ x: 110, y: 70 });
    });

    it('does not drift: zooming out and back in around one point returns to the same view', () => {
        let state: ZoomState = { scale: 0.37, x: -1234.5, y: 87 };
        const pointer = { x: 311, y: 207 };
        for (let step = 0; step < 10; step++) state = zoomAt(state, 1 / 1.25, pointer);
        for (let step = 0; step < 10; step++) state = zoomAt(state, 1.25, pointer);
        expect(state.scale).toBeCloseTo(0.37, 9);
        expect(state.x).toBeCloseTo(-1234.5, 6);
        expect(state.y).toBeCloseTo(87, 6);
    });

    it('keeps the pointer fixed even where the scale hits its bounds', () => {
        const pointer = { x: 200, y: 100 };
        const start: ZoomState = { scale: 0.05, x: 40, y: 30 };
        const canvasPoint = { x: (pointer.x - start.x) / start.scale, y: (pointer.y - start.y) / start.scale };
        const out = zoomAt(start, 0.01, pointer);
        expect(out.scale).toBe(minScale);
        expect(onScreen(out, canvasPoint).x).toBeCloseTo(pointer.x, 9);
        expect(onScreen(out, canvasPoint).y).toBeCloseTo(pointer.y, 9);
    });

    it('zooms to an exact scale around a point (the 100 % button: the middle of the view)', () => {
        const middle = { x: 400, y: 300 };
        const state = zoomTo({ scale: 0.25, x: 12, y: -40 }, 1, middle);
        expect(state.scale).toBe(1);
        const before = { x: (middle.x - 12) / 0.25, y: (middle.y + 40) / 0.25 };
        expect(onScreen(state, before)).toEqual(middle);
    });

    it('spans 2 % to 800 %: wide enough for the six parts of a 120-step process', () => {
        expect(minScale).toBe(0.02);
        expect(maxScale).toBe(8);
        expect(clampScale(100)).toBe(maxScale);
        expect(clampScale(0.001)).toBe(minScale);
        expect(zoomAt({ scale: 8, x: 0, y: 0 }, 2, { x: 50, y: 50 })).toEqual({ scale: 8, x: 0, y: 0 });
    });

    it('centres a point of the canvas', () => {
        expect(centredOn({ scale: 2, x: 0, y: 0 }, { x: 100, y: 50 }, { width: 400, height: 300 })).toEqual({ scale: 2, x: 0, y: 50 });
    });

    it('restores only a valid saved state', () => {
        expect(restoredZoom({ scale: 1.5, x: 3, y: 4 })).toEqual({ scale: 1.5, x: 3, y: 4 });
        expect(restoredZoom({ scale: 'big', x: 3, y: 4 })).toEqual({ scale: 1, x: 0, y: 0 });
        expect(restoredZoom(undefined)).toEqual({ scale: 1, x: 0, y: 0 });
        expect(restoredZoom({ scale: Infinity, x: 0, y: 0 })).toEqual({ scale: 1, x: 0, y: 0 });
    });
});

describe('fitting a drawing to the panel', () => {
    const panel = { width: 700, height: 900 };

    it('a wide blueprint in a side panel: the whole drawing, inside the panel, centred across', () => {
        const drawing: Box = { x: 16, y: 16, width: 2600, height: 900 };
        const view = fittedView(drawing, panel);
        const box = screenBox(view, drawing);
        expect(view.scale).toBeCloseTo((700 - 24) / 2600, 9);
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(panel.width);
        expect(box.top).toBeGreaterThanOrEqual(0);
        expect(box.bottom).toBeLessThanOrEqual(panel.height);
        expect((box.left + box.right) / 2).toBeCloseTo(panel.width / 2, 9);
    });

    it('nodes far to the right (x ≈ 4800): still the whole drawing, so they are on screen', () => {
        const drawing: Box = { x: 0, y: 0, width: 5600, height: 700 };
        const node: Box = { x: 4800, y: 300, width: 160, height: 60 };
        const view = fittedView(drawing, panel, node);
        const shown = screenBox(view, node);
        expect(shown.left).toBeGreaterThanOrEqual(0);
        expect(shown.right).toBeLessThanOrEqual(panel.width);
    });

    it('never enlarges a small drawing beyond 100 %', () => {
        const view = fittedView({ x: 0, y: 0, width: 300, height: 200 }, panel);
        expect(view.scale).toBe(1);
    });

    it('a tall drawing that would be unreadable whole: full width, scrolled to its first node', () => {
        const drawing: Box = { x: 16, y: 16, width: 600, height: 6000 };
        const first: Box = { x: 200, y: 1500, width: 120, height: 40 };
        const view = fittedView(drawing, panel, first);
        expect(Math.min((900 - 24) / 6000, 1)).toBeLessThan(readableScale);
        expect(view.scale).toBe(1);
        const box = screenBox(view, drawing);
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(panel.width);
        expect(screenBox(view, first).top).toBeCloseTo(12, 9);
    });

    it('a tall drawing whose first node is near its end: scrolled no further than the drawing reaches', () => {
        const drawing: Box = { x: 0, y: 0, width: 600, height: 3000 };
        const view = fittedView(drawing, panel, { x: 0, y: 2950, width: 100, height: 40 });
        expect(screenBox(view, drawing).bottom).toBeCloseTo(panel.height - 12, 9);
    });

    it('a tall drawing that reads whole is shown whole', () => {
        const drawing: Box = { x: 0, y: 0, width: 500, height: 1300 };
        const view = fittedView(drawing, panel, { x: 0, y: 1200, width: 100, height: 40 });
        expect(view.scale).toBeGreaterThanOrEqual(readableScale);
        expect(screenBox(view, drawing).bottom).toBeLessThanOrEqual(panel.height);
        expect(screenBox(view, drawing).top).toBeGreaterThanOrEqual(0);
    });

    it('six parts side by side in a small panel: within the zoom range, all on screen', () => {
        const drawing: Box = { x: 0, y: 0, width: 6 * 4000, height: 1000 };
        const view = fittedView(drawing, { width: 640, height: 480 });
        expect(view.scale).toBeGreaterThanOrEqual(minScale);
        expect(screenBox(view, drawing).right).toBeLessThanOrEqual(640);
    });
});

import { describe, expect, it } from 'vitest';
import type { MermaidDiagram } from '#protocol/diagram.js';
import { keptPart, partDrawing, partOptions, restoredView } from '../../extension/src/webview/parts.js';

function part(title: string, steps: string[], continuations: Record<string, string> = {}): MermaidDiagram {
    return { title, text: 'flowchart LR', view: 'blueprint', nodes: Object.fromEntries(steps.map(step => [step, `n_${step}`])), lanes: [], continuations };
}

const parts = [
    part('Visit › Arrival', ['A', 'B'], { c0: 'C' }),
    part('Visit › Consultation', ['C', 'D'], { c1: 'B', c2: 'E' }),
    part('Visit › Payment', ['E', '__proto__'], { c3: 'D' })
];

describe('the parts of a split process', () => {
    it('are offered by title, in drawing order', () => {
        expect(partOptions(parts)).toEqual([
            { name: '0', label: 'Visit › Arrival' }, { name: '1', label: 'Visit › Consultation' }, { name: '2', label: 'Visit › Payment' }
        ]);
        expect(partOptions([part('', ['A'])])).toEqual([{ name: '0', label: '1' }]);
    });

    it('a continuation node leads to the part that draws its step', () => {
        expect(partDrawing(parts, 'C', 0)).toBe(1);
        expect(partDrawing(parts, 'B', 1)).toBe(0);
        expect(partDrawing(parts, 'E', 1)).toBe(2);
        expect(partDrawing(parts, '__proto__', 0)).toBe(2);
        expect(partDrawing(parts, 'toString', 0)).toBeUndefined();
        expect(partDrawing(parts, 'A', 0)).toBeUndefined();
    });

    it('a redraw keeps the part of the same title, else the same position within the new count', () => {
        const renamed = [part('Visit › Arrival', ['A']), part('Visit › Care', ['C'])];
        expect(keptPart(parts, [parts[2], parts[0], parts[1]], 1)).toBe(2);
        expect(keptPart(parts, renamed, 1)).toBe(1);
        expect(keptPart(parts, renamed, 2)).toBe(1);
        expect(keptPart(undefined, parts, 0)).toBe(0);
    });
});

describe('the view the page remembers', () => {
    it('restores a valid saved view', () => {
        const saved = { zoom: { scale: 0.4, x: -10, y: 5 }, moved: true, scene: 'a.svc', part: 2 };
        expect(restoredView(saved)).toEqual(saved);
    });

    it('falls back to a fresh view for anything else', () => {
        expect(restoredView(undefined)).toEqual({ zoom: { scale: 1, x: 0, y: 0 }, moved: false, scene: '', part: 0 });
        expect(restoredView({ zoom: 'x', moved: 'yes', scene: 3, part: -1 })).toEqual({ zoom: { scale: 1, x: 0, y: 0 }, moved: false, scene: '', part: 0 });
    });
});

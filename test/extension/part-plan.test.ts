import { beforeAll, describe, expect, it } from 'vitest';
import type { MermaidDiagram } from '#protocol/diagram.js';
import { drawOrder, nextJob, planParts, type PartNeeds } from '../../extension/src/webview/part-plan.js';
import { previewUpdate, type PreviewInputs } from '../../extension/src/preview/preview-update.js';
import { blueprintOf, stagedProcess } from './blueprint-fixture.js';

/** The blueprint parts of a spec, 5 steps a part (4 stages of 5 steps: 4 parts). */
async function partsOf(text: string, maxStepsPerDiagram = 5): Promise<MermaidDiagram[]> {
    const inputs: PreviewInputs = {
        model: await blueprintOf(text), selection: { view: 'blueprint', service: null, process: null },
        document: 'file:///w/a.svc', theme: 'light', locale: 'en', maxStepsPerDiagram, measuredOverlay: true, stale: false, notice: null
    };
    return previewUpdate(inputs).diagrams;
}

describe('which parts an update redraws', () => {
    const spec = stagedProcess(4, 5);
    let before: MermaidDiagram[];
    beforeAll(async () => {
        before = await partsOf(spec);
        expect(before).toHaveLength(4);
    });

    it('keeps every drawing when nothing changed', () => {
        expect(planParts(before, before.map(diagram => ({ ...diagram })))).toEqual([0, 1, 2, 3].map(from => ({ kind: 'keep', from })));
    });

    it('patches the one part whose step title changed, with the new label lines, and keeps the others', async () => {
        const after = await partsOf(spec.replace('"Step 13"', '"Step 13 <b>checked</b>"'));
        const plans = planParts(before, after);
        expect(plans.map(plan => plan.kind)).toEqual(['keep', 'keep', 'patch', 'keep']);
        const patch = plans[2] as Extract<typeof plans[number], { kind: 'patch' }>;
        expect(patch.from).toBe(2);
        expect([...patch.labels]).toEqual([[after[2].nodes.S13, ['Step 13 <b>checked</b>', 'takes 1 min']]]);
    });

    it('patches the continuation node of the next part too when the title of a part\'s last step changes', async () => {
        const after = await partsOf(spec.replace('"Step 10"', '"Step ten"'));
        expect(planParts(before, after).map(plan => plan.kind)).toEqual(['keep', 'patch', 'patch', 'keep']);
    });

    it('redraws only the part whose structure changed, showing its outdated drawing meanwhile', async () => {
        // Step 13 moves from the customer's lane to the backstage.
        const after = await partsOf(spec.replace('step S13 "Step 13" by Guest', 'step S13 "Step 13" by Kitchen'));
        expect(after.map(diagram => diagram.text === before[after.indexOf(diagram)].text)).toEqual([true, true, false, true]);
        expect(planParts(before, after)).toEqual([{ kind: 'keep', from: 0 }, { kind: 'keep', from: 1 }, { kind: 'draw', from: 2 }, { kind: 'keep', from: 3 }]);
    });

    it('redraws a part whose stage was renamed even though its Mermaid text is the same (the header is drawn from the stage columns)', async () => {
        const [whole] = await partsOf(stagedProcess(2, 3), 25);
        const [renamed] = await partsOf(stagedProcess(2, 3).replace('"Stage 2"', '"Checkout"'), 25);
        expect(renamed.text).toBe(whole.text);
        expect(planParts([whole], [renamed])).toEqual([{ kind: 'draw', from: 0 }]);
    });

    it('keeps drawings that moved to another position, and draws a part added in between from nothing', () => {
        const [a, b, c] = before;
        expect(planParts([a, b, c], [b, c])).toEqual([{ kind: 'keep', from: 1 }, { kind: 'keep', from: 2 }]);
        expect(planParts([a, c], [a, b, c])).toEqual([{ kind: 'keep', from: 0 }, { kind: 'draw' }, { kind: 'keep', from: 1 }]);
    });

    it('draws what was never drawn, taking its placeholder over', () => {
        expect(planParts([undefined, before[1]], before.slice(0, 2))).toEqual([{ kind: 'draw', from: 0 }, { kind: 'keep', from: 1 }]);
        expect(planParts([], before.slice(0, 1))).toEqual([{ kind: 'draw' }]);
    });
});

describe('the order of drawing', () => {
    it('starts with the part in view, then its neighbours outwards, the next before the previous', () => {
        expect(drawOrder(0, 6)).toEqual([0, 1, 2, 3, 4, 5]);
        expect(drawOrder(3, 6)).toEqual([3, 4, 2, 5, 1, 0]);
        expect(drawOrder(5, 6)).toEqual([5, 4, 3, 2, 1, 0]);
        expect(drawOrder(9, 3)).toEqual([2, 1, 0]);
        expect(drawOrder(0, 0)).toEqual([]);
    });

    const needs = (draw: boolean[], relayout: boolean[] = draw.map(() => false)): PartNeeds[] => draw.map((value, index) => ({ draw: value, relayout: relayout[index] }));

    it('draws the part in view at once and the others in the background', () => {
        expect(nextJob(needs([true, true, true]), 1, 0, 400)).toEqual({ index: 1, background: false });
        expect(nextJob(needs([true, false, true]), 1, 1_000, 400)).toEqual({ index: 2, background: true });
        expect(nextJob(needs([false, false, false]), 1, 0, 400)).toBeUndefined();
    });

    it('leaves the other parts and new layouts of patched labels until typing paused, drawing before laying out anew', () => {
        expect(nextJob(needs([true, true]), 0, 100, 400)).toEqual({ index: 0, background: false });
        expect(nextJob(needs([false, true]), 0, 100, 400)).toEqual({ waitMs: 300 });
        expect(nextJob(needs([false, false], [true, false]), 0, 150, 400)).toEqual({ waitMs: 250 });
        expect(nextJob(needs([false, true], [true, false]), 0, 1_000, 400)).toEqual({ index: 1, background: true });
        expect(nextJob(needs([false, false], [true, false]), 0, 400, 400)).toEqual({ index: 0, background: false });
        expect(nextJob(needs([false, false], [false, true]), 0, 400, 400)).toEqual({ index: 1, background: true });
    });
});

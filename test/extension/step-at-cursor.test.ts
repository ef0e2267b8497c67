import { beforeAll, describe, expect, it } from 'vitest';
import type { BlueprintDocument, ServiceModel } from '#protocol/blueprint-schema.js';
import { findStep, rangeContains, stepAtCursor } from '../../extension/src/preview/step-at-cursor.js';
import { blueprintOf, twoServices } from './blueprint-fixture.js';

describe('the step under the cursor', () => {
    let model: BlueprintDocument;
    let counter: ServiceModel;
    beforeAll(async () => {
        model = await blueprintOf(twoServices);
        expect(model.syntaxErrors).toBe(0);
        counter = model.services[0];
    });

    it('finds the step whose range holds the cursor, on any line of it', () => {
        expect(stepAtCursor(counter, { line: 4, character: 10 })?.id).toBe('Arrive');
        expect(stepAtCursor(counter, { line: 5, character: 4 })?.id).toBe('Register');
        expect(stepAtCursor(counter, { line: 6, character: 0 })?.id).toBe('Register');
        expect(stepAtCursor(counter, { line: 11, character: 20 })?.id).toBe('Leave');
    });

    it('finds nothing between steps, outside processes, or in another service', () => {
        expect(stepAtCursor(counter, { line: 1, character: 5 })).toBeUndefined();
        expect(stepAtCursor(counter, { line: 3, character: 5 })).toBeUndefined();
        expect(stepAtCursor(counter, { line: 17, character: 10 })).toBeUndefined();
        expect(stepAtCursor(model.services[1], { line: 17, character: 10 })?.id).toBe('Dial');
        expect(stepAtCursor(undefined, { line: 4, character: 10 })).toBeUndefined();
    });

    it('counts both ends of a range as inside', () => {
        const range = { start: { line: 2, character: 4 }, end: { line: 2, character: 9 } };
        expect(rangeContains(range, { line: 2, character: 4 })).toBe(true);
        expect(rangeContains(range, { line: 2, character: 9 })).toBe(true);
        expect(rangeContains(range, { line: 2, character: 3 })).toBe(false);
        expect(rangeContains(range, { line: 3, character: 0 })).toBe(false);
    });

    it('prefers the innermost range where ranges overlap', () => {
        const outer = { ...counter.processes[0].steps[0], id: 'Outer', range: { start: { line: 0, character: 0 }, end: { line: 10, character: 0 } } };
        const inner = { ...counter.processes[0].steps[0], id: 'Inner', range: { start: { line: 3, character: 0 }, end: { line: 4, character: 0 } } };
        const service = { ...counter, processes: [{ ...counter.processes[0], steps: [outer, inner] }] };
        expect(stepAtCursor(service, { line: 3, character: 5 })?.id).toBe('Inner');
        expect(stepAtCursor(service, { line: 8, character: 5 })?.id).toBe('Outer');
    });

    it('looks steps up by id across the processes of a service', () => {
        expect(findStep(counter, 'Leave')?.range.start.line).toBe(11);
        expect(findStep(counter, 'Dial')).toBeUndefined();
    });
});

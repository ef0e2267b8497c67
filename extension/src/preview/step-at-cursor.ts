import type { ServiceModel, StepModel } from '#protocol/blueprint-schema.js';

/** A zero-based editor position, as LSP and VS Code count. */
export interface CursorPosition {
    line: number;
    character: number;
}

type Range = StepModel['range'];

function before(a: CursorPosition, b: CursorPosition): boolean {
    return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Inclusive at both ends: a cursor just after a step's closing brace still belongs to it. */
export function rangeContains(range: Range, position: CursorPosition): boolean {
    return !before(position, range.start) && !before(range.end, position);
}

function spanOf(range: Range): number {
    // Lines first, then characters: good enough to order nested ranges.
    return (range.end.line - range.start.line) * 1_000_000 + (range.end.character - range.start.character);
}

/**
 * The step of the service under the cursor, or undefined. When ranges touch
 * (one step ends where the next begins) the innermost, then the later, wins.
 */
export function stepAtCursor(service: ServiceModel | undefined, position: CursorPosition): StepModel | undefined {
    let found: StepModel | undefined;
    for (const process of service?.processes ?? []) {
        for (const step of process.steps) {
            if (!rangeContains(step.range, position)) continue;
            if (!found || spanOf(step.range) <= spanOf(found.range)) found = step;
        }
    }
    return found;
}

/** The step of a service by id (ids are unique within a service). */
export function findStep(service: ServiceModel | undefined, stepId: string): StepModel | undefined {
    for (const process of service?.processes ?? []) {
        const step = process.steps.find(candidate => candidate.id === stepId);
        if (step) return step;
    }
    return undefined;
}


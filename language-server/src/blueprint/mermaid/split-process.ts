import type { ProcessModel, StepModel } from '#protocol/blueprint-schema.js';
import { displayName } from './step-text.js';
import type { DiagramTexts } from './texts.js';

/** The steps one diagram draws, and its title. */
export interface ProcessPart {
    title: string;
    steps: StepModel[];
}

export const defaultMaxStepsPerDiagram = 25;

/**
 * One part for a process within the limit; otherwise one per stage (steps
 * written outside stages form their own parts), and a stage beyond the limit
 * in consecutive chunks of even size — the swimlane layout slows down
 * steeply past ~30 nodes.
 */
export function splitProcess(process: ProcessModel, maxSteps: number, texts: DiagramTexts): ProcessPart[] {
    const processTitle = displayName(process);
    if (process.steps.length <= maxSteps) return [{ title: processTitle, steps: process.steps }];
    return stageRuns(process.steps).flatMap(run => {
        const stage = process.stages.find(candidate => candidate.name === run.stage);
        const runTitle = `${processTitle} › ${stage ? displayName(stage) : run.stage ?? texts.stepsOutsideStages}`;
        const chunks = evenChunks(run.steps, maxSteps);
        return chunks.map((steps, index) => ({
            title: chunks.length > 1 ? `${runTitle} (${index + 1}/${chunks.length})` : runTitle,
            steps
        }));
    });
}

/** Consecutive steps of one stage (or of none), in written order. */
export function stageRuns(steps: StepModel[]): Array<{ stage: string | undefined; steps: StepModel[] }> {
    const runs: Array<{ stage: string | undefined; steps: StepModel[] }> = [];
    for (const step of steps) {
        const last = runs.at(-1);
        if (last && last.stage === step.stage) last.steps.push(step);
        else runs.push({ stage: step.stage, steps: [step] });
    }
    return runs;
}

/** 30 steps with a limit of 25 give 15 + 15, not 25 + 5. */
function evenChunks<T>(items: T[], maxSize: number): T[][] {
    const count = Math.ceil(items.length / maxSize);
    const size = Math.ceil(items.length / count);
    return Array.from({ length: count }, (_, index) => items.slice(index * size, (index + 1) * size));
}

/** A usable limit from whatever the caller passed. */
export function stepLimit(requested: number | undefined): number {
    return requested !== undefined && Number.isFinite(requested) ? Math.max(1, Math.floor(requested)) : defaultMaxStepsPerDiagram;
}

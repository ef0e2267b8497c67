import type { StepModel } from '#protocol/blueprint-schema.js';

/**
 * Generated node ids for the steps of one process, by written position:
 * `s3` is the step, `e3` its evidence, `stop3` the end marker after it.
 * A step keeps its ids in every diagram of the process.
 */
export class StepIds {
    private readonly positions: Map<string, number>;

    constructor(steps: readonly StepModel[]) {
        this.positions = new Map(steps.map((step, index) => [step.id, index]));
    }

    step(step: StepModel): string {
        return `s${this.position(step)}`;
    }

    evidence(step: StepModel): string {
        return `e${this.position(step)}`;
    }

    end(step: StepModel): string {
        return `stop${this.position(step)}`;
    }

    private position(step: StepModel): number {
        const position = this.positions.get(step.id);
        if (position === undefined) throw new Error(`Step '${step.id}' is not a step of this process`);
        return position;
    }
}

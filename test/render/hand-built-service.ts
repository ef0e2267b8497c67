/**
 * Blueprint models written by hand, for what a .svc file cannot say (line
 * breaks in a title) or would make tedious (a 300-step process). Validated
 * against the model's schema, so they are models the server could send.
 */
import {
    serviceSchema, type EdgeModel, type ProcessModel, type ServiceModel, type StepModel
} from '#protocol/blueprint-schema.js';

const nowhere = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export function handBuiltStep(id: string, fields: Partial<StepModel> = {}): StepModel {
    return {
        id, name: id, evidence: [], standards: [], moment: false, fails: [], isStart: false, isEnd: false, range: nowhere,
        ...fields
    };
}

export function handBuiltService(process: Pick<ProcessModel, 'name' | 'steps' | 'edges'> & Partial<ProcessModel>): ServiceModel {
    const steps = process.steps.map((step, index) => ({ ...step, isStart: index === 0 }));
    return serviceSchema.parse({
        name: 'HandBuilt', performers: [], standards: [], kpis: [], capacities: [], promises: [], feedback: [], improvements: [], range: nowhere,
        processes: [{
            standards: [], stages: [], leadTime: { minutes: 0, text: '0 min', criticalPath: [] }, range: nowhere,
            ...process,
            steps
        }]
    });
}

/** `next` edges through the steps in written order. */
export function chain(steps: readonly StepModel[]): EdgeModel[] {
    return steps.slice(1).map((step, index) => ({ from: steps[index].id, to: step.id, kind: 'next' as const }));
}

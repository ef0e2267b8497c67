import type { ProcessModel, ServiceModel, StandardModel, StepModel } from '#protocol/blueprint-schema.js';

/** Finds the elements a service model names by reference (`owner`, `serves`, `standard`…). */
export class ServiceLookup {
    private readonly steps = new Map<string, { step: StepModel; process: ProcessModel }>();
    private readonly standards = new Map<string, StandardModel>();
    private readonly performerTitles = new Map<string, string | undefined>();

    constructor(service: ServiceModel) {
        for (const process of service.processes) {
            for (const step of process.steps) this.steps.set(step.name, { step, process });
        }
        for (const standard of service.standards) this.standards.set(standard.name, standard);
        for (const performer of service.performers) this.performerTitles.set(performer.name, performer.title);
    }

    step(reference: string | undefined): StepModel | undefined {
        return reference === undefined ? undefined : this.steps.get(localName(reference))?.step;
    }

    standard(reference: string): StandardModel | undefined {
        return this.standards.get(reference) ?? this.standards.get(localName(reference));
    }

    /** A step as a reader knows it: its title, else its name. */
    stepTitle(reference: string): string {
        return this.step(reference)?.title ?? reference;
    }

    /** An actor or system by title and name when the title says more (`内科医生 (接诊医生)`); library ones by name. */
    performer(reference: string | undefined, titled: (title: string, name: string) => string): string | undefined {
        if (reference === undefined) return undefined;
        const title = this.performerTitles.get(reference);
        return title && title !== reference ? titled(title, reference) : reference;
    }
}

/** `Service.Member` names the member `Member`. */
function localName(reference: string): string {
    return reference.slice(reference.lastIndexOf('.') + 1);
}

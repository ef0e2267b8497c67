import { isProcess, isStage, isStep, type Process, type Service, type ServiceMember, type Stage, type Step } from '../generated/ast.js';

/** A named element declared inside a service: a member, or a stage or step of one of its processes. */
export type ServiceElement = ServiceMember | Stage | Step;

interface ServiceOutline {
    elements: ServiceElement[];
    steps: Step[];
}

// The outline depends only on the syntax tree, which a new parse replaces: one per service node.
const outlines = new WeakMap<Service, ServiceOutline>();

/**
 * The service's elements in written order, depth first (a process, then its
 * stages and steps) — what a generic tree walk yields, without visiting
 * quantities, references and fail points.
 */
export function serviceElements(service: Service): readonly ServiceElement[] {
    return outlineOf(service).elements;
}

/** All steps of a service, across its processes, in written order. */
export function serviceSteps(service: Service): readonly Step[] {
    return outlineOf(service).steps;
}

function outlineOf(service: Service): ServiceOutline {
    let outline = outlines.get(service);
    if (!outline) {
        outline = { elements: [], steps: [] };
        for (const member of service.members) {
            outline.elements.push(member);
            if (isProcess(member)) addProcessContents(member, outline);
        }
        outlines.set(service, outline);
    }
    return outline;
}

function addProcessContents(process: Process, outline: ServiceOutline): void {
    for (const content of process.contents) {
        outline.elements.push(content);
        if (isStep(content)) outline.steps.push(content);
        else if (isStage(content)) {
            for (const step of content.steps) {
                outline.elements.push(step);
                outline.steps.push(step);
            }
        }
    }
}

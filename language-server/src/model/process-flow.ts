import { AstUtils } from 'langium';
import { isStage, isStep, type Process, type Step, type Successor } from '../generated/ast.js';
import { toMinutes } from './units.js';

/** The steps of a process in written order; the first one is its start. */
export function stepsOf(process: Process): Step[] {
    return process.contents.flatMap(content => isStage(content) ? content.steps : [content]);
}

export function processOf(step: Step): Process | undefined {
    return AstUtils.getContainerOfType(step, (node): node is Process => node.$type === 'Process');
}

/** Resolved `next` targets of a step, in written order. */
export function nextSteps(step: Step): Array<{ successor: Successor; target: Step }> {
    const result: Array<{ successor: Successor; target: Step }> = [];
    for (const successor of step.next) {
        const target = successor.target?.ref;
        if (isStep(target)) result.push({ successor, target });
    }
    return result;
}

export interface LeadTime {
    minutes: number;
    /** The steps of the longest path, from the start. */
    criticalPath: Step[];
}

export interface ProcessFlow {
    process: Process;
    steps: Step[];
    start: Step | undefined;
    /** Steps reachable from the start through `next` or `recover` edges inside the process. */
    reachable: Set<Step>;
    leadTime: LeadTime;
    /**
     * A `next` or `recover` of one of its steps does not resolve, so where the flow
     * goes is unknown: the rules that follow from the flow stay silent (LANGUAGE.md).
     */
    unknownFlow: boolean;
}

export function analyseProcess(process: Process): ProcessFlow {
    const steps = stepsOf(process);
    const members = new Set(steps);
    const start = steps[0];
    return {
        process,
        steps,
        start,
        reachable: start ? reachableFrom(start, members) : new Set(),
        leadTime: start ? leadTimeFrom(start, members) : { minutes: 0, criticalPath: [] },
        unknownFlow: steps.some(hasUnresolvedFlowReference)
    };
}

/** A `next` or `recover` of the step names a step that does not resolve (`next end` names none). */
export function hasUnresolvedFlowReference(step: Step): boolean {
    return step.next.some(successor => successor.target !== undefined && !isStep(successor.target.ref))
        || step.fails.some(fail => fail.recover !== undefined && !isStep(fail.recover.ref));
}

/** The flow around a step is unknown: its process has an unresolved `next` or `recover`. */
export function isInUnknownFlow(step: Step, analyses: { flow(process: Process): ProcessFlow }): boolean {
    const process = processOf(step);
    return process !== undefined && analyses.flow(process).unknownFlow;
}

function reachableFrom(start: Step, members: Set<Step>): Set<Step> {
    const seen = new Set<Step>([start]);
    const stack = [start];
    while (stack.length > 0) {
        const step = stack.pop()!;
        const targets = [
            ...nextSteps(step).map(edge => edge.target),
            ...step.fails.map(fail => fail.recover?.ref).filter(isStep)
        ];
        for (const target of targets) {
            if (members.has(target) && !seen.has(target)) {
                seen.add(target);
                stack.push(target);
            }
        }
    }
    return seen;
}

/**
 * Longest wait + duration over `next` paths from the start. A depth-first
 * search (targets in written order) drops the edges pointing back into its
 * current path; the rest is acyclic and its longest path is found in
 * reverse post-order — linear in steps plus edges.
 */
function leadTimeFrom(start: Step, members: Set<Step>): LeadTime {
    const forwardEdges = new Map<Step, Step[]>();
    const postOrder: Step[] = [];
    const onPath = new Set<Step>();
    const visited = new Set<Step>();
    const frames: Array<{ step: Step; targets: Step[]; index: number }> = [];
    const enter = (step: Step) => {
        visited.add(step);
        onPath.add(step);
        forwardEdges.set(step, []);
        const targets = nextSteps(step).map(edge => edge.target).filter(target => members.has(target));
        frames.push({ step, targets, index: 0 });
    };
    enter(start);
    while (frames.length > 0) {
        const frame = frames[frames.length - 1];
        if (frame.index < frame.targets.length) {
            const target = frame.targets[frame.index++];
            if (onPath.has(target)) continue;
            forwardEdges.get(frame.step)!.push(target);
            if (!visited.has(target)) enter(target);
        } else {
            frames.pop();
            onPath.delete(frame.step);
            postOrder.push(frame.step);
        }
    }

    const longest = new Map<Step, number>();
    const via = new Map<Step, Step>();
    for (const step of postOrder) longest.set(step, -Infinity);
    longest.set(start, stepMinutes(start));
    let end = start;
    for (let i = postOrder.length - 1; i >= 0; i--) {
        const step = postOrder[i];
        const reached = longest.get(step)!;
        if (reached >= longest.get(end)!) end = step; // ties: run on through zero-time final steps
        for (const target of forwardEdges.get(step)!) {
            const candidate = reached + stepMinutes(target);
            if (candidate > longest.get(target)!) {
                longest.set(target, candidate);
                via.set(target, step);
            }
        }
    }
    // Collected backwards and reversed once: unshift per step was quadratic (1.8 s for a 100,000-step chain).
    const criticalPath: Step[] = [];
    for (let step: Step | undefined = end; step; step = via.get(step)) criticalPath.push(step);
    return { minutes: longest.get(end)!, criticalPath: criticalPath.reverse() };
}

/** wait + duration in minutes; missing or non-time values count as 0. */
export function stepMinutes(step: Step): number {
    return (toMinutes(step.wait) ?? 0) + (toMinutes(step.duration) ?? 0);
}

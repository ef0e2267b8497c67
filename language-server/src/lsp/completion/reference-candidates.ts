import { AstUtils, stream, type AstNode, type AstNodeDescription, type ReferenceInfo, type Stream } from 'langium';
import { isCapacity, isFailPoint, isProcess, isService, isSuccessor } from '../../generated/ast.js';

type CandidateFilter = (candidate: AstNodeDescription) => boolean;

/** Candidates inside the same container of a type (process, service) as the reference. */
function sharingContainer<T extends AstNode>(origin: AstNode, guard: (node: unknown) => node is T): CandidateFilter {
    const shared = AstUtils.getContainerOfType(origin, guard);
    return candidate => shared !== undefined && candidate.node !== undefined
        && AstUtils.getContainerOfType(candidate.node, guard) === shared;
}

/**
 * The scope lets `next`, `recover` and `serves` name any step of the workspace
 * (a `next` into another process resolves, then `next-outside-process`
 * reports it); completion proposes only what makes sense: steps of the same
 * process for `next` and `recover`, steps of the same service for `serves`.
 * Types are already narrowed by the scope (`by` → actors and systems,
 * `measures` → standards, `feeds` → KPIs).
 */
export function candidateFilter({ container, property }: ReferenceInfo): CandidateFilter {
    if ((isSuccessor(container) && property === 'target') || (isFailPoint(container) && property === 'recover')) {
        const sameProcess = sharingContainer(container, isProcess);
        // After `next`, a bare `end` ends the process: a step called `end` is only reached by its qualified name.
        return isSuccessor(container) ? candidate => candidate.name !== 'end' && sameProcess(candidate) : sameProcess;
    }
    if (isCapacity(container) && property === 'serves') {
        return sharingContainer(container, isService);
    }
    return () => true;
}

/**
 * Inside a service, each member is in scope twice (`Greeter` and
 * `Service.Greeter`); propose each element once, under its shortest name.
 */
export function shortestNamePerElement(candidates: Stream<AstNodeDescription>): Stream<AstNodeDescription> {
    const byElement = new Map<string, AstNodeDescription>();
    for (const candidate of candidates) {
        const key = `${candidate.documentUri.toString()}#${candidate.path}`;
        const known = byElement.get(key);
        if (!known || candidate.name.length < known.name.length) byElement.set(key, candidate);
    }
    return stream(byElement.values());
}

/**
 * Sort group of a candidate: members of the reference's own service first,
 * then top-level elements, then members of other services (`Other.Member`).
 */
export function candidateRank(candidate: AstNodeDescription, { container }: ReferenceInfo): string {
    if (candidate.name.includes('.')) return '2';
    return sharingContainer(container, isService)(candidate) ? '0' : '1';
}

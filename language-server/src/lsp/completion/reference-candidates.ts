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
 * The names to propose, as far as they fit what is typed. Without a qualifier: each
 * element once, under its shortest name (inside a service each member is in scope
 * as `Greeter` and `Service.Greeter`), and only the service's own members and the
 * workspace's top-level elements — members of other services would drown them.
 * After a qualifier (`Other.`): the qualified names that start with it.
 */
export function namesAsTyped(candidates: Stream<AstNodeDescription>, typed: string, { container }: ReferenceInfo): Stream<AstNodeDescription> {
    const qualifier = typed.slice(0, typed.lastIndexOf('.') + 1);
    if (qualifier) return candidates.filter(candidate => candidate.name.startsWith(qualifier));
    const byElement = new Map<string, AstNodeDescription>();
    for (const candidate of candidates) {
        const key = `${candidate.documentUri.toString()}#${candidate.path}`;
        const known = byElement.get(key);
        if (!known || candidate.name.length < known.name.length) byElement.set(key, candidate);
    }
    const ownMember = sharingContainer(container, isService);
    // A step called `end` is in its service's scope by its qualified name only.
    return stream(byElement.values()).filter(candidate => !candidate.name.includes('.') || ownMember(candidate));
}

/** Sort group of a candidate: members of the reference's own service first, then top-level elements and qualified names. */
export function candidateRank(candidate: AstNodeDescription, { container }: ReferenceInfo): string {
    return sharingContainer(container, isService)(candidate) ? '0' : '1';
}

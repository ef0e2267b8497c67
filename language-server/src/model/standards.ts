import { isCapacity, isProcess, isStandard, isStep, type Bound, type Service, type Standard } from '../generated/ast.js';
import { serviceElements } from './service-elements.js';
import { satisfies, toMinutes } from './units.js';

/** True when a time in minutes does not meet the standard's target; false when the target is not a time. */
export function isWorseThan(minutes: number, standard: Standard): boolean {
    const target = standard.target;
    const targetMinutes = toMinutes(target?.quantity);
    return target !== undefined && targetMinutes !== undefined && !satisfies(minutes, target.comparator, targetMinutes);
}

/** The resolved standards of a reference list that bound `bound`. */
export function standardsBounding<T extends { ref?: Standard }>(references: readonly T[], bound: Bound): Standard[] {
    return references.map(reference => reference.ref).filter((standard): standard is Standard => standard?.bounds === bound);
}

/** The service's own standards, then the (library) standards its steps, processes and capacities use — each once. */
export function standardsOfService(service: Service): Standard[] {
    const standards = new Set<Standard>(service.members.filter(isStandard));
    for (const node of serviceElements(service)) {
        const references = isStep(node) || isProcess(node) ? node.standards : isCapacity(node) && node.standard ? [node.standard] : [];
        for (const reference of references) if (reference.ref) standards.add(reference.ref);
    }
    return [...standards];
}

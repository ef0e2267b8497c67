import type { Bound, Standard } from '../generated/ast.js';
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

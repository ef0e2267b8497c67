import type { Lane, Step } from '../generated/ast.js';

/** A step's lane is its performer's lane; undefined when the performer does not resolve. */
export function laneOf(step: Step): Lane | undefined {
    return step.performer?.ref?.lane;
}

export const isCustomerStep = (step: Step): boolean => laneOf(step) === 'customer';
export const isFrontstageStep = (step: Step): boolean => laneOf(step) === 'frontstage';

/** Backstage or support: behind the line of visibility. */
export function isHiddenStep(step: Step): boolean {
    const lane = laneOf(step);
    return lane === 'backstage' || lane === 'support';
}

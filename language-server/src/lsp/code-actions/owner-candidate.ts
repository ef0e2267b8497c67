import { AstUtils, type AstNode } from 'langium';
import { isActor, isService, isSystem, type Actor, type System } from '../../generated/ast.js';
import { plainlyVisible } from './visible-elements.js';

/**
 * Who should own a new standard or KPI placed next to `node`: the service's owner, else
 * its first actor (then system) outside the customer lane, else such a top-level one of
 * the file. Only performers visible at `node` qualify; undefined when there is none.
 */
export function ownerCandidate(node: AstNode): string | undefined {
    const service = AstUtils.getContainerOfType(node, isService);
    if (service?.owner?.ref) return service.owner.$refText;
    const performers = plainlyVisible(node).filter((element): element is Actor | System => isActor(element) || isSystem(element));
    const staff = performers.filter(performer => performer.lane !== 'customer');
    return (staff.find(isActor) ?? staff[0])?.name;
}

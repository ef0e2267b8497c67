import { AstUtils, type AstNode } from 'langium';
import { isModel, isService, type ServiceMember, type TopLevelElement } from '../../generated/ast.js';

/**
 * Elements `node` can name by their plain name: the members of its service, then the
 * top-level elements of its file (those of other files would need a look into the index).
 */
export function plainlyVisible(node: AstNode): Array<ServiceMember | TopLevelElement> {
    const service = AstUtils.getContainerOfType(node, isService);
    const model = AstUtils.getContainerOfType(node, isModel);
    return [...(service?.members ?? []), ...(model?.elements ?? [])];
}

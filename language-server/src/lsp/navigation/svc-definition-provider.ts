import { AstUtils, isLeafCstNode, type CstNode } from 'langium';
import { DefaultDefinitionProvider, type GoToLink } from 'langium/lsp';
import { isService } from '../../generated/ast.js';
import { isQualifier } from './name-tokens.js';

/** Langium's go to definition, except that the `Bank` of `Bank.Fast` leads to the service `Bank`. */
export class SvcDefinitionProvider extends DefaultDefinitionProvider {
    protected override findLinks(source: CstNode): GoToLink[] {
        const links = super.findLinks(source);
        if (!isLeafCstNode(source) || !isQualifier(source)) return links;
        return links.flatMap(link => {
            const service = AstUtils.getContainerOfType(link.target.astNode, isService);
            const name = service && this.nameProvider.getNameNode(service);
            return service && name ? [{ source, target: name, targetDocument: AstUtils.getDocument(service) }] : [];
        });
    }
}

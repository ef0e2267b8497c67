import { DefaultScopeComputation, MultiMap, type AstNode, type AstNodeDescription, type LangiumDocument, type LocalSymbols } from 'langium';
import { isService, type Model, type Service } from '../generated/ast.js';
import { serviceElements } from '../model/service-elements.js';

/**
 * Top-level elements are visible workspace-wide by name; every member of a
 * service (stages and steps included) is visible anywhere inside that service,
 * and elsewhere as `Service.Member`.
 */
export class SvcScopeComputation extends DefaultScopeComputation {

    override async collectExportedSymbols(document: LangiumDocument): Promise<AstNodeDescription[]> {
        const exports: AstNodeDescription[] = [];
        for (const element of (document.parseResult.value as Model).elements) {
            const name = this.nameProvider.getName(element);
            if (!name) continue;
            exports.push(this.descriptions.createDescription(element, name, document));
            if (isService(element)) {
                for (const member of this.namedMembers(element)) {
                    exports.push(this.descriptions.createDescription(member.node, `${name}.${member.name}`, document));
                }
            }
        }
        return exports;
    }

    override async collectLocalSymbols(document: LangiumDocument): Promise<LocalSymbols> {
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        for (const element of (document.parseResult.value as Model).elements) {
            if (!isService(element)) continue;
            for (const member of this.namedMembers(element)) {
                symbols.add(element, this.descriptions.createDescription(member.node, member.name, document));
            }
        }
        return symbols;
    }

    protected *namedMembers(service: Service): Generator<{ node: AstNode; name: string }> {
        for (const node of serviceElements(service)) {
            const name = this.nameProvider.getName(node);
            if (name) yield { node, name };
        }
    }
}

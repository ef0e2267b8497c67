import { AstUtils, DefaultScopeProvider, MultiMapScope, WorkspaceCache, type AstNode, type ReferenceInfo, type Scope } from 'langium';
import type { SvcServices } from '../svc-module.js';
import type { SvcIndexManager } from '../workspace/svc-index-manager.js';
import { IndexedGlobalScope } from './indexed-global-scope.js';

/**
 * Langium's scoping, with a service's members looked up by name instead of
 * scanned: its default scope searches the local symbols of the enclosing
 * service for every reference, which makes linking quadratic in the size of a
 * service. Each (container, reference type) pair gets one indexed scope per
 * workspace state. The global scope is looked up in the index (IndexedGlobalScope).
 */
export class SvcScopeProvider extends DefaultScopeProvider {
    private readonly localScopes: WorkspaceCache<AstNode, Map<string, Scope>>;
    private readonly globalScopes = new Map<string, Scope>();

    constructor(services: SvcServices) {
        super(services);
        this.localScopes = new WorkspaceCache(services.shared);
    }

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        const localSymbols = AstUtils.getDocument(context.container).localSymbols;
        const containers: AstNode[] = [];
        for (let node: AstNode | undefined = context.container; node; node = node.$container) {
            if (localSymbols?.has(node)) containers.push(node);
        }
        // The outermost container's scope falls back to the global one; inner containers shadow outer ones.
        return containers.reduceRight<Scope>(
            (outer, container) => this.localScope(container, referenceType, outer),
            this.getGlobalScope(referenceType)
        );
    }

    protected override getGlobalScope(referenceType: string): Scope {
        let scope = this.globalScopes.get(referenceType);
        if (!scope) this.globalScopes.set(referenceType, scope = new IndexedGlobalScope(this.indexManager as SvcIndexManager, referenceType));
        return scope;
    }

    private localScope(container: AstNode, referenceType: string, outer: Scope): Scope {
        const byType = this.localScopes.get(container, () => new Map());
        let scope = byType.get(referenceType);
        if (!scope) {
            const symbols = AstUtils.getDocument(container).localSymbols!.getStream(container)
                .filter(description => this.reflection.isSubtype(description.type, referenceType));
            scope = new MultiMapScope(symbols, outer);
            byType.set(referenceType, scope);
        }
        return scope;
    }
}

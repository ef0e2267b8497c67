import { AstUtils, type AstNode, type AstNodeLocator, type IndexManager, type LangiumDocuments } from 'langium';
import type { SvcConfigProvider } from '../config/config-provider.js';
import type { Standard } from '../generated/ast.js';
import { workspaceDataElements, type DataElement } from './data-file-binding.js';
import type { SvcServices } from '../svc-module.js';
import type { SvcIndexManager } from '../workspace/svc-index-manager.js';

/** Workspace-wide questions, answered through Langium's indexes (never by scanning pairs). */
export class WorkspaceFacts {
    private readonly indexManager: IndexManager;
    private readonly documents: LangiumDocuments;
    private readonly locator: AstNodeLocator;
    /** Where the data root of a spec is looked up: the same lookup that picks its rule severities. */
    readonly configs: SvcConfigProvider;

    constructor(services: SvcServices) {
        this.indexManager = services.shared.workspace.IndexManager;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.locator = services.workspace.AstNodeLocator;
        this.configs = services.config.ConfigProvider;
    }

    /** Whether some KPI of the workspace lists the standard under `measures` (the only reference from a KPI to a standard). */
    isMeasured(standard: Standard): boolean {
        const index = this.indexManager as SvcIndexManager;
        return this.indexManager.findAllReferences(standard, this.locator.getAstNodePath(standard)).some(reference => index.isKpiReference(reference));
    }

    /** The nodes that hold a reference to `target` (the KPI for `measures X`, the step for `standard X`). */
    referencingNodes(target: AstNode): AstNode[] {
        const path = this.locator.getAstNodePath(target);
        const sources: AstNode[] = [];
        for (const reference of this.indexManager.findAllReferences(target, path)) {
            const document = this.documents.getDocument(reference.sourceUri);
            const source = document && this.locator.getAstNode(document.parseResult.value, reference.sourcePath);
            if (source) sources.push(source);
        }
        return sources;
    }

    /** Every `measurements` and `survey` of the workspace, in the order that decides which one keeps a file. */
    dataElements(): DataElement[] {
        return workspaceDataElements(this.documents);
    }

    /** How many top-level elements of the workspace carry `name` (members are exported as `Service.Member`). */
    topLevelNameCount(name: string): number {
        return (this.indexManager as SvcIndexManager).exportCount(name);
    }
}

export function rootOf(node: AstNode): AstNode {
    return AstUtils.findRootNode(node);
}

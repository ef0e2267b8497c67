import { AstUtils, type AstNode, type AstNodeLocator, type IndexManager, type LangiumDocuments, type ReferenceDescription } from 'langium';
import type { Standard } from '../generated/ast.js';
import type { MeasuredAnalysis } from '../measured/measured-analysis.js';
import type { MeasuredData } from '../measured/measured-data.js';
import type { SvcServices } from '../svc-module.js';
import type { SvcIndexManager } from '../workspace/svc-index-manager.js';

/** Workspace-wide questions, answered through Langium's indexes (never by scanning pairs). */
export class WorkspaceFacts {
    private readonly indexManager: IndexManager;
    private readonly documents: LangiumDocuments;
    private readonly locator: AstNodeLocator;
    private readonly measuredData: MeasuredData;

    constructor(services: SvcServices) {
        this.indexManager = services.shared.workspace.IndexManager;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.locator = services.workspace.AstNodeLocator;
        this.measuredData = services.measured.MeasuredData;
    }

    /** Whether some KPI of the workspace lists the standard under `measures` (the only reference from a KPI to a standard). */
    isMeasured(standard: Standard): boolean {
        const index = this.indexManager as SvcIndexManager;
        return this.indexManager.findAllReferences(standard, this.locator.getAstNodePath(standard)).some(reference => index.isKpiReference(reference));
    }

    /** The nodes that hold a reference to `target` (the KPI for `measures X`, the step for `standard X`). */
    referencingNodes(target: AstNode): AstNode[] {
        return this.sourcesOf(target, () => true);
    }

    /** The KPIs that measure `standard`: found by the index's marks, without loading the steps that name it. */
    measuringKpis(standard: Standard): AstNode[] {
        const index = this.indexManager as SvcIndexManager;
        return this.sourcesOf(standard, reference => index.isKpiReference(reference));
    }

    private sourcesOf(target: AstNode, wanted: (reference: ReferenceDescription) => boolean): AstNode[] {
        const path = this.locator.getAstNodePath(target);
        const sources: AstNode[] = [];
        for (const reference of this.indexManager.findAllReferences(target, path)) {
            if (!wanted(reference)) continue;
            const document = this.documents.getDocument(reference.sourceUri);
            const source = document && this.locator.getAstNode(document.parseResult.value, reference.sourcePath);
            if (source) sources.push(source);
        }
        return sources;
    }

    /** The workspace's measured data, analysed once per change. */
    measured(): MeasuredAnalysis {
        return this.measuredData.current();
    }

    /** How many top-level elements of the workspace carry `name` (members are exported as `Service.Member`). */
    topLevelNameCount(name: string): number {
        return (this.indexManager as SvcIndexManager).exportCount(name);
    }
}

export function rootOf(node: AstNode): AstNode {
    return AstUtils.findRootNode(node);
}

import { DocumentState, type LangiumSharedCoreServices } from 'langium';
import type { SvcConfigProvider } from '../config/config-provider.js';
import { resolveElementFile, workspaceDataElements } from './data-elements.js';
import { DataFileSource } from './data-file-source.js';
import { KpiNames } from './kpi-names.js';
import { MeasuredAnalysis } from './measured-analysis.js';

/**
 * The workspace's measured data, analysed when first asked after a change:
 * any document build (names, elements and paths may have changed) or a data
 * file that changed in the editor or on disk. A build drops the analysis when
 * it starts and again once every document is parsed and indexed: one asked
 * for in between (a request served while the build waits) saw old syntax
 * trees or an old index, and validation must not reuse it.
 */
export class MeasuredData {
    readonly source = new DataFileSource();
    private analysis: MeasuredAnalysis | undefined;

    constructor(private readonly shared: LangiumSharedCoreServices, private readonly configs: SvcConfigProvider) {
        shared.workspace.DocumentBuilder.onUpdate(() => this.invalidate());
        shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.IndexedContent, () => this.invalidate());
    }

    current(): MeasuredAnalysis {
        this.analysis ??= new MeasuredAnalysis({
            elements: workspaceDataElements(this.shared.workspace.LangiumDocuments),
            resolve: element => resolveElementFile(element, this.configs),
            source: this.source,
            names: new KpiNames(this.shared.workspace.IndexManager)
        });
        return this.analysis;
    }

    invalidate(): void {
        this.analysis = undefined;
    }
}

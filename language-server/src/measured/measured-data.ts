import type { LangiumSharedCoreServices } from 'langium';
import type { SvcConfigProvider } from '../config/config-provider.js';
import { resolveElementFile, workspaceDataElements } from './data-elements.js';
import { DataFileSource } from './data-file-source.js';
import { KpiNames } from './kpi-names.js';
import { MeasuredAnalysis } from './measured-analysis.js';

/**
 * The workspace's measured data, analysed when first asked after a change:
 * any document build (names, elements and paths may have changed) or a data
 * file that changed in the editor or on disk.
 */
export class MeasuredData {
    readonly source = new DataFileSource();
    private analysis: MeasuredAnalysis | undefined;

    constructor(private readonly shared: LangiumSharedCoreServices, private readonly configs: SvcConfigProvider) {
        shared.workspace.DocumentBuilder.onUpdate(() => this.invalidate());
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

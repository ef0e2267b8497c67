import { DocumentState, type LangiumSharedCoreServices } from 'langium';
import type { SvcConfigProvider } from '../config/config-provider.js';
import { resolveElementFile, workspaceDataElements } from './data-elements.js';
import { DataFileSource } from './data-file-source.js';
import { KpiNames } from './kpi-names.js';
import { MeasuredAnalysis } from './measured-analysis.js';

/**
 * The workspace's measured data, analysed when first asked after a change:
 * a build of changed or deleted documents (names, elements and paths may have
 * changed) or a data file that changed in the editor or on disk (`invalidate`).
 * Such a build drops the analysis when it starts and again once its documents
 * are parsed and indexed: one asked for in between (a request served while the
 * build waits) saw old syntax trees or an old index, and validation must not
 * reuse it. A build that only validates again (the specs a data file's edit
 * changes) keeps it: it reads nothing an analysis depends on, and analysing
 * a 20 MB file twice for one edit would double the wait.
 */
export class MeasuredData {
    readonly source: DataFileSource;
    private analysis: MeasuredAnalysis | undefined;
    /** The last analysis made: the next one reuses what edits of data files since did not touch. */
    private last: MeasuredAnalysis | undefined;
    /** The names the KPI cells resolve to: kept while the syntax trees and the index are, across data file edits. */
    private names: KpiNames | undefined;

    constructor(private readonly shared: LangiumSharedCoreServices, private readonly configs: SvcConfigProvider) {
        this.source = new DataFileSource(configs.files);
        shared.workspace.DocumentBuilder.onUpdate((changed, deleted) => {
            if (changed.length > 0 || deleted.length > 0) this.documentsChanged();
        });
        shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.IndexedContent, indexed => {
            if (indexed.length > 0) this.documentsChanged();
        });
    }

    current(): MeasuredAnalysis {
        this.analysis ??= this.last = new MeasuredAnalysis({
            elements: workspaceDataElements(this.shared.workspace.LangiumDocuments),
            resolve: element => resolveElementFile(element, this.configs),
            source: this.source,
            names: this.names ??= new KpiNames(this.shared.workspace.IndexManager),
            previous: this.last?.collected
        });
        return this.analysis;
    }

    private documentsChanged(): void {
        this.names = undefined;
        this.invalidate();
    }

    invalidate(): void {
        this.analysis = undefined;
    }
}

import type { BlueprintDocument, ServiceModel } from '#protocol/blueprint-schema.js';
import type { Locale } from '#protocol/locale.js';
import type { DiagramPicture } from './report-content.js';

export interface ReportInput {
    document: BlueprintDocument;
    /** One service of that document. */
    service: ServiceModel;
    locale: Locale;
    /** Rendered blueprint SVGs (one per diagram), when a browser rendered them; the HTML report inlines them. */
    blueprintSvgs?: Array<{ title: string; svg: string }>;
    /** Mermaid sources of the blueprint diagrams (the Markdown report embeds them as ```mermaid blocks when no image path is given). */
    blueprintMermaid?: Array<{ title: string; text: string }>;
    /** Relative paths of exported blueprint images, for the Markdown report to link instead of Mermaid blocks. */
    blueprintImages?: Array<{ title: string; path: string }>;
    /** Rendered charts of the performance view (measured data), inlined by the HTML report like the blueprint SVGs. */
    performanceSvgs?: Array<{ title: string; svg: string }>;
    /** Mermaid sources of the performance view, embedded by the Markdown report when no image path is given. */
    performanceMermaid?: Array<{ title: string; text: string }>;
    /** Relative paths of exported performance charts, for the Markdown report to link instead of Mermaid blocks. */
    performanceImages?: Array<{ title: string; path: string }>;
    /** PNG pictures of the blueprint diagrams, for the Word report. */
    blueprintPictures?: DiagramPicture[];
    /** PNG pictures of the performance charts, for the Word report. */
    performancePictures?: DiagramPicture[];
    /** Default now; tests pass a fixed date. */
    generatedAt?: Date;
}

import type { BlueprintDocument, ServiceModel } from '#protocol/blueprint-schema.js';
import type { Cell, Section } from './report-content.js';
import { tableOrNote } from './report-content.js';
import type { SectionContext } from './section-context.js';

/** What the checker still reports for this service, so that the client sees the open points. */
export function diagnosticsSection(context: SectionContext): Section {
    const { labels } = context;
    const rows = diagnosticsOf(context.input.document, context.service).map((diagnostic): Cell[] => [
        diagnostic.severity === 'error' ? { text: context.term('severity', diagnostic.severity), tone: 'bad' } : context.term('severity', diagnostic.severity),
        diagnostic.rule,
        String(diagnostic.line),
        diagnostic.message
    ]);
    return { id: 'diagnostics', heading: labels.headings.diagnostics, pageBreak: false, blocks: [tableOrNote(labels.diagnosticColumns, rows, labels.empty.diagnostics)] };
}

/**
 * Diagnostics inside the service, and those outside every service of the file
 * (syntax errors, library elements), which concern each service in it.
 */
function diagnosticsOf(document: BlueprintDocument, service: ServiceModel): BlueprintDocument['diagnostics'] {
    // Model ranges are 0-based, diagnostic lines 1-based.
    const within = (line: number, range: ServiceModel['range']) => line - 1 >= range.start.line && line - 1 <= range.end.line;
    return document.diagnostics
        .filter(diagnostic => within(diagnostic.line, service.range) || !document.services.some(other => within(diagnostic.line, other.range)))
        .sort((a, b) => a.line - b.line || a.column - b.column);
}

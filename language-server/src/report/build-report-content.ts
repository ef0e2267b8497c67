import { blueprintSection } from './blueprint-section.js';
import { capacitySection } from './capacity-section.js';
import { feedbackSection, improvementsSection, promisesSection } from './commitment-sections.js';
import { diagnosticsSection } from './diagnostics-section.js';
import { leadTimeSection } from './lead-time-section.js';
import { kpisSection, standardsSection } from './measurement-sections.js';
import { performanceSection } from './performance-section.js';
import type { ReportContent, Section } from './report-content.js';
import { fileNameOf, formatDate } from './report-format.js';
import type { ReportInput } from './report-input.js';
import { SectionContext } from './section-context.js';
import { summarySection } from './summary-section.js';

/** The report's sections in reading order, in the reader's language. */
export function buildReportContent(input: ReportInput): ReportContent {
    const context = new SectionContext(input);
    const { labels } = context;
    return {
        locale: input.locale,
        title: context.titled(input.service),
        subtitle: [labels.reportKind, labels.generatedOn(formatDate(input.generatedAt ?? new Date())), labels.sourceFile(fileNameOf(input.document.uri))].join(' · '),
        sections: [
            summarySection(context),
            blueprintSection(context),
            standardsSection(context),
            kpisSection(context),
            performanceSection(context),
            capacitySection(context),
            leadTimeSection(context),
            promisesSection(context),
            feedbackSection(context),
            improvementsSection(context),
            diagnosticsSection(context)
        ].filter((section): section is Section => section !== undefined)
    };
}

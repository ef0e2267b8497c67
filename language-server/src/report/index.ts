import { buildReportContent } from './build-report-content.js';
import { renderHtml } from './html-report.js';
import type { ReportInput } from './report-input.js';
import { renderMarkdown } from './markdown-report.js';

export { hasMeasuredValues } from './performance-section.js';
export type { ReportInput } from './report-input.js';

/** The client report of one service as Markdown (GitHub-flavoured: tables, ```mermaid blocks). */
export function markdownReport(input: ReportInput): string {
    return renderMarkdown(buildReportContent(input));
}

/** The client report of one service as one self-contained, print-ready HTML file: inline CSS and SVG, no script, nothing remote. */
export function htmlReport(input: ReportInput): string {
    return renderHtml(buildReportContent(input));
}

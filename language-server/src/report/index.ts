import { buildReportContent } from './build-report-content.js';
import { renderDocx } from './docx-report.js';
import { renderHtml } from './html-report.js';
import { pdfStyle } from './pdf-style.js';
import { reportLabels } from './report-labels.js';
import type { ReportInput } from './report-input.js';
import { renderMarkdown } from './markdown-report.js';

export { hasMeasuredValues } from './performance-section.js';
export type { ReportInput } from './report-input.js';
export { diagramPicture } from './diagram-picture.js';
export { drawReportDiagrams } from './draw-diagrams.js';

/** The client report of one service as Markdown (GitHub-flavoured: tables, ```mermaid blocks). */
export function markdownReport(input: ReportInput): string {
    return renderMarkdown(buildReportContent(input));
}

/** The client report of one service as one self-contained, print-ready HTML file: inline CSS and SVG, no script, nothing remote. */
export function htmlReport(input: ReportInput): string {
    return renderHtml(buildReportContent(input));
}

/**
 * The HTML page the PDF report is printed from: the HTML report with page
 * numbers and diagrams fitted to the page, its fonts from `fontOrigin` when
 * given (the headless renderer serves the bundled Noto Sans SC from there).
 */
export function pdfReportHtml(input: ReportInput, fontFaces?: { css: string; origin: string }): string {
    const content = buildReportContent(input);
    return renderHtml(content, { extraStyle: `${fontFaces?.css ?? ''}${pdfStyle(reportLabels[input.locale])}`, fontOrigin: fontFaces?.origin });
}

/** The client report of one service as a Word document: headings, tables, and the diagrams as pictures (`blueprintPictures`). */
export function docxReport(input: ReportInput): Promise<Uint8Array> {
    return renderDocx(buildReportContent(input));
}

import type { ReportLabels } from './report-labels.js';

/** A CSS string literal of fixed label text. */
function cssString(text: string): string {
    return `"${text.replace(/["\\]/g, '\\$&').replace(/[\r\n]/g, ' ')}"`;
}

/**
 * What the PDF adds to the HTML report's print style: page numbers in the
 * footer (CSS page-margin boxes, which Chromium prints), the bundled Noto Sans SC
 * first, so Chinese prints on a machine with no CJK font, and every diagram
 * within the page — as wide as the text, no taller than a landscape page, shrunk
 * whole (an SVG keeps its proportions inside its box), never clipped.
 */
export function pdfStyle(labels: ReportLabels): string {
    const { before, of, after } = labels.pageNumber;
    return `
@page {
  @bottom-center { content: ${cssString(before)} counter(page) ${cssString(of)} counter(pages) ${cssString(after)}; font-size: 8pt; color: #5f6b7a; }
}
html { font-family: "Noto Sans SC", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif, "Noto Emoji"; }
figure { break-inside: avoid; }
figure svg { display: block; width: 100%; max-width: 100%; height: auto; max-height: 135mm; margin: 0 auto; }
section#performance figure svg { max-height: 220mm; }
/* The step tables after the diagrams start a page: their header row is never left alone under a diagram. */
section#blueprint figure ~ table:first-of-type { break-before: page; }
`;
}

import * as vscode from 'vscode';
import { fromBase64 } from '#protocol/base64.js';
import { hasMeasuredValues } from '#server/report/performance-section.js';
import { diagramPicture, docxReport, pdfReportHtml, type ReportInput } from '#server/report/index.js';
import { inlineableSvg } from '#server/report/svg-guard.js';
import type { BlueprintPreview } from '../preview/blueprint-preview.js';
import { svcLocale } from '../settings.js';

/** The client report as a document for the client: PDF (printed by a browser) or Word. */
export const documentFormats = ['pdf', 'docx'] as const;
export type DocumentFormat = typeof documentFormats[number];

/** Prints a report page to PDF; the web build has none (no browser to start from a web worker). */
export type PrintPdf = (html: string) => Promise<Uint8Array>;

/** Device pixels per SVG pixel of the preview's PNG export: about 300 dpi for a blueprint shrunk to a landscape A4 page. */
const pictureScale = 2;

/**
 * The report document of the preview's service: the blueprint (every process,
 * overlay as the panel shows it) and the performance charts drawn by the
 * preview, light, as in every document export.
 */
export async function documentContents(preview: BlueprintPreview, format: DocumentFormat, printPdf: PrintPdf): Promise<Uint8Array> {
    const document = preview.document;
    const service = preview.service;
    if (!document || !service) throw new Error(vscode.l10n.t('This file defines no service to export.'));
    const diagrams = preview.diagrams('blueprint');
    const charts = hasMeasuredValues(service) ? preview.diagrams('performance') : [];
    const input: ReportInput = {
        document, service, locale: svcLocale(),
        blueprintMermaid: diagrams.map(({ title, text }) => ({ title, text })),
        performanceMermaid: charts.map(({ title, text }) => ({ title, text }))
    };
    if (format === 'docx') {
        const images = await preview.renderImages('png', [...diagrams, ...charts], 'light');
        const pictures = images.map(image => diagramPicture(image.title, fromBase64(image.data), pictureScale));
        return docxReport({ ...input, blueprintPictures: pictures.slice(0, diagrams.length), performancePictures: pictures.slice(diagrams.length) });
    }
    const images = await preview.renderImages('svg', [...diagrams, ...charts], 'light');
    const svgs = images.map(image => {
        const svg = inlineableSvg(image.data);
        if (!svg) throw new Error(vscode.l10n.t('The preview produced an SVG image that is not safe to save.'));
        return { title: image.title, svg };
    });
    return printPdf(pdfReportHtml({ ...input, blueprintSvgs: svgs.slice(0, diagrams.length), performanceSvgs: svgs.slice(diagrams.length) }));
}

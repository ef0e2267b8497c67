import * as vscode from 'vscode';
import { fromBase64 } from '#protocol/base64.js';
import type { MermaidDiagram } from '#server/blueprint/mermaid/index.js';
import { htmlReport, markdownReport } from '#server/report/index.js';
import { hasMeasuredValues } from '#server/report/performance-section.js';
import { inlineableSvg } from '#server/report/svg-guard.js';
import type { BlueprintPreview } from '../preview/blueprint-preview.js';
import { previewTheme } from '../preview/preview-theme.js';
import { svcLocale } from '../settings.js';
import type { ExportFormat, PreviewTheme } from '#protocol/preview-messages.js';

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const utf8 = new TextEncoder();

/** Exports go into documents: light by default, whatever the editor's theme (setting `svc.export.theme`). */
function exportTheme(specUri: vscode.Uri): PreviewTheme {
    return vscode.workspace.getConfiguration('svc.export', specUri).get<string>('theme', 'light') === 'editor' ? previewTheme() : 'light';
}

/** The diagrams an export draws: the view on screen, or the blueprint (all processes, overlay as the panel shows it) for reports. */
export function exportDiagrams(preview: BlueprintPreview, format: ExportFormat): MermaidDiagram[] {
    return format === 'markdown' || format === 'html' ? preview.diagrams('blueprint') : preview.diagrams();
}

/** An SVG from the webview is written only if it carries no active or remote content. */
function checkedSvg(svg: string): string {
    const safe = inlineableSvg(svg);
    if (!safe) throw new Error(vscode.l10n.t('The preview produced an SVG image that is not safe to save.'));
    return safe;
}

function checkedPng(base64: string): Uint8Array {
    const bytes = fromBase64(base64);
    if (!pngSignature.every((byte, index) => bytes[index] === byte)) throw new Error(vscode.l10n.t('The preview produced an invalid PNG image.'));
    return bytes;
}

/**
 * The bytes of each file of an export, in the order of `diagrams` for the
 * per-diagram formats (SVG, PNG, Mermaid) and one file for the reports.
 */
export async function exportContents(preview: BlueprintPreview, format: ExportFormat, diagrams: MermaidDiagram[]): Promise<Uint8Array[]> {
    const theme = exportTheme(preview.documentUri);
    switch (format) {
        case 'svg':
            return (await preview.renderImages('svg', diagrams, theme)).map(image => utf8.encode(checkedSvg(image.data)));
        case 'png':
            return (await preview.renderImages('png', diagrams, theme)).map(image => checkedPng(image.data));
        case 'mermaid':
            return diagrams.map(diagram => utf8.encode(`${diagram.text.trimEnd()}\n`));
        case 'markdown':
        case 'html': {
            const document = preview.document;
            const service = preview.service;
            if (!document || !service) throw new Error(vscode.l10n.t('This file defines no service to export.'));
            const locale = svcLocale();
            // The measured performance section shows the performance view's charts, when the service has values to chart.
            const charts = hasMeasuredValues(service) ? preview.diagrams('performance') : [];
            const blueprintMermaid = diagrams.map(diagram => ({ title: diagram.title, text: diagram.text }));
            const performanceMermaid = charts.map(diagram => ({ title: diagram.title, text: diagram.text }));
            if (format === 'markdown') return [utf8.encode(markdownReport({ document, service, locale, blueprintMermaid, performanceMermaid }))];
            const images = (await preview.renderImages('svg', [...diagrams, ...charts], theme)).map(image => ({ title: image.title, svg: checkedSvg(image.data) }));
            const blueprintSvgs = images.slice(0, diagrams.length);
            const performanceSvgs = images.slice(diagrams.length);
            return [utf8.encode(htmlReport({ document, service, locale, blueprintSvgs, blueprintMermaid, performanceSvgs, performanceMermaid }))];
        }
    }
}

import { fileNamePart } from '#server/export/file-name-part.js';
import type { ExportFormat, PreviewView } from '#protocol/preview-messages.js';
import type { DocumentFormat } from './document-export.js';

/** Every format a `svc.export.<format>` command writes: the preview's, and the report documents. */
export type AnyExportFormat = ExportFormat | DocumentFormat;

/** Shared with the command line, which names its reports the same way. */
export { fileNamePart };

export const exportExtensions: Record<AnyExportFormat, string> = {
    svg: 'svg', png: 'png', mermaid: 'mmd', markdown: 'md', html: 'html', pdf: 'pdf', docx: 'docx'
};

/** Reports cover the whole service, whatever the preview shows: `report` stands where the view would. */
export const reportFormats: ReadonlySet<AnyExportFormat> = new Set(['markdown', 'html', 'pdf', 'docx']);

/** `loan-application.svc` → `loan-application`. */
export function specStem(specFileName: string): string {
    return specFileName.replace(/\.svc$/i, '') || specFileName;
}

/** The file name proposed beside the spec: `<spec>.<service>.<view>.<ext>` (reports: `<spec>.<service>.report.<ext>`). */
export function defaultExportFileName(specFileName: string, service: string, view: PreviewView, format: AnyExportFormat): string {
    const middle = reportFormats.has(format) ? 'report' : view;
    return `${fileNamePart(specStem(specFileName))}.${fileNamePart(service)}.${middle}.${exportExtensions[format]}`;
}

/** The chosen name with the format's extension: a dialog on some platforms returns what was typed. */
export function withExportExtension(fileName: string, format: AnyExportFormat): string {
    const extension = `.${exportExtensions[format]}`;
    return fileName.toLowerCase().endsWith(extension) ? fileName : `${fileName}${extension}`;
}

/**
 * One file per diagram when a view is split into several: `x.svg`, `x-2.svg`, `x-3.svg`…
 * (a large process, or the blueprint of every process of a service).
 */
export function numberedFileNames(fileName: string, count: number): string[] {
    const dot = fileName.lastIndexOf('.');
    const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
    const extension = dot > 0 ? fileName.slice(dot) : '';
    return Array.from({ length: Math.max(count, 1) }, (_, index) => index === 0 ? fileName : `${stem}-${index + 1}${extension}`);
}

import { join, relative, resolve } from 'node:path';
import { buildBlueprint } from '../blueprint/build-blueprint.js';
import { generateMermaid, type MermaidDiagram } from '../blueprint/mermaid/index.js';
import { fileNamePart } from '../export/file-name-part.js';
import type { Locale } from '#protocol/locale.js';
import { bundledFontFaces, fontOrigin } from '../render/bundled-fonts.js';
import type { HeadlessRenderer } from '../render/headless-renderer.js';
import { docxReport, drawReportDiagrams, hasMeasuredValues, htmlReport, markdownReport, pdfReportHtml, type ReportInput } from '../report/index.js';
import { commonFolder } from '../workspace/check-files.js';
import { loadWorkspace } from './load-workspace.js';
import { launch, launchIfAvailable } from './render-command.js';
import { writeOutput } from './output-file.js';
import { displayPath } from './to-cli-diagnostics.js';

export const reportFormats = ['html', 'md', 'pdf', 'docx'] as const;
export type ReportFormat = typeof reportFormats[number];

export interface ReportOptions {
    paths: string[];
    format: ReportFormat;
    outDir: string;
    chromium?: string;
    locale?: Locale;
    force: boolean;
}

/** `svc report`: a client report per service of every file, under OUT-DIR, mirroring the folders. */
export async function runReport(options: ReportOptions, write: (text: string) => void, warn: (text: string) => void): Promise<number> {
    const check = await loadWorkspace(options.paths, options.locale);
    const locale = check.services.i18n.Locale.current;
    const root = commonFolder(check.files.map(file => file.file));
    const renderer = await reportRenderer(options, warn);
    try {
        for (const file of check.files) {
            const document = buildBlueprint(file.document, check.services);
            if (document.services.length === 0) warn(`${displayPath(file.file, process.cwd())} defines no service; no report written for it`);
            for (const service of document.services) {
                const diagrams = generateMermaid(service, 'blueprint', { locale });
                // Charts only where the report shows measured values: the view's empty-state notes are for the spec's author.
                const charts = hasMeasuredValues(service) ? generateMermaid(service, 'performance', { locale }) : [];
                const folder = relative(root, file.file).replace(/\.svc$/, '');
                const path = join(options.outDir, folder, `${fileNamePart(service.name)}.${options.format}`);
                const input: ReportInput = { document, service, locale, blueprintMermaid: diagrams, performanceMermaid: charts };
                writeOutput(path, await reportFile(options.format, input, diagrams, charts, renderer), options.force);
                write(`${displayPath(file.file, process.cwd())} › ${service.name} → ${displayPath(resolve(path), process.cwd())}`);
            }
        }
    } finally {
        await renderer?.close();
    }
    return 0;
}

/** Markdown needs no browser; a PDF cannot be made without one; HTML and Word go on without pictures. */
async function reportRenderer(options: ReportOptions, warn: (text: string) => void): Promise<HeadlessRenderer | undefined> {
    switch (options.format) {
        case 'md': return undefined;
        case 'pdf': return launch(options.chromium);
        case 'html': return launchIfAvailable(options.chromium, warn, 'Reports are written without blueprint pictures and performance charts.');
        case 'docx': return launchIfAvailable(options.chromium, warn, 'Word reports are written without blueprint pictures and performance charts.');
    }
}

async function reportFile(format: ReportFormat, input: ReportInput, diagrams: MermaidDiagram[], charts: MermaidDiagram[], renderer: HeadlessRenderer | undefined): Promise<string | Uint8Array> {
    if (format === 'md') return markdownReport(input);
    const drawn = renderer ? await drawReportDiagrams(renderer, diagrams, charts, input.locale, format === 'docx') : {};
    switch (format) {
        case 'html':
            return htmlReport({ ...input, ...drawn });
        case 'pdf':
            return renderer!.printPdf(pdfReportHtml({ ...input, ...drawn }, { css: bundledFontFaces(), origin: fontOrigin }));
        case 'docx':
            return docxReport({ ...input, ...drawn });
    }
}

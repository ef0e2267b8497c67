import { dirname, extname, join, resolve } from 'node:path';
import { buildBlueprint } from '../blueprint/build-blueprint.js';
import type { BlueprintDocument, ServiceModel } from '#protocol/blueprint-schema.js';
import { generateMermaid, type BlueprintView, type MermaidDiagram } from '../blueprint/mermaid/index.js';
import { fileNamePart } from '../export/file-name-part.js';
import { stackSvgs } from '../export/stack-svgs.js';
import type { Locale } from '#protocol/locale.js';
import { ChromiumNotFoundError } from '../render/find-chromium.js';
import { RenderBundleNotFoundError } from '../render/render-bundle.js';
import { HeadlessRenderer } from '../render/headless-renderer.js';
import { hasMeasuredValues, htmlReport, markdownReport } from '../report/index.js';
import { requireSpecFile } from './find-spec-files.js';
import { loadWorkspace } from './load-workspace.js';
import { writeOutput } from './output-file.js';
import { displayPath } from './to-cli-diagnostics.js';
import { UsageError } from './usage-error.js';

export const renderFormats = ['mmd', 'svg', 'png', 'md', 'html'] as const;
export type RenderFormat = typeof renderFormats[number];

export interface RenderOptions {
    file: string;
    service?: string;
    view: BlueprintView;
    format: RenderFormat;
    output?: string;
    chromium?: string;
    locale?: Locale;
    force: boolean;
}

/** `svc render`: one service of one file as Mermaid, SVG, PNG, or a Markdown/HTML report. */
export async function runRender(options: RenderOptions, write: (text: string) => void, warn: (text: string) => void): Promise<number> {
    const file = resolve(options.file);
    if (extname(file) !== '.svc') throw new UsageError(`'svc render' takes one .svc file, not '${options.file}'`);
    requireSpecFile(options.file, options.locale ?? 'en');
    // The file's folder is its workspace, so library elements in sibling files resolve.
    // FILE comes first: a link to a sibling is then known by the name given.
    const check = await loadWorkspace([file, dirname(file)], options.locale);
    const locale = check.services.i18n.Locale.current;
    const checked = check.files.find(entry => entry.file === file)!;
    const document = buildBlueprint(checked.document, check.services);
    const service = pickService(document, options.service, displayPath(file, process.cwd()));
    const diagrams = generateMermaid(service, options.view, { locale });
    const base = options.output ?? join(dirname(file), `${fileNamePart(service.name)}.${options.view}`);

    switch (options.format) {
        case 'mmd':
            return emitText(diagrams.map(diagram => diagram.text).join('\n\n%% ----\n\n'), options, write, diagrams.length > 1
                ? () => diagrams.forEach((diagram, index) => writeOutput(numbered(options.output!, index, '.mmd'), `${diagram.text}\n`, options.force))
                : undefined);
        case 'md':
        case 'html': {
            // A report: the chosen view as its picture (the blueprint when that is the performance view), the charts in their own section.
            const picture = options.view === 'performance' ? generateMermaid(service, 'blueprint', { locale }) : diagrams;
            const charts = hasMeasuredValues(service) ? generateMermaid(service, 'performance', { locale }) : [];
            if (options.format === 'md') return emitText(markdownReport({ document, service, locale, blueprintMermaid: picture, performanceMermaid: charts }), options, write);
            const svgs = await renderOrWarn([...picture, ...charts], options, locale, warn);
            return emitText(htmlReport({
                document, service, locale, blueprintMermaid: picture, performanceMermaid: charts,
                blueprintSvgs: svgs?.slice(0, picture.length), performanceSvgs: charts.length > 0 ? svgs?.slice(picture.length) : undefined
            }), options, write);
        }
        case 'svg':
        case 'png': {
            const renderer = await launch(options.chromium);
            try {
                const svg = stackSvgs(await renderer.render(diagrams, { locale, theme: 'light' }));
                if (options.format === 'svg') return emitText(svg, options, write);
                const path = options.output ?? `${base}.png`;
                writeOutput(path, await renderer.renderPng(svg, { scale: 2 }), options.force);
                warn(`wrote ${path}`);
                return 0;
            } finally {
                await renderer.close();
            }
        }
    }
}

export function pickService(document: BlueprintDocument, name: string | undefined, path: string): ServiceModel {
    if (document.services.length === 0) throw new UsageError(`no service in '${path}'`);
    if (name === undefined) return document.services[0];
    const found = document.services.find(service => service.name === name);
    if (!found) throw new UsageError(`no service '${name}'; the file has ${document.services.map(service => service.name).join(', ')}`);
    return found;
}

/** Standard output, or `-o OUT` (several Mermaid diagrams: OUT-1.mmd, OUT-2.mmd, …). */
function emitText(text: string, options: RenderOptions, write: (text: string) => void, writeSeveral?: () => void): number {
    if (!options.output) write(text);
    else if (writeSeveral) writeSeveral();
    else writeOutput(options.output, `${text}\n`, options.force);
    return 0;
}

function numbered(path: string, index: number, extension: string): string {
    const stem = path.endsWith(extension) ? path.slice(0, -extension.length) : path;
    return `${stem}-${index + 1}${extension}`;
}

export async function launch(chromium: string | undefined): Promise<HeadlessRenderer> {
    try {
        return await HeadlessRenderer.launch({ chromiumPath: chromium });
    } catch (error) {
        if (error instanceof ChromiumNotFoundError || error instanceof RenderBundleNotFoundError) throw new UsageError(error.message);
        throw error;
    }
}

/** Reports need no browser: without Chromium, warn and go on without pictures (undefined). */
export async function launchIfAvailable(chromium: string | undefined, warn: (text: string) => void, consequence: string): Promise<HeadlessRenderer | undefined> {
    try {
        return await HeadlessRenderer.launch({ chromiumPath: chromium });
    } catch (error) {
        if (!(error instanceof ChromiumNotFoundError)) throw error;
        warn(`${error.message} ${consequence}`);
        return undefined;
    }
}

/** The HTML report's pictures, or undefined without Chromium (the report then shows the Mermaid source). */
async function renderOrWarn(diagrams: MermaidDiagram[], options: { chromium?: string }, locale: Locale, warn: (text: string) => void) {
    const renderer = await launchIfAvailable(options.chromium, warn, 'The report is written without the blueprint picture and performance charts.');
    if (!renderer) return undefined;
    try {
        return await renderer.render(diagrams, { locale, theme: 'light' });
    } finally {
        await renderer.close();
    }
}

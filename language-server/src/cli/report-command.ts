import { join, relative, resolve } from 'node:path';
import { buildBlueprint } from '../blueprint/build-blueprint.js';
import { generateMermaid } from '../blueprint/mermaid/index.js';
import type { Locale } from '../i18n/locale.js';
import { ChromiumNotFoundError } from '../render/find-chromium.js';
import { HeadlessRenderer } from '../render/headless-renderer.js';
import { htmlReport, markdownReport } from '../report/index.js';
import { loadWorkspace } from './load-workspace.js';
import { writeOutput } from './output-file.js';
import { displayPath } from './to-cli-diagnostics.js';

export interface ReportOptions {
    paths: string[];
    format: 'html' | 'md';
    outDir: string;
    chromium?: string;
    locale?: Locale;
    force: boolean;
}

/** `svc report`: a client report per service of every file, under OUT-DIR, mirroring the folders. */
export async function runReport(options: ReportOptions, write: (text: string) => void, warn: (text: string) => void): Promise<number> {
    const check = await loadWorkspace(options.paths, options.locale);
    const locale = check.services.i18n.Locale.current;
    const root = resolve(commonRoot(options.paths));
    let renderer: HeadlessRenderer | undefined;
    if (options.format === 'html') {
        try {
            renderer = await HeadlessRenderer.launch({ chromiumPath: options.chromium });
        } catch (error) {
            if (!(error instanceof ChromiumNotFoundError)) throw error;
            warn(`${error.message} Reports are written without blueprint pictures.`);
        }
    }
    try {
        for (const file of check.files) {
            const document = buildBlueprint(file.document, check.services);
            for (const service of document.services) {
                const diagrams = generateMermaid(service, 'blueprint', { locale });
                const folder = relative(root, file.file).replace(/\.svc$/, '');
                const path = join(options.outDir, folder, `${service.name}.${options.format}`);
                const report = options.format === 'md'
                    ? markdownReport({ document, service, locale, blueprintMermaid: diagrams })
                    : htmlReport({ document, service, locale, blueprintMermaid: diagrams, blueprintSvgs: await renderer?.render(diagrams, { locale, theme: 'light' }) });
                writeOutput(path, report, options.force);
                write(`${displayPath(file.file, process.cwd())} › ${service.name} → ${displayPath(resolve(path), process.cwd())}`);
            }
        }
    } finally {
        await renderer?.close();
    }
    return 0;
}

/** The folder the paths share, so reports mirror the specs' folders below it. */
function commonRoot(paths: readonly string[]): string {
    const absolute = paths.map(path => resolve(path));
    let root = absolute[0];
    while (!absolute.every(path => path === root || path.startsWith(`${root}/`))) root = resolve(root, '..');
    return absolute.length === 1 && absolute[0].endsWith('.svc') ? resolve(root, '..') : root;
}

import { join, relative, resolve } from 'node:path';
import { buildBlueprint } from '../blueprint/build-blueprint.js';
import { generateMermaid } from '../blueprint/mermaid/index.js';
import { fileNamePart } from '../export/file-name-part.js';
import type { Locale } from '#protocol/locale.js';
import { hasMeasuredValues, htmlReport, markdownReport } from '../report/index.js';
import { commonFolder } from '../workspace/check-files.js';
import { loadWorkspace } from './load-workspace.js';
import { launchIfAvailable } from './render-command.js';
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
    const root = commonFolder(check.files.map(file => file.file));
    const renderer = options.format === 'html'
        ? await launchIfAvailable(options.chromium, warn, 'Reports are written without blueprint pictures and performance charts.')
        : undefined;
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
                const report = options.format === 'md'
                    ? markdownReport({ document, service, locale, blueprintMermaid: diagrams, performanceMermaid: charts })
                    : htmlReport({
                        document, service, locale, blueprintMermaid: diagrams, performanceMermaid: charts,
                        blueprintSvgs: await renderer?.render(diagrams, { locale, theme: 'light' }),
                        performanceSvgs: charts.length > 0 ? await renderer?.render(charts, { locale, theme: 'light' }) : undefined
                    });
                writeOutput(path, report, options.force);
                write(`${displayPath(file.file, process.cwd())} › ${service.name} → ${displayPath(resolve(path), process.cwd())}`);
            }
        }
    } finally {
        await renderer?.close();
    }
    return 0;
}

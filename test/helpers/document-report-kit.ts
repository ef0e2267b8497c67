import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BlueprintDocument, ServiceModel } from '#protocol/blueprint-schema.js';
import type { Locale } from '#protocol/locale.js';
import { generateMermaid } from '../../language-server/src/blueprint/mermaid/index.js';
import type { HeadlessRenderer } from '../../language-server/src/render/headless-renderer.js';
import { drawReportDiagrams, hasMeasuredValues, type ReportInput } from '../../language-server/src/report/index.js';
import { hostileTexts } from './mermaid-kit.js';
import { examplesRoot, fixedDate, modelsOf } from './report-kit.js';

/** Test support for the PDF and Word reports: their input drawn in a real Chromium as `svc report` draws it, and what they must hold. */

/** Two examples: a Chinese one with measured data (hospitality) and one without (government). */
export const documentExamples = ['hospitality/room-service.svc', 'government/business-license.svc'];

export async function exampleService(example: string): Promise<{ document: BlueprintDocument; service: ServiceModel }> {
    const [model] = await modelsOf([join(examplesRoot, example)]);
    return model;
}

/** The report input with the blueprint and charts drawn: SVG, and PNG pictures when `pictures`. */
export async function drawnInput(renderer: HeadlessRenderer, model: { document: BlueprintDocument; service: ServiceModel }, locale: Locale, pictures: boolean): Promise<ReportInput> {
    const diagrams = generateMermaid(model.service, 'blueprint', { locale });
    const charts = hasMeasuredValues(model.service) ? generateMermaid(model.service, 'performance', { locale }) : [];
    const drawn = await drawReportDiagrams(renderer, diagrams, charts, locale, pictures);
    return { ...model, locale, generatedAt: fixedDate, blueprintMermaid: diagrams, performanceMermaid: charts, ...drawn };
}

/** Every standard, KPI and step of a service, named as the report's tables name them. */
export function namesToFind(service: ServiceModel) {
    return {
        standards: service.standards.map(standard => standard.name),
        standardTitles: service.standards.flatMap(standard => standard.title ? [standard.title] : []),
        kpis: service.kpis.map(kpi => kpi.name),
        kpiTitles: service.kpis.flatMap(kpi => kpi.title ? [kpi.title] : []),
        steps: service.processes.flatMap(process => process.steps.map(step => step.title ?? step.name))
    };
}

/** A service with one standard, KPI and step per hostile text, each of them titled with it. */
export async function hostileService(): Promise<{ document: BlueprintDocument; service: ServiceModel }> {
    const indexes = hostileTexts.map((_, index) => index);
    const spec = `service Hostile "Hostile" {
  actor Guest "Guest" customer
  actor Clerk "Clerk" frontstage
${indexes.map(index => `  standard S${index} "s" { dimension responsiveness kind hard target <= 5 min method observation frequency daily owner Clerk }`).join('\n')}
${indexes.map(index => `  kpi K${index} "k" { measures S${index} formula "a" unit min direction lower target 4 warning 6 period daily source "x" owner Clerk }`).join('\n')}
  process Flow "Flow" {
${indexes.map(index => `    step T${index} "t" by ${index % 2 === 0 ? 'Guest' : 'Clerk'} { standard S${index} next ${index + 1 < indexes.length ? `T${index + 1}` : 'end'} }`).join('\n')}
  }
}
`;
    const folder = mkdtempSync(join(tmpdir(), 'svc-hostile-report-'));
    writeFileSync(join(folder, 'hostile.svc'), spec);
    const [model] = await modelsOf([join(folder, 'hostile.svc')]).finally(() => rmSync(folder, { recursive: true, force: true }));
    hostileTexts.forEach((text, index) => {
        model.service.standards[index].title = text;
        model.service.kpis[index].title = text;
        model.service.processes[0].steps[index].title = text;
    });
    return model;
}

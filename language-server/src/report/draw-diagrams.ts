import type { MermaidDiagram } from '../blueprint/mermaid/index.js';
import type { Locale } from '#protocol/locale.js';
import type { HeadlessRenderer } from '../render/headless-renderer.js';
import { diagramPicture, printScale } from './diagram-picture.js';
import type { ReportInput } from './report-input.js';

type DrawnDiagrams = Pick<ReportInput, 'blueprintSvgs' | 'performanceSvgs' | 'blueprintPictures' | 'performancePictures'>;

/**
 * The report's blueprint and charts drawn in headless Chromium, light: as SVG
 * (HTML, PDF) and, for `pictures`, as PNG at print resolution too (Word).
 */
export async function drawReportDiagrams(
    renderer: HeadlessRenderer, diagrams: readonly MermaidDiagram[], charts: readonly MermaidDiagram[], locale: Locale, pictures: boolean
): Promise<DrawnDiagrams> {
    const blueprintSvgs = await renderer.render(diagrams, { locale, theme: 'light' });
    const performanceSvgs = charts.length > 0 ? await renderer.render(charts, { locale, theme: 'light' }) : undefined;
    if (!pictures) return { blueprintSvgs, performanceSvgs };
    const drawn = (svgs: ReadonlyArray<{ title: string; svg: string }>) => Promise.all(svgs.map(async ({ title, svg }) => {
        const scale = printScale(svg);
        return diagramPicture(title, await renderer.renderPng(svg, { scale }), scale);
    }));
    return { blueprintSvgs, performanceSvgs, blueprintPictures: await drawn(blueprintSvgs), performancePictures: performanceSvgs && await drawn(performanceSvgs) };
}

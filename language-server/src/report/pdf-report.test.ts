import { describe, expect, test } from 'vitest';
import { locales } from '#protocol/locale.js';
import { rendererForFile } from '../../../test/render/render-harness.js';
import { documentExamples, drawnInput, exampleService, hostileService, namesToFind } from '../../../test/helpers/document-report-kit.js';
import { hostileTexts } from '../../../test/helpers/mermaid-kit.js';
import { printedForm, readPdf, type PdfPage } from '../../../test/helpers/pdf-reader.js';
import { bundledFontFaces, fontOrigin } from '../render/bundled-fonts.js';
import { findChromium, findInstalledChromium } from '../render/find-chromium.js';
import { PrintToPdfError, printToPdf } from '../render/print-to-pdf.js';
import { pdfReportHtml, type ReportInput } from './index.js';
import { reportLabels } from './report-labels.js';

const chromium = rendererForFile();

/*
 * The PDF report of real examples, printed by Chromium as `svc report --format pdf`
 * prints it, read back with pdf.js: A4 pages, page numbers, every name and title.
 */

async function printed(input: ReportInput): Promise<{ pdf: Buffer; pages: PdfPage[] }> {
    const pdf = await chromium.renderer.printPdf(pdfReportHtml(input, { css: bundledFontFaces(), origin: fontOrigin }));
    return { pdf, pages: await readPdf(pdf) };
}

/** The pages from the one whose text holds `from` up to the one before the page that holds `to`. */
function pagesBetween(pages: PdfPage[], from: string, to: string): string {
    const start = pages.findIndex(page => printedForm(page.text).includes(printedForm(from)));
    const end = pages.findIndex(page => printedForm(page.text).includes(printedForm(to)));
    expect(start, from).toBeGreaterThanOrEqual(0);
    expect(end, to).toBeGreaterThan(start);
    return printedForm(pages.slice(start, end).map(page => page.text).join(''));
}

describe.each(locales)('%s', locale => {
    const labels = reportLabels[locale];
    const numbered = (page: number, pages: number) => printedForm(`${labels.pageNumber.before}${page}${labels.pageNumber.of}${pages}${labels.pageNumber.after}`);

    test.each(documentExamples)('%s: A4 pages numbered, every standard, KPI and step title, the blueprint on landscape pages', async example => {
        const model = await exampleService(example);
        const { pdf, pages } = await printed(await drawnInput(chromium.renderer, model, locale, false));
        const names = namesToFind(model.service);

        expect(pages.length).toBeGreaterThanOrEqual(5);
        pages.forEach((page, index) => {
            // A4 is 595.28 × 841.89 pt; Chromium rounds it to whole CSS pixels (594.96 × 841.92).
            const size = [Math.round(page.width), Math.round(page.height)].sort((a, b) => a - b);
            expect(size).toEqual([595, 842]);
            expect(printedForm(page.text)).toContain(numbered(index + 1, pages.length));
        });
        const all = printedForm(pages.map(page => page.text).join(''));
        for (const text of [...names.standards, ...names.standardTitles, ...names.kpis, ...names.kpiTitles]) expect(all, text).toContain(printedForm(text));

        const blueprint = pagesBetween(pages, `2. ${labels.headings.blueprint}`, `3. ${labels.headings.standards}`);
        for (const step of names.steps) expect(blueprint, step).toContain(printedForm(step));
        const blueprintPages = pages.filter(page => printedForm(page.text).includes(printedForm(names.steps[0])) && page.width > page.height);
        expect(blueprintPages.length).toBeGreaterThan(0);
        // Chinese in the bundled Noto Sans SC, whatever the machine has.
        expect(pdf.toString('latin1')).toMatch(/\/FontName\s*\/[A-Z]{6}\+NotoSansSC/);
    }, 120_000);

    test('hostile titles come out literally', async () => {
        const model = await hostileService();
        const { pages } = await printed(await drawnInput(chromium.renderer, model, locale, false));
        const standards = pagesBetween(pages, `3. ${labels.headings.standards}`, `4. ${labels.headings.kpis}`);
        const blueprint = pagesBetween(pages, `2. ${labels.headings.blueprint}`, `3. ${labels.headings.standards}`);
        hostileTexts.forEach((text, index) => {
            expect(standards, text).toContain(printedForm(text));
            expect(blueprint, text).toContain(printedForm(labels.titled(text, `T${index}`)));
        });
    }, 120_000);
});

// The editor extension prints without Playwright or the bundled fonts: the browser's --print-to-pdf and the machine's fonts.
// Its text is checked in English labels: a system Noto Sans CJK maps a few ideographs' glyphs back to radicals in the
// PDF's text layer (页 reads back as ⻚), which the bundled Noto Sans SC of `svc report` does not.
// The editor prints only with an installed browser (Chromium, Chrome, Edge or SVC_CHROMIUM). A machine with none
// (a fresh machine) has only the bundled Chromium, whose headless-only build never finishes --print-to-pdf: there the
// test checks that printing stops with a clear error instead of hanging the export.
const installedBrowser = findInstalledChromium();
test(installedBrowser
    ? 'printed by --print-to-pdf as the editor extension prints: A4, numbered, every standard and KPI name'
    : 'a browser that never finishes --print-to-pdf is stopped with a clear error (no installed browser here)', async () => {
    const model = await exampleService(documentExamples[0]);
    const input = await drawnInput(chromium.renderer, model, 'en', false);
    if (!installedBrowser) {
        const printing = printToPdf(await findChromium(), pdfReportHtml(input), 15_000);
        await expect(printing).rejects.toThrow(PrintToPdfError);
        await expect(printing).rejects.toThrow(/no PDF after 15 s/);
        return;
    }
    const pages = await readPdf(await printToPdf(installedBrowser, pdfReportHtml(input)));
    pages.forEach((page, index) => {
        expect([Math.round(page.width), Math.round(page.height)].sort((a, b) => a - b)).toEqual([595, 842]);
        expect(printedForm(page.text)).toContain(printedForm(`Page ${index + 1} of ${pages.length}`));
    });
    const names = namesToFind(model.service);
    const all = printedForm(pages.map(page => page.text).join(''));
    for (const name of [...names.standards, ...names.kpis]) expect(all, name).toContain(name);
    expect(pages.some(page => page.width > page.height)).toBe(true);
}, 120_000);

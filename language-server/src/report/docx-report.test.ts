import { describe, expect, test } from 'vitest';
import { locales } from '#protocol/locale.js';
import { rendererForFile } from '../../../test/render/render-harness.js';
import { readDocx, type DocxContents } from '../../../test/helpers/docx-reader.js';
import { documentExamples, drawnInput, exampleService, hostileService, namesToFind } from '../../../test/helpers/document-report-kit.js';
import { hostileTexts } from '../../../test/helpers/mermaid-kit.js';
import { docxReport } from './index.js';
import { reportLabels } from './report-labels.js';

const chromium = rendererForFile();

/*
 * The Word report of real examples, drawn as `svc report --format docx` draws
 * it, read back from its XML: headings, real tables, the blueprint picture.
 */

/** The rows of the first table with these column headings. */
function tableRows(contents: DocxContents, columns: readonly string[]): string[][] {
    const table = contents.tables.find(rows => rows[0]?.join('\t') === columns.join('\t'));
    expect(table, `a table headed ${columns.join(', ')}`).toBeDefined();
    return table!.slice(1);
}

const lines = (text: string) => text.replace(/\r\n|\r/g, '\n');

describe.each(locales)('%s', locale => {
    const labels = reportLabels[locale];

    test.each(documentExamples)('%s: headings, tables of standards and KPIs, every step title, the blueprint picture', async example => {
        const model = await exampleService(example);
        const contents = readDocx(await docxReport(await drawnInput(chromium.renderer, model, locale, true)));
        const names = namesToFind(model.service);

        expect(contents.paragraphs.filter(paragraph => paragraph.style === 'Title').map(paragraph => paragraph.text)).toHaveLength(1);
        const headings = contents.paragraphs.filter(paragraph => paragraph.style === 'Heading1').map(paragraph => paragraph.text.replace(/^\d+\. /, ''));
        for (const heading of [labels.headings.summary, labels.headings.blueprint, labels.headings.standards, labels.headings.kpis, labels.headings.capacity]) {
            expect(headings).toContain(heading);
        }
        // Each process's step table has a level-2 heading: Word's navigation pane lists it under the blueprint.
        for (const process of model.service.processes) {
            expect(contents.paragraphs.some(paragraph => paragraph.style === 'Heading2' && paragraph.text.includes(process.title ?? process.name))).toBe(true);
        }
        expect(contents.xml.match(/<w:tbl>/g)!.length).toBeGreaterThanOrEqual(4);

        expect(tableRows(contents, labels.standardColumns).map(row => row[0]).sort()).toEqual([...names.standards].sort());
        expect(tableRows(contents, labels.kpiColumns).map(row => row[0]).sort()).toEqual([...names.kpis].sort());
        for (const title of [...names.standardTitles, ...names.kpiTitles]) expect(contents.allText).toContain(title);
        const stepTables = contents.tables.filter(rows => rows[0]?.join('\t') === labels.stepColumns.join('\t'));
        expect(stepTables).toHaveLength(model.service.processes.length);
        const stepTexts = stepTables.flatMap(rows => rows.slice(1).map(row => row[1]));
        for (const step of names.steps) expect(stepTexts.some(text => text.startsWith(step)), step).toBe(true);
        expect(tableRows(contents, labels.capacityColumns).length).toBe(model.service.capacities.length);

        // The blueprint at print resolution: at least 2000 px across, as the PNG of a light drawing.
        const blueprintPictures = contents.pictures.slice(0, model.service.processes.length);
        expect(contents.pictures.length).toBeGreaterThanOrEqual(model.service.processes.length);
        for (const picture of blueprintPictures) {
            expect(picture.width).toBeGreaterThanOrEqual(2000);
            expect(picture.height).toBeGreaterThan(200);
        }
        // A4: portrait pages, and the blueprint's landscape pages.
        expect(contents.pageSizes).toContainEqual({ width: 11906, height: 16838 });
        expect(contents.pageSizes).toContainEqual({ width: 16838, height: 11906 });
        for (const footer of contents.footers) expect(footer).toMatch(/PAGE[\s\S]*NUMPAGES/);
        // Chinese text in a font that has it: the East Asian font is set document-wide.
        expect(contents.styles).toContain('w:eastAsia="Microsoft YaHei"');
    }, 120_000);

    test('hostile titles come out literally, line breaks as line breaks', async () => {
        const model = await hostileService();
        const contents = readDocx(await docxReport(await drawnInput(chromium.renderer, model, locale, true)));
        const standardRows = tableRows(contents, labels.standardColumns);
        const kpiRows = tableRows(contents, labels.kpiColumns);
        const stepRows = tableRows(contents, labels.stepColumns);
        hostileTexts.forEach((text, index) => {
            expect(standardRows[index][1]).toBe(lines(text));
            expect(kpiRows[index][1]).toBe(lines(text));
            expect(stepRows[index][1]).toBe(labels.titled(lines(text), `T${index}`));
        });
        expect(contents.xml).not.toContain('<script');
        expect(contents.xml).not.toContain('<img');
    }, 120_000);
});

import {
    AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, PageOrientation, Paragraph, TextRun,
    type FileChild, type ISectionOptions
} from 'docx';
import type { Block, ReportContent, Section } from './report-content.js';
import { reportLabels, type ReportLabels } from './report-labels.js';
import { docxFacts, docxParagraph, docxTable } from './docx-tables.js';
import { docxPictures, type PictureBox } from './docx-pictures.js';
import { textRuns, xmlSafe } from './docx-text.js';

/**
 * Word's East Asian font. A docx names one font per script and has no CSS-like
 * fallback list: Microsoft YaHei is on every Windows since Vista and comes with
 * Office for Mac, and LibreOffice replaces it with the machine's CJK sans
 * (Noto Sans CJK) — the HTML and PDF reports' Noto Sans SC, in effect.
 */
const eastAsianFont = 'Microsoft YaHei';
const latinFont = 'Calibri';

/** A4 in twips, 20 mm margins. */
const a4 = { short: 11906, long: 16838, margin: 1134 };
const twipsPerPixel = 15;

interface PageShape {
    orientation: (typeof PageOrientation)[keyof typeof PageOrientation];
    /** Text width in twips. */
    textWidth: number;
    /** Room for a diagram under its heading, in pixels. */
    pictureBox: PictureBox;
}

const portrait: PageShape = {
    orientation: PageOrientation.PORTRAIT,
    textWidth: a4.short - 2 * a4.margin,
    pictureBox: { width: Math.floor((a4.short - 2 * a4.margin) / twipsPerPixel), height: 820 }
};
/** The blueprint's pages: its diagrams are wide, and its step table has ten columns. */
const landscape: PageShape = {
    orientation: PageOrientation.LANDSCAPE,
    textWidth: a4.long - 2 * a4.margin,
    pictureBox: { width: Math.floor((a4.long - 2 * a4.margin) / twipsPerPixel), height: 520 }
};

/**
 * The report as a Word document (.docx), drawn from the same content as the
 * HTML and Markdown reports: headings that make Word's navigation pane, real
 * tables, the rendered diagrams as pictures, page numbers in the footer, the
 * blueprint on landscape pages.
 */
export async function renderDocx(content: ReportContent): Promise<Uint8Array> {
    const labels = reportLabels[content.locale];
    const numbered = content.sections.map((section, index) => ({ section, number: index + 1 }));
    const groups: Array<{ shape: PageShape; children: FileChild[] }> = [];
    for (const { section, number } of numbered) {
        const shape = section.id === 'blueprint' ? landscape : portrait;
        const last = groups[groups.length - 1];
        // A change of orientation starts a Word section, which starts a page itself.
        const group = last && last.shape === shape ? last : (groups.push({ shape, children: [] }), groups[groups.length - 1]);
        group.children.push(...sectionChildren(section, number, shape, labels, group.children.length > 0));
    }
    groups[0]?.children.unshift(
        new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(content.title) }),
        new Paragraph({ children: textRuns(content.subtitle, { color: '5F6B7A' }) })
    );
    const document = new Document({
        title: xmlSafe(content.title),
        description: xmlSafe(content.subtitle),
        creator: 'svc',
        styles: documentStyles(content.locale),
        sections: groups.map(group => pageSection(group.shape, group.children, labels))
    });
    return new Uint8Array(await Packer.toArrayBuffer(document));
}

function sectionChildren(section: Section, number: number, shape: PageShape, labels: ReportLabels, pageBreak: boolean): FileChild[] {
    return [
        new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: pageBreak && section.pageBreak, keepNext: true, children: textRuns(`${number}. ${section.heading}`) }),
        ...section.blocks.flatMap(block => blockChildren(block, shape, labels))
    ];
}

function blockChildren(block: Block, shape: PageShape, labels: ReportLabels): FileChild[] {
    switch (block.kind) {
        case 'paragraph':
            return [docxParagraph(block.text, block.tone)];
        case 'facts':
            return docxFacts(block.facts, labels.colon);
        case 'table':
            return [
                ...block.caption ? [new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: textRuns(block.caption) })] : [],
                docxTable(block.columns, block.rows, shape.textWidth),
                // Word joins two tables that touch; an empty paragraph keeps them apart.
                new Paragraph({})
            ];
        case 'diagrams':
            return docxPictures(block.sources, shape.pictureBox);
    }
}

function pageSection(shape: PageShape, children: FileChild[], labels: ReportLabels): ISectionOptions {
    const { before, of, after } = labels.pageNumber;
    return {
        properties: {
            page: {
                // The docx package swaps width and height for a landscape page itself.
                size: { width: a4.short, height: a4.long, orientation: shape.orientation },
                margin: { top: a4.margin, bottom: a4.margin, left: a4.margin, right: a4.margin }
            }
        },
        footers: {
            default: new Footer({
                children: [new Paragraph({
                    alignment: AlignmentType.CENTER,
                    children: [new TextRun({ size: 18, color: '5F6B7A', children: [before, PageNumber.CURRENT, of, PageNumber.TOTAL_PAGES, after] })]
                })]
            })
        },
        children
    };
}

function documentStyles(locale: ReportContent['locale']) {
    const heading = (size: number, color: string, outlineLevel: number) => ({
        run: { size, bold: true, color, font: { ascii: latinFont, hAnsi: latinFont, eastAsia: eastAsianFont } },
        paragraph: { spacing: { before: 240, after: 120 }, outlineLevel }
    });
    return {
        default: {
            document: {
                run: {
                    size: 21,
                    font: { ascii: latinFont, hAnsi: latinFont, cs: latinFont, eastAsia: eastAsianFont },
                    language: { value: locale === 'zh-CN' ? 'zh-CN' : 'en-US', eastAsia: 'zh-CN' }
                },
                paragraph: { spacing: { after: 80 } }
            },
            title: { run: { size: 40, bold: true, color: '1F2933' }, paragraph: { spacing: { after: 120 } } },
            heading1: heading(30, '1D5FA8', 0),
            heading2: heading(23, '1F2933', 1),
            heading3: heading(21, '1F2933', 2)
        }
    };
}

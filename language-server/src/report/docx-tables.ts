import { BorderStyle, Paragraph, ShadingType, Table, TableCell, TableRow, WidthType } from 'docx';
import type { Cell, Fact, Tone } from './report-content.js';
import { cellText } from './report-content.js';
import { textRuns } from './docx-text.js';

/** The HTML report's colours (report-style.ts), as Word wants them. */
const toneColours: Record<Tone, string> = { good: '1E7A46', bad: 'B42318' };
const rule = { style: BorderStyle.SINGLE, size: 4, color: 'D5DBE3' };
const headerShading = { type: ShadingType.CLEAR, color: 'auto', fill: 'F3F6F9' };
/** Table text is a point smaller than the body, as in the HTML report's print style (half-points). */
const cellSize = 18;

/**
 * A real Word table: a header row that repeats on every page, thin rules,
 * columns sharing the text width evenly (LibreOffice ignores a width given only
 * as a percentage), rows that do not split across pages.
 */
export function docxTable(columns: readonly string[], rows: readonly Cell[][], textWidth: number): Table {
    const columnWidth = Math.floor(textWidth / Math.max(columns.length, 1));
    const cell = (children: Paragraph[], header: boolean) => new TableCell({
        children,
        width: { size: columnWidth, type: WidthType.DXA },
        shading: header ? headerShading : undefined,
        margins: { top: 40, bottom: 40, left: 80, right: 80 }
    });
    return new Table({
        width: { size: columnWidth * columns.length, type: WidthType.DXA },
        columnWidths: columns.map(() => columnWidth),
        borders: { top: rule, bottom: rule, left: rule, right: rule, insideHorizontal: rule, insideVertical: rule },
        rows: [
            new TableRow({
                tableHeader: true,
                cantSplit: true,
                children: columns.map(column => cell([new Paragraph({ children: textRuns(column, { bold: true, size: cellSize }) })], true))
            }),
            ...rows.map(row => new TableRow({ cantSplit: true, children: row.map(value => cell([cellParagraph(value)], false)) }))
        ]
    });
}

function cellParagraph(value: Cell): Paragraph {
    const tone = typeof value === 'string' ? undefined : value.tone;
    return new Paragraph({ children: textRuns(cellText(value), { size: cellSize, ...tone ? { bold: true, color: toneColours[tone] } : {} }) });
}

/** Label–value pairs, one paragraph each: the label bold, as the HTML report's definition list. */
export function docxFacts(facts: readonly Fact[], colon: string): Paragraph[] {
    return facts.map(fact => new Paragraph({ children: [...textRuns(`${fact.label}${colon}`, { bold: true, color: '5F6B7A' }), ...textRuns(fact.value)] }));
}

/** A paragraph of the report, red and bold when it tells of a problem. */
export function docxParagraph(text: string, tone?: Tone): Paragraph {
    return new Paragraph({ children: textRuns(text, tone ? { bold: true, color: toneColours[tone] } : {}) });
}

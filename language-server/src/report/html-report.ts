import type { Block, Cell, DiagramSources, ReportContent, Section } from './report-content.js';
import { cellText } from './report-content.js';
import { htmlLines, htmlText } from './html-escape.js';
import { reportStyle } from './report-style.js';
import { inlineableSvg } from './svg-guard.js';

/** No script, nothing fetched: styles inline, images only as data (the blueprints are inline SVG). */
const contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** What the PDF report adds to the HTML page it prints. */
export interface HtmlPageOptions {
    /** CSS after the report's own: the print style and its font faces. */
    extraStyle?: string;
    /** The one origin fonts may load from (CSP font-src); none otherwise. */
    fontOrigin?: string;
}

/** One self-contained HTML file; every text of the content is escaped, the only markup passed through is the blueprint SVGs. */
export function renderHtml(content: ReportContent, page: HtmlPageOptions = {}): string {
    const policy = page.fontOrigin ? `${contentSecurityPolicy}; font-src ${page.fontOrigin}` : contentSecurityPolicy;
    return [
        '<!DOCTYPE html>',
        `<html lang="${htmlText(content.locale)}">`,
        '<head>',
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${htmlText(content.title)}</title>`,
        `<style>${reportStyle}${page.extraStyle ?? ''}</style>`,
        '</head>',
        '<body>',
        `<header><h1>${htmlText(content.title)}</h1><p class="subtitle">${htmlText(content.subtitle)}</p></header>`,
        '<main>',
        ...content.sections.map(sectionHtml),
        '</main>',
        '</body>',
        '</html>',
        ''
    ].join('\n');
}

function sectionHtml(section: Section, index: number): string {
    return [
        `<section id="${htmlText(section.id)}"${section.pageBreak ? ' class="page-break"' : ''}>`,
        `<h2>${index + 1}. ${htmlText(section.heading)}</h2>`,
        ...section.blocks.map(blockHtml),
        '</section>'
    ].join('\n');
}

function blockHtml(block: Block): string {
    switch (block.kind) {
        case 'paragraph':
            return `<p${block.tone ? ` class="${block.tone}"` : ''}>${htmlLines(block.text)}</p>`;
        case 'facts':
            return `<dl class="facts">${block.facts.map(fact => `<dt>${htmlText(fact.label)}</dt><dd>${htmlLines(fact.value)}</dd>`).join('')}</dl>`;
        case 'table':
            return tableHtml(block.caption, block.columns, block.rows);
        case 'diagrams':
            return diagramsHtml(block.sources);
    }
}

function tableHtml(caption: string | undefined, columns: string[], rows: Cell[][]): string {
    return [
        '<table>',
        ...(caption ? [`<caption>${htmlText(caption)}</caption>`] : []),
        `<thead><tr>${columns.map(column => `<th scope="col">${htmlText(column)}</th>`).join('')}</tr></thead>`,
        '<tbody>',
        ...rows.map(row => `<tr>${row.map(cellHtml).join('')}</tr>`),
        '</tbody>',
        '</table>'
    ].join('\n');
}

function cellHtml(cell: Cell): string {
    const tone = typeof cell === 'string' ? undefined : cell.tone;
    return `<td${tone ? ` class="${tone}"` : ''}>${htmlLines(cellText(cell))}</td>`;
}

/** The rendered SVGs, inline; Mermaid sources and image files cannot show in a self-contained page without script. */
function diagramsHtml(sources: DiagramSources): string {
    const figures = sources.svgs.flatMap(diagram => {
        const svg = inlineableSvg(diagram.svg);
        return svg ? [`<figure><figcaption>${htmlText(diagram.title)}</figcaption>\n${svg}\n</figure>`] : [];
    });
    return figures.length > 0 ? figures.join('\n') : `<p>${htmlText(sources.missing)}</p>`;
}

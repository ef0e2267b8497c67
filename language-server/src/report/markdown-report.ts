import type { Block, Cell, DiagramSources, ReportContent } from './report-content.js';
import { cellText } from './report-content.js';
import { reportLabels } from './report-labels.js';
import { codeFence, markdownPath, markdownText } from './markdown-escape.js';

/** The report as GitHub-flavoured Markdown; every text of the content is escaped. */
export function renderMarkdown(content: ReportContent): string {
    const colon = reportLabels[content.locale].colon;
    const parts: string[] = [`# ${markdownText(content.title)}`, markdownText(content.subtitle)];
    content.sections.forEach((section, index) => {
        parts.push(`## ${index + 1}. ${markdownText(section.heading)}`);
        for (const block of section.blocks) parts.push(...blockMarkdown(block, colon));
    });
    return parts.join('\n\n') + '\n';
}

function blockMarkdown(block: Block, colon: string): string[] {
    switch (block.kind) {
        case 'paragraph':
            return [block.tone === 'bad' ? `**${markdownText(block.text)}**` : markdownText(block.text)];
        case 'facts':
            // `**label**：` keeps the colon outside the emphasis: CommonMark does not close `**` between a full-width colon and a CJK letter.
            return [block.facts.map(fact => `- **${markdownText(fact.label)}**${colon}${markdownText(fact.value)}`).join('\n')];
        case 'table':
            return [...(block.caption ? [`### ${markdownText(block.caption)}`] : []), tableMarkdown(block.columns, block.rows)];
        case 'diagrams':
            return diagramsMarkdown(block.sources);
    }
}

function tableMarkdown(columns: string[], rows: Cell[][]): string {
    const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
    return [
        line(columns.map(markdownText)),
        line(columns.map(() => '---')),
        ...rows.map(row => line(row.map(cellMarkdown)))
    ].join('\n');
}

function cellMarkdown(cell: Cell): string {
    const text = markdownText(cellText(cell));
    return typeof cell !== 'string' && cell.tone === 'bad' ? `**${text}**` : text;
}

/** Exported images when there are any, else the Mermaid sources, which Markdown viewers draw. */
function diagramsMarkdown(sources: DiagramSources): string[] {
    if (sources.images.length > 0) {
        return sources.images.flatMap(image => [`### ${markdownText(image.title)}`, `![${markdownText(image.title)}](${markdownPath(image.path)})`]);
    }
    if (sources.mermaid.length > 0) {
        return sources.mermaid.flatMap(diagram => {
            const fence = codeFence(diagram.text);
            return [`### ${markdownText(diagram.title)}`, `${fence}mermaid\n${diagram.text.replace(/\s+$/, '')}\n${fence}`];
        });
    }
    return [markdownText(sources.missing)];
}

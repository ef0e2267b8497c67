import { diagramFontFamily } from '../render/browser/diagram-fonts.js';
import { htmlText } from '../report/html-escape.js';

/** The diagrams' fonts, Chinese ones included, for programs that have none of the bundled ones. */
const titleFontFamily = diagramFontFamily.replaceAll('"', "'");

/**
 * Several rendered diagrams (a process split by stage, or several processes)
 * as one SVG document: each under its title, one below the other.
 */
export function stackSvgs(diagrams: ReadonlyArray<{ title: string; svg: string }>): string {
    if (diagrams.length === 1) return diagrams[0].svg;
    const titleHeight = 28;
    const gap = 24;
    let y = 0;
    let width = 0;
    const parts: string[] = [];
    for (const { title, svg } of diagrams) {
        const { width: w, height: h } = sizeOf(svg);
        parts.push(`<text x="0" y="${y + 20}" font-family="${titleFontFamily}" font-size="16" font-weight="bold">${htmlText(title)}</text>`);
        y += titleHeight;
        parts.push(svg.replace(/^<svg\b([^>]*)>/, (_, attributes: string) =>
            `<svg${attributes.replace(/\s(width|height|x|y)="[^"]*"/g, '')} x="0" y="${y}" width="${w}" height="${h}">`));
        y += h + gap;
        width = Math.max(width, w);
    }
    const height = y - gap;
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
}

/** Width and height from the viewBox Mermaid writes. */
function sizeOf(svg: string): { width: number; height: number } {
    const viewBox = /viewBox="([-\d.]+)[\s,]+([-\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)"/.exec(svg);
    return viewBox ? { width: Math.ceil(Number(viewBox[3])), height: Math.ceil(Number(viewBox[4])) } : { width: 800, height: 600 };
}

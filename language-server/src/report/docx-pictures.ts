import { HeadingLevel, ImageRun, Paragraph } from 'docx';
import type { DiagramSources } from './report-content.js';
import { docxParagraph } from './docx-tables.js';
import { textRuns, xmlSafe } from './docx-text.js';

/** Room for a picture on the page, in pixels at 96 to the inch (what the docx package measures pictures in). */
export interface PictureBox {
    width: number;
    height: number;
}

/**
 * Each rendered diagram as a picture under its title (a level-3 heading, so
 * it shows in the navigation pane): at its drawn size, or shrunk to fit the box
 * whole — never cropped. Without pictures, the sentence saying so.
 */
export function docxPictures(sources: DiagramSources, box: PictureBox): Paragraph[] {
    if (sources.pictures.length === 0) return [docxParagraph(sources.missing)];
    return sources.pictures.flatMap(picture => {
        const drawnWidth = picture.width / picture.scale;
        const drawnHeight = picture.height / picture.scale;
        const fit = Math.min(1, box.width / drawnWidth, box.height / drawnHeight);
        return [
            new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, children: textRuns(picture.title) }),
            new Paragraph({
                children: [new ImageRun({
                    type: 'png',
                    data: picture.png,
                    transformation: { width: Math.round(drawnWidth * fit), height: Math.round(drawnHeight * fit) },
                    altText: { name: xmlSafe(picture.title), description: xmlSafe(picture.title), title: xmlSafe(picture.title) }
                })]
            })
        ];
    });
}

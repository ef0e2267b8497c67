import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Test support: the pages of a PDF as pdf.js reads them — size in points and text. */

export interface PdfPage {
    /** Width and height in points (A4: 595 × 842). */
    width: number;
    height: number;
    /** The page's text items in reading order, joined without separators. */
    text: string;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfPage[]> {
    // pdf.js may take the buffer over: give it a copy.
    const task = getDocument({ data: new Uint8Array(bytes), disableFontFace: true, verbosity: 0 });
    const document = await task.promise;
    try {
        const pages: PdfPage[] = [];
        for (let number = 1; number <= document.numPages; number++) {
            const page = await document.getPage(number);
            const [x0, y0, x1, y1] = page.view;
            // No normalisation: a ligature in a title (ﬂ) is checked as written.
            const content = await page.getTextContent({ disableNormalization: true });
            const text = content.items.map(item => 'str' in item ? item.str : '').join('');
            pages.push({ width: Math.abs(x1 - x0), height: Math.abs(y1 - y0), text });
        }
        return pages;
    } finally {
        await task.destroy();
    }
}

/**
 * Text compared as printed: a PDF holds no line breaks nor the spaces where
 * lines wrap, and a control character (U+0085) prints as no glyph, which pdf.js reads back as U+0000.
 */
export function printedForm(text: string): string {
    return text.replace(/[\s\u0000\u0085]+/gu, '');
}

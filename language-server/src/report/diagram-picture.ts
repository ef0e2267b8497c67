import type { DiagramPicture } from './report-content.js';

/** Pixels across a picture needs to print sharp (300 dpi) over a landscape A4 text width of about 25 cm. */
const printPixels = 3000;

/**
 * Device pixels per SVG pixel for a PNG that prints sharp: a narrow diagram
 * printed at its own size gets 3 (≈ 290 dpi), a wide one, shrunk to the page,
 * fewer — never below 1, so no drawing is ever blurred below its own size.
 */
export function printScale(svg: string): number {
    const width = svgWidth(svg);
    return width === undefined ? 2 : Math.min(3, Math.max(1, printPixels / width));
}

function svgWidth(svg: string): number | undefined {
    const viewBox = /<svg\b[^>]*\bviewBox\s*=\s*["']\s*[-\d.e]+[\s,]+[-\d.e]+[\s,]+([\d.e]+)/i.exec(svg);
    const width = viewBox ? Number(viewBox[1]) : NaN;
    return Number.isFinite(width) && width > 0 ? width : undefined;
}

/** A rendered PNG with the pixel size read from its header (IHDR), which the Word report needs to size it. */
export function diagramPicture(title: string, png: Uint8Array, scale: number): DiagramPicture {
    const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    if (png.length < 24 || !signature.every((byte, index) => png[index] === byte)) throw new Error(`The picture of '${title}' is not a PNG image.`);
    const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
    return { title, png, width: view.getUint32(16), height: view.getUint32(20), scale };
}

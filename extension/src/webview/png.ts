/// <reference lib="dom" />
import type { PreviewTheme } from '#protocol/preview-messages.js';
import { pngScale, svgSize } from './svg-text.js';

/** PNGs have no page behind them: paint the theme's background (an SVG's own is transparent). */
const backgrounds: Record<PreviewTheme, string> = {
    'light': '#ffffff', 'dark': '#1e1e1e', 'high-contrast': '#000000', 'high-contrast-light': '#ffffff'
};

/**
 * A PNG (base64) of an exported SVG (standalone XML of its own size, labels as
 * SVG text: renderDiagram) at `scale`× its size. The SVG is drawn as an image
 * from a data: URL (the CSP's img-src allows data:), which keeps the canvas
 * untainted, so toDataURL works. It is not parsed in this page: its style
 * elements carry no nonce, and the CSP would report each one.
 */
export async function svgToPng(svg: string, scale: number, theme: PreviewTheme): Promise<string> {
    const size = svgSize(svg);
    if (!size) throw new Error('The SVG has no size');
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    await image.decode();
    const ratio = pngScale(size, scale);
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(size.width * ratio);
    canvas.height = Math.ceil(size.height * ratio);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas');
    context.fillStyle = backgrounds[theme];
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.scale(ratio, ratio);
    context.drawImage(image, 0, 0, size.width, size.height);
    const url = canvas.toDataURL('image/png');
    return url.slice(url.indexOf(',') + 1);
}

import * as z from 'zod';
import { exportFormats, imageFormats, previewViews } from '#protocol/preview-messages.js';

/*
 * Messages from the webview. The webview renders content derived from the
 * spec, so everything it posts is checked here: unknown types, missing or
 * extra fields and oversized payloads are rejected and the message ignored.
 */

const name = z.string().min(1).max(1_000);
const count = z.number().int().min(0).max(1_000_000);
const requestId = z.number().int().min(0);
/** An exported image: SVG text, or a PNG as base64 (at most ~64 MB of text). */
const imageData = z.string().max(64 * 1024 * 1024);

const pixels = z.number().finite();
const viewReport = z.object({
    scale: z.number().finite().positive(),
    part: count,
    parts: count,
    drawing: z.object({ left: pixels, top: pixels, right: pixels, bottom: pixels }).strict(),
    viewport: z.object({ width: pixels, height: pixels }).strict()
}).strict();

export const webviewMessageSchema = z.discriminatedUnion('type', [
    /** The script has started and wants the current state (also after the panel is shown again). */
    z.object({ type: z.literal('ready') }).strict(),
    /** A step node was clicked: show it in the editor. */
    z.object({ type: z.literal('reveal'), stepId: name }).strict(),
    /** The diagrams of `renderKey` are on screen but `pending` of them, still drawn in the background; `failed` of them showed an error instead. */
    z.object({ type: z.literal('rendered'), renderKey: z.string().max(200), diagrams: count, pending: count, nodes: count, failed: count, view: viewReport }).strict(),
    z.object({ type: z.literal('selectView'), view: z.enum(previewViews) }).strict(),
    z.object({ type: z.literal('selectService'), service: name }).strict(),
    /** null: all processes. */
    z.object({ type: z.literal('selectProcess'), process: name.nullable() }).strict(),
    /** The toolbar's measured-overlay toggle: this panel's choice, over the setting. */
    z.object({ type: z.literal('setMeasuredOverlay'), enabled: z.boolean() }).strict(),
    /** A toolbar export button. */
    z.object({ type: z.literal('export'), format: z.enum(exportFormats) }).strict(),
    z.object({
        type: z.literal('exportImages'),
        requestId,
        format: z.enum(imageFormats),
        images: z.array(z.object({ title: z.string().max(10_000), data: imageData }).strict()).max(500)
    }).strict(),
    z.object({ type: z.literal('exportFailed'), requestId, message: z.string().max(10_000) }).strict()
]);

export type WebviewMessage = z.infer<typeof webviewMessageSchema>;

/** The message, or undefined when it is not one the host understands. */
export function parseWebviewMessage(message: unknown): WebviewMessage | undefined {
    const parsed = webviewMessageSchema.safeParse(message);
    return parsed.success ? parsed.data : undefined;
}

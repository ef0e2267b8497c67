/// <reference lib="dom" />
import type { MermaidDiagram } from '../../blueprint/mermaid/index.js';
import type { Locale } from '#protocol/locale.js';
import type { DiagramTheme } from '#protocol/diagram-theme.js';

/** Shared by the browser side and the Node side (types only: nothing here runs). */
export interface RenderOptions {
    /** Language of the words the renderer adds (the blueprint lines). */
    locale: Locale;
    theme: DiagramTheme;
    /**
     * Keep Mermaid's HTML labels (`<foreignObject>`): only the preview wants
     * them, to write new text into them while the user types. Otherwise labels
     * become SVG text, which every SVG viewer, editor and office program draws.
     */
    htmlLabels?: boolean;
}

export interface RenderedSvg {
    svg: string;
    /** Mermaid layout and drawing plus decoration, measured in the page. */
    milliseconds: number;
}

/** What the headless render page offers as `window.svcRender`. */
export interface SvcRenderApi {
    render(diagrams: readonly MermaidDiagram[], options: RenderOptions): Promise<RenderedSvg[]>;
}

declare global {
    interface Window {
        svcRender: SvcRenderApi;
    }
}

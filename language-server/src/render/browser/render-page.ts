/// <reference lib="dom" />
import { renderDiagram } from './render-diagram.js';
import type { RenderedSvg, SvcRenderApi } from './render-types.js';

/**
 * Entry of the headless render page (`out/render/render-page.js`): the CLI
 * and the tests load it into a blank Chromium page and call
 * `window.svcRender.render(diagrams, options)`.
 */
let rendered = 0;

window.svcRender = {
    async render(diagrams, options): Promise<RenderedSvg[]> {
        const results: RenderedSvg[] = [];
        // One at a time: Mermaid keeps one configuration and measures text in the live page.
        for (const diagram of diagrams) {
            const started = performance.now();
            try {
                const svg = await renderDiagram(diagram, `svc-diagram-${++rendered}`, options);
                results.push({ svg, milliseconds: performance.now() - started });
            } catch (error) {
                throw new Error(`Could not draw '${diagram.title}': ${error instanceof Error ? error.message : String(error)}`);
            }
        }
        return results;
    }
} satisfies SvcRenderApi;

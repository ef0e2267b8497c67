/// <reference lib="dom" />
import { bundledFontFamilies } from './diagram-fonts.js';
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
        await loadFontsFor(diagrams.map(diagram => diagram.text).join('\n'));
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

/**
 * Loads the pieces of the bundled fonts that `text` needs before Mermaid
 * measures any label: measured in a fallback font, a label would not fit the
 * box drawn around it once the font arrives.
 */
async function loadFontsFor(text: string): Promise<void> {
    await Promise.all(bundledFontFamilies.flatMap(family => ['normal', 'bold'].map(weight => document.fonts.load(`${weight} 16px "${family}"`, text))));
}

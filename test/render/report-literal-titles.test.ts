/// <reference lib="dom" />
import { describe, expect, test } from 'vitest';
import { generateMermaid } from '../../language-server/src/blueprint/mermaid/index.js';
import { drawReportDiagrams, htmlReport } from '../../language-server/src/report/index.js';
import { blueprintsOf, hostileSpec } from '../helpers/mermaid-kit.js';
import { drawnLines, rendererForFile } from './render-harness.js';

const chromium = rendererForFile();

/** The titles Mermaid used to change: its clean-up of `style` lines, `\n` in HTML labels, entity-looking text. */
const titles = ['fill:#f00;', 'style X fill:#f00', '\\n', '#quot;', '#35;', '&lt;b&gt;'];

describe('the HTML report draws the blueprint with the titles as written', () => {
    test.for(titles)('%j', { timeout: 120_000 }, async title => {
        const [document] = await blueprintsOf({ 'spec.svc': hostileSpec(title) });
        const service = document.services[0];
        const diagrams = generateMermaid(service, 'blueprint', { locale: 'en' });
        const drawn = await drawReportDiagrams(chromium.renderer, diagrams, [], 'en', false);
        const html = htmlReport({ document, service, locale: 'en', blueprintMermaid: diagrams, performanceMermaid: [], ...drawn });
        // The report inlines each drawn SVG; read them back out of the page as a browser shows it.
        const svgs = await chromium.renderer.page.evaluate(markup => {
            const page = new DOMParser().parseFromString(markup, 'text/html');
            return [...page.querySelectorAll('svg')].map(svg => new XMLSerializer().serializeToString(svg));
        }, html);
        expect(svgs.length).toBeGreaterThanOrEqual(diagrams.length);
        const lines = (await Promise.all(svgs.map(svg => drawnLines(chromium.renderer.page, svg)))).flat();
        // Step A's title alone on its line, step B's after its marks, the stages' headers.
        expect(lines).toContain(title);
        expect(lines).toContain(`★⚠ ${title}`);
    });
});

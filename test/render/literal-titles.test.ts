/// <reference lib="dom" />
import { beforeAll, describe, expect, test } from 'vitest';
import type { ServiceModel } from '#protocol/blueprint-schema.js';
import { generateMermaid, type BlueprintView } from '../../language-server/src/blueprint/mermaid/index.js';
import { hostileSpec, hostileTexts, serviceOf } from '../helpers/mermaid-kit.js';
import { drawnLines, rendererForFile } from './render-harness.js';

const chromium = rendererForFile();

/** Every hostile text a spec string can hold (its only escapes are `\"` and `\\`: no line break). */
const titles = hostileTexts.filter(text => !/[\r\n\u2028\u2029\u0085]/.test(text));
const views: BlueprintView[] = ['blueprint', 'flow', 'standards'];

const services = new Map<string, ServiceModel>();

beforeAll(async () => {
    for (const title of titles) services.set(title, await serviceOf(hostileSpec(title)));
}, 120_000);

describe('titles drawn literally in Chromium', () => {
    test.for(views)('%s view: every line of a label is the title as written', { timeout: 300_000 }, async view => {
        for (const title of titles) {
            const diagrams = generateMermaid(services.get(title)!, view);
            const rendered = await chromium.renderer.render(diagrams, { locale: 'en', theme: 'light' });
            const lines = (await Promise.all(rendered.map(({ svg }) => drawnLines(chromium.renderer.page, svg)))).flat();
            const where = `${JSON.stringify(title)} in the ${view} view`;
            // Step A (and the standard, KPI and stage in their views) shows the title alone on a line, step B after its marks,
            // both in labels of several lines (title and detail), where Mermaid's sanitiser has decoded our codes.
            expect(lines, where).toContain(title);
            expect(lines, where).toContain(`★⚠ ${title}`);
            if (view !== 'standards') expect(lines.filter(line => line === title).length, `${where}: conditions too`).toBeGreaterThanOrEqual(3);
        }
        expect(chromium.incidents).toEqual({ dialogs: [], consoleErrors: [], pageErrors: [] });
    });
});

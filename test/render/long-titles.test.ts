/// <reference lib="dom" />
import { afterAll, describe, expect, test } from 'vitest';
import { generateMermaid, type BlueprintView } from '../../language-server/src/blueprint/mermaid/index.js';
import { chain, handBuiltService, handBuiltStep } from './hand-built-service.js';
import { type Box, rendererForFile } from './render-harness.js';

const chromium = rendererForFile();

/** 260-character titles: words, one unbroken word, Chinese, long words with hyphens, a URL. */
const words = 'Customer explains the situation and the adviser checks every document carefully before ';
const titles = [
    words.repeat(4).slice(0, 260),
    'x'.repeat(260),
    '客户说明情况并由顾问逐一核对全部材料'.repeat(14).slice(0, 260),
    `${'Supercalifragilistic-'.repeat(3)}${'a'.repeat(40)} `.repeat(3).slice(0, 260),
    `https://example.com/${'path/segment-'.repeat(20)}`.slice(0, 260)
];
const maxNodeWidth = 320;

const figures: string[] = [];

afterAll(async () => {
    console.log(['Nodes of 260-character titles (width × height in px):', ...figures].join('\n'));
});

/** Each step node's shape and the box of its label's text, in page pixels, and the text it shows. */
async function measureNodes(svg: string, nodeIds: string[]): Promise<Array<{ node: Box; label: Box; text: string }>> {
    return chromium.renderer.page.evaluate(({ svg, nodeIds }) => {
        const box = (element: Element): Box => {
            const rect = element.getBoundingClientRect();
            return { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
        };
        const host = document.createElement('div');
        host.append(document.importNode(new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement, true));
        document.body.replaceChildren(host);
        return nodeIds.map(id => {
            const node = [...host.querySelectorAll('g.node')].find(element => new RegExp(`-flowchart-${id}-\\d+$`).test(element.id))!;
            const shape = node.querySelector('rect.label-container, rect.basic, rect')!;
            // What is drawn of the label: its text (SVG text or the HTML inside the foreignObject), not the frame.
            const drawn = [...node.querySelectorAll('.label text, .label foreignObject div, .label foreignObject span')];
            const boxes = drawn.map(box);
            return {
                node: box(shape),
                label: {
                    left: Math.min(...boxes.map(each => each.left)), right: Math.max(...boxes.map(each => each.right)),
                    top: Math.min(...boxes.map(each => each.top)), bottom: Math.max(...boxes.map(each => each.bottom))
                },
                text: node.querySelector('.label')?.textContent ?? ''
            };
        });
    }, { svg, nodeIds });
}

describe('260-character titles wrap at a fixed width and are never clipped', () => {
    test.for(['blueprint', 'flow'] as BlueprintView[])('%s view', { timeout: 120_000 }, async view => {
        const steps = titles.map((title, index) => handBuiltStep(`T${index}`, { title, lane: 'customer', duration: '3 min', durationMinutes: 3 }));
        const diagrams = generateMermaid(handBuiltService({ name: 'Long', steps, edges: chain(steps) }), view);
        const [{ svg }] = await chromium.renderer.render(diagrams, { locale: 'en', theme: 'light' });
        const nodes = await measureNodes(svg, steps.map(step => diagrams[0].nodes[step.id]));
        nodes.forEach(({ node, label, text }, index) => {
            const where = `${view}: title ${index} (${titles[index].slice(0, 24)}…)`;
            figures.push(`  ${view.padEnd(9)} ${JSON.stringify(titles[index].slice(0, 24)).padEnd(28)} ${Math.round(node.right - node.left)} × ${Math.round(node.bottom - node.top)}`);
            expect(node.right - node.left, `${where}: node width`).toBeLessThanOrEqual(maxNodeWidth);
            expect(label.left, `${where}: label inside its node`).toBeGreaterThanOrEqual(node.left - 1);
            expect(label.right, `${where}: label inside its node`).toBeLessThanOrEqual(node.right + 1);
            expect(label.top, `${where}: label inside its node`).toBeGreaterThanOrEqual(node.top - 1);
            expect(label.bottom, `${where}: label inside its node`).toBeLessThanOrEqual(node.bottom + 1);
            expect(text.replace(/\s+/g, ''), `${where}: every character shown`).toContain(titles[index].replace(/\s+/g, ''));
        });
    });
});

/// <reference lib="dom" />
import { beforeAll, describe, expect, test } from 'vitest';
import { generateMermaid, type MermaidDiagram } from '../../language-server/src/blueprint/mermaid/index.js';
import type { RenderedDiagram } from '../../language-server/src/render/headless-renderer.js';
import { chain, handBuiltService, handBuiltStep } from './hand-built-service.js';
import { measureBlueprint, rendererForFile } from './render-harness.js';

const chromium = rendererForFile();

/** Text that would end a label, start a directive, inject markup or a click handler, or end a subgraph. */
const hostile = [
    '"]-->X',
    '%%{init: {"securityLevel":"loose"}}%%',
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    'click X call alert()',
    '`backticks` ```fenced``` `$$x^2$$`',
    'end',
    'first line\nsecond line\r\nthird\u2028fourth',
    '<a href="javascript:alert(1)">link</a> [md](javascript:alert(1))',
    '&lt; &amp; #60; &#60; #lt;',
    'subgraph X\nend\nstyle s0 fill:red'
];

/** As a label shows it: one line, blanks collapsed. */
const shown = (text: string) => text.replace(/[\s\u2028]+/gu, ' ').trim();

/** The hostile strings everywhere the spec's text reaches a blueprint: step names and titles, evidence, conditions, fail descriptions, stage titles. */
function hostileService() {
    const stages = hostile.map((title, index) => ({ name: `Stage${index}`, title }));
    const lanes = ['customer', 'frontstage', 'backstage', 'support', undefined] as const;
    const steps = hostile.flatMap((text, index) => [
        handBuiltStep(`T${index}`, { title: text, stage: `Stage${index}`, lane: lanes[index % lanes.length], evidence: [text, `${text} (2)`] }),
        // Without a title the name is shown; a real name is an identifier, but the model is taken as given.
        handBuiltStep(text, { stage: `Stage${index}`, lane: lanes[(index + 1) % lanes.length], fails: [{ description: text, recover: `T${index}` }] })
    ]);
    const edges = [
        ...chain(steps).map((edge, index) => ({ ...edge, condition: index % 2 === 0 ? hostile[(index / 2) % hostile.length] : undefined })),
        ...hostile.map(text => ({ from: text, to: `T${hostile.indexOf(text)}`, kind: 'recover' as const, condition: text }))
    ];
    return handBuiltService({ name: 'Hostile', title: hostile[0], stages, steps, edges });
}

let diagrams: MermaidDiagram[];
let rendered: RenderedDiagram[];

beforeAll(async () => {
    // Small parts, so that stage titles (in node labels and part titles) and stubs are exercised too.
    diagrams = generateMermaid(hostileService(), 'blueprint', { maxStepsPerDiagram: 8 });
    rendered = await chromium.renderer.render(diagrams, { locale: 'en', theme: 'light' });
}, 120_000);

describe('hostile spec text in a rendered blueprint', () => {
    test('every diagram renders', () => {
        expect(diagrams.length).toBeGreaterThan(1);
        expect(rendered).toHaveLength(diagrams.length);
        for (const { svg } of rendered) expect(svg).toMatch(/^<svg[\s>]/);
    });

    test('each hostile string is shown literally', async () => {
        const text = (await Promise.all(rendered.map(({ svg }, index) => measureBlueprint(chromium.renderer.page, svg, diagrams[index]))))
            .map(geometry => geometry.text).join(' ');
        for (const string of hostile) expect(text).toContain(shown(string));
        // And the names of hostile steps are drawn as steps, in their lanes' diagrams.
        for (const string of hostile) expect(diagrams.some(diagram => diagram.nodes[string] !== undefined)).toBe(true);
    });

    test('the markup has no script, no event handler, no javascript: URL, no link', () => {
        for (const { svg } of rendered) {
            const tags = svg.match(/<[^>]*>/g) ?? [];
            expect(tags.filter(tag => /^<\s*(script|iframe|object|embed|a)[\s>/]/i.test(tag))).toEqual([]);
            expect(tags.filter(tag => /\son[a-z]+\s*=/i.test(tag))).toEqual([]);
            expect(tags.filter(tag => /javascript:/i.test(tag))).toEqual([]);
        }
    });

    test('no element of the SVG, shown in a page, can run anything', async () => {
        for (const { svg } of rendered) {
            const offending = await chromium.renderer.page.evaluate(markup => {
                // As the preview would show it: inserted as HTML, where an <img onerror> would fire.
                const host = document.createElement('div');
                document.body.replaceChildren(host);
                host.innerHTML = markup;
                return [...host.querySelectorAll('*')].flatMap(element => [
                    ...['script', 'iframe', 'object', 'embed', 'img', 'a'].includes(element.localName) ? [`<${element.localName}>`] : [],
                    ...[...element.attributes]
                        .filter(attribute => /^on/i.test(attribute.name) || /javascript:/i.test(attribute.value) || /href$/i.test(attribute.name))
                        .map(attribute => `${element.localName} ${attribute.name}="${attribute.value}"`)
                ]);
            }, svg);
            expect(offending).toEqual([]);
        }
        // Give anything that would load (and fail) or fire a moment to do it.
        await chromium.renderer.page.waitForTimeout(300);
        expect(chromium.incidents).toEqual({ dialogs: [], consoleErrors: [], pageErrors: [] });
    });
});

/// <reference lib="dom" />
import { resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildBlueprint } from '../../language-server/src/blueprint/build-blueprint.js';
import { generateMermaid, type MermaidDiagram } from '../../language-server/src/blueprint/mermaid/index.js';
import type { RenderedDiagram } from '../../language-server/src/render/headless-renderer.js';
import { checkFiles } from '../../language-server/src/workspace/check-files.js';
import { rendererForFile } from './render-harness.js';

const chromium = rendererForFile();

const loanApplication = resolve(import.meta.dirname, '../../examples/banking/loan-application.svc');

let diagrams: MermaidDiagram[];
let rendered: RenderedDiagram[];

beforeAll(async () => {
    const check = await checkFiles([loanApplication]);
    const [service] = buildBlueprint(check.files[0].document, check.services).services;
    diagrams = [...generateMermaid(service, 'blueprint', { locale: 'zh-CN' }), ...generateMermaid(service, 'flow', { locale: 'zh-CN' })];
    rendered = await chromium.renderer.render(diagrams, { locale: 'zh-CN', theme: 'light' });
}, 120_000);

/** The size a standalone SVG declares: its width and height attributes, in whole pixels. */
function declaredSize(svg: string): { width: number; height: number } {
    const root = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
    const attribute = (name: string) => Number(new RegExp(`\\s${name}="([^"]*)"`).exec(root)?.[1]);
    return { width: attribute('width'), height: attribute('height') };
}

/** Width and height from a PNG's signature and IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
    expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('SVG export', () => {
    test('is well-formed XML with an SVG root, its own size and no HTML-only markup', async () => {
        for (const { svg, title } of rendered) {
            const parsed = await chromium.renderer.page.evaluate(markup => {
                const document = new DOMParser().parseFromString(markup, 'image/svg+xml');
                const root = document.documentElement;
                return {
                    error: document.querySelector('parsererror')?.textContent ?? null,
                    name: root.localName, namespace: root.namespaceURI,
                    width: root.getAttribute('width'), height: root.getAttribute('height'), viewBox: root.getAttribute('viewBox')
                };
            }, svg);
            expect(parsed.error, title).toBeNull();
            expect(parsed).toMatchObject({ name: 'svg', namespace: 'http://www.w3.org/2000/svg' });
            const [, , width, height] = parsed.viewBox!.split(/\s+/).map(Number);
            expect(Number(parsed.width)).toBe(Math.ceil(width));
            expect(Number(parsed.height)).toBe(Math.ceil(height));
        }
    });

    test('opens as an image on its own, as a saved .svg file would', async () => {
        const { svg } = rendered[0];
        const size = await chromium.renderer.page.evaluate(async markup => {
            const image = new Image();
            image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
            await image.decode();
            return { width: image.naturalWidth, height: image.naturalHeight };
        }, svg);
        expect(size).toEqual(declaredSize(svg));
    });

    test('a blueprint SVG carries the Chinese line labels', () => {
        expect(rendered[0].svg).toContain('互动线');
        expect(rendered[0].svg).toContain('可视线');
        expect(rendered[0].svg).toContain('内部互动线');
    });
});

describe('PNG export', () => {
    test('decodes, and is twice the SVG size at scale 2', async () => {
        for (const { svg, title } of rendered) {
            const png = await chromium.renderer.renderPng(svg, { scale: 2 });
            const svgSize = declaredSize(svg);
            const size = pngSize(png);
            expect(Math.abs(size.width - 2 * svgSize.width), title).toBeLessThanOrEqual(1);
            expect(Math.abs(size.height - 2 * svgSize.height), title).toBeLessThanOrEqual(1);
        }
    });

    test('renders a diagram given directly, at another scale and on a transparent background', async () => {
        const png = await chromium.renderer.renderPng(diagrams[0], { scale: 1, locale: 'zh-CN', background: 'transparent' });
        const [svg] = await chromium.renderer.render([diagrams[0]], { locale: 'zh-CN', theme: 'light' });
        const svgSize = declaredSize(svg.svg);
        const size = pngSize(png);
        expect(Math.abs(size.width - svgSize.width)).toBeLessThanOrEqual(1);
        expect(Math.abs(size.height - svgSize.height)).toBeLessThanOrEqual(1);
        // Colour type 6: RGBA, since the background is transparent.
        expect(png[25]).toBe(6);
    });

    test('refuses a background that is not a colour', async () => {
        await expect(chromium.renderer.renderPng(rendered[0].svg, { background: 'red}body{display:none' })).rejects.toThrow(/Not a CSS colour/);
    });
});

describe('a diagram Mermaid cannot draw', () => {
    test('rejects naming the diagram, and leaves the render page clean for the next one', async () => {
        const broken: MermaidDiagram = { title: 'Broken one', view: 'flow', nodes: {}, lanes: [], text: 'flowchart LR\n    a[[[ -->\n' };
        await expect(chromium.renderer.render([broken], { locale: 'en', theme: 'light' })).rejects.toThrow(/Could not draw 'Broken one': Parse error/);
        expect(await chromium.renderer.page.evaluate(() => document.body.childElementCount)).toBe(0);
        const [again] = await chromium.renderer.render([diagrams[0]], { locale: 'en', theme: 'light' });
        expect(again.svg).toMatch(/^<svg[\s>]/);
    });
});

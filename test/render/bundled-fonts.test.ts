/// <reference lib="dom" />
import { describe, expect, test } from 'vitest';
import type { MermaidDiagram } from '../../language-server/src/blueprint/mermaid/index.js';
import { bundledFontFamilies } from '../../language-server/src/render/browser/diagram-fonts.js';
import { rendererForFile } from './render-harness.js';

const chromium = rendererForFile();

/**
 * Chinese text and the wait mark are drawn from the fonts of npm packages, not
 * the machine's: on a machine without CJK fonts every Chinese character would
 * otherwise be the same missing-glyph box.
 */

function labelDiagram(label: string): MermaidDiagram {
    return { title: label, view: 'flow', text: `flowchart LR\n  A["${label}"]`, lanes: [], nodes: {} };
}

/** The bundled faces the render page has loaded, as `family weight`. */
async function loadedBundledFaces(): Promise<string[]> {
    return chromium.renderer.page.evaluate(families => [...document.fonts]
        .filter(face => families.includes(face.family.replaceAll('"', '')) && face.status === 'loaded')
        .map(face => `${face.family.replaceAll('"', '')} ${face.weight}`), bundledFontFamilies);
}

describe('fonts of the pictures', () => {
    test('Chinese labels load Noto Sans SC from the npm package before Mermaid measures them', async () => {
        await chromium.renderer.render([labelDiagram('服务蓝图')], { locale: 'zh-CN', theme: 'light' });
        expect(await loadedBundledFaces()).toContain('Noto Sans SC 400');
    });

    test('different Chinese words draw different pixels: glyphs, not missing-glyph boxes', async () => {
        const pictures = await Promise.all(['服务蓝图', '客户旅程'].map(async label => {
            const [drawn] = await chromium.renderer.render([labelDiagram(label)], { locale: 'zh-CN', theme: 'light' });
            return chromium.renderer.renderPng(drawn.svg, { scale: 1 });
        }));
        expect(pictures[0].equals(pictures[1])).toBe(false);
    });

    test('the wait mark ⏱ comes from Noto Emoji', async () => {
        await chromium.renderer.render([labelDiagram('⏱ 12 min')], { locale: 'en', theme: 'light' });
        expect(await loadedBundledFaces()).toContain('Noto Emoji 400');
    });
});

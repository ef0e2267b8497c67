import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { MermaidDiagram } from '../blueprint/mermaid/index.js';
import type { RenderedSvg, RenderOptions } from './browser/render-types.js';
import { bundledFontFaces, serveBundledFonts } from './bundled-fonts.js';
import { chromiumArgs } from './chromium-args.js';
import { findChromium } from './find-chromium.js';
import { findRenderBundle } from './render-bundle.js';

export interface HeadlessRendererOptions {
    /** The browser executable (the CLI's `--chromium`); otherwise `SVC_CHROMIUM` or a browser found on this machine. */
    chromiumPath?: string;
    /** The render page bundle; otherwise `out/render/render-page.js`. */
    bundlePath?: string;
}

export interface RenderedDiagram extends RenderedSvg {
    title: string;
}

export interface PngOptions extends Partial<RenderOptions> {
    /** Device pixels per SVG pixel: the PNG is `scale` times the SVG's width and height. Default 2. */
    scale?: number;
    /** A CSS colour name or `#rgb[a]`/`#rrggbb[aa]`, or `transparent`. Default white, so the PNG reads on any page. */
    background?: string;
}

/**
 * Draws Mermaid diagrams to SVG and PNG in a headless Chromium: one browser
 * and one render page for many diagrams; `close()` when done. The pages load
 * only the bundled render page and fonts, and never reach the network.
 */
export class HeadlessRenderer {
    private constructor(
        private readonly browser: Browser,
        /** The render page: exposed so that tests can watch its console and dialogs and measure what it draws. */
        readonly page: Page
    ) {}

    static async launch(options: HeadlessRendererOptions = {}): Promise<HeadlessRenderer> {
        const executablePath = await findChromium(options.chromiumPath);
        const bundle = readFileSync(options.bundlePath ?? findRenderBundle(), 'utf-8');
        let browser: Browser;
        try {
            // Loaded here, not at start-up: it takes half a second, and `svc check` never draws.
            const { chromium } = await import('playwright-core');
            browser = await chromium.launch({ executablePath, args: chromiumArgs });
        } catch (error) {
            throw new Error(`Could not start Chromium '${executablePath}': ${error instanceof Error ? error.message : String(error)}`);
        }
        try {
            const context = await browser.newContext();
            await serveBundledFonts(context);
            const page = await context.newPage();
            await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${bundledFontFaces()}</style></head><body></body></html>`);
            await page.addScriptTag({ content: bundle });
            return new HeadlessRenderer(browser, page);
        } catch (error) {
            await browser.close();
            throw error;
        }
    }

    /** SVG markup of each diagram, in order, with the time each took; rejects naming the diagram that Mermaid could not draw. */
    async render(diagrams: readonly MermaidDiagram[], options: RenderOptions): Promise<RenderedDiagram[]> {
        const rendered = await this.page.evaluate(
            ({ diagrams, options }) => window.svcRender.render(diagrams, options),
            { diagrams, options }
        );
        return rendered.map((result, index) => ({ title: diagrams[index].title, ...result }));
    }

    /**
     * A PNG of SVG markup from `render` (or of a diagram, rendered first): a
     * screenshot of the SVG at `scale` device pixels per pixel, in a page
     * without JavaScript, so nothing in the markup can run.
     */
    async renderPng(input: string | MermaidDiagram, options: PngOptions = {}): Promise<Buffer> {
        const svg = typeof input === 'string'
            ? input
            : (await this.render([input], { locale: options.locale ?? 'en', theme: options.theme ?? 'light' }))[0].svg;
        const background = options.background ?? 'white';
        if (!/^(#[0-9a-f]{3,8}|[a-z]+)$/i.test(background)) throw new Error(`Not a CSS colour: '${background}'`);
        const context = await this.browser.newContext({ deviceScaleFactor: options.scale ?? 2, javaScriptEnabled: false });
        try {
            await serveBundledFonts(context);
            const page = await context.newPage();
            await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${bundledFontFaces()}html,body{margin:0;background:${background}}body>svg{display:block}</style></head><body>${svg}</body></html>`);
            return await page.locator('body > svg').first().screenshot({ type: 'png', omitBackground: background === 'transparent' });
        } finally {
            await context.close();
        }
    }

    /**
     * A PDF of a self-contained HTML page (the PDF report): printed by this
     * Chromium with the page's own @page sizes and margin boxes, its bundled
     * fonts served as the render pages get them, no script run.
     */
    async printPdf(html: string): Promise<Buffer> {
        const context = await this.browser.newContext({ javaScriptEnabled: false });
        try {
            await serveBundledFonts(context);
            const page = await context.newPage();
            await page.setContent(html, { waitUntil: 'networkidle' });
            await page.evaluate(() => document.fonts.ready);
            return await page.pdf({ preferCSSPageSize: true, printBackground: true });
        } finally {
            await context.close();
        }
    }

    async close(): Promise<void> {
        await this.browser.close();
    }
}

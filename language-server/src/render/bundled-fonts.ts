import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import type { BrowserContext } from 'playwright-core';

/**
 * The fonts that pictures are drawn with, from npm packages rather than the
 * machine: Noto Sans SC (Latin and Chinese in one design) and Noto Emoji (the
 * ⏱ of wait points). Each package splits its font by Unicode range, so a page
 * loads only the pieces its text uses.
 */
const fontPackages = ['@fontsource/noto-sans-sc', '@fontsource/noto-emoji'];
/** Regular and bold faces: Mermaid's labels and titles, and the lane captions (600 draws with the bold face). */
const weights = ['400', '700'];

/** A host that no request can reach: the render pages ask it for fonts, and `serveBundledFonts` answers from the packages. */
export const fontOrigin = 'https://fonts.svc.invalid/';
const fontFileName = /^[a-z0-9-]+\.woff2$/;

interface FontPackage {
    /** Every file of the package is named after it: `noto-sans-sc-118-400-normal.woff2`. */
    fileNamePrefix: string;
    filesFolder: string;
    css: string;
}

let loaded: FontPackage[] | undefined;

function fontPackagesOnDisk(): FontPackage[] {
    loaded ??= fontPackages.map(name => {
        const folder = dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));
        const css = weights.map(weight => readFileSync(join(folder, `${weight}.css`), 'utf-8')).join('\n');
        return { fileNamePrefix: `${basename(folder)}-`, filesFolder: join(folder, 'files'), css };
    });
    return loaded;
}

/** `@font-face` rules of the bundled fonts, their files named under the font origin (WOFF2 only: every Chromium reads it). */
export function bundledFontFaces(): string {
    return fontPackagesOnDisk()
        .map(({ css }) => css
            .replaceAll(/,\s*url\(\.\/files\/[^)]+\.woff\) format\('woff'\)/g, '')
            .replaceAll('url(./files/', `url(${fontOrigin}`))
        .join('\n');
}

/**
 * Lets the pages of `context` load the bundled font files and nothing else:
 * every other request (an image, a link, a remote font) fails.
 */
export async function serveBundledFonts(context: BrowserContext): Promise<void> {
    const packages = fontPackagesOnDisk();
    await context.route('**/*', async route => {
        const url = route.request().url();
        const name = url.startsWith(fontOrigin) ? new URL(url).pathname.slice(1) : '';
        const fontPackage = fontFileName.test(name) ? packages.find(candidate => name.startsWith(candidate.fileNamePrefix)) : undefined;
        if (!fontPackage) return route.abort();
        await route.fulfill({ path: join(fontPackage.filesFolder, name), contentType: 'font/woff2', headers: { 'access-control-allow-origin': '*' } });
    });
}

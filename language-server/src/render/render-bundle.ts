import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export class RenderBundleNotFoundError extends Error {
    override readonly name = 'RenderBundleNotFoundError';
}

/**
 * The browser bundle of the render page (esbuild: `out/render/render-page.js`),
 * found from wherever this module runs: beside the CLI bundle (`out/cli`), or
 * from the sources (`language-server/src/render`) in tests.
 */
export function findRenderBundle(): string {
    const candidates = [
        resolve(import.meta.dirname, '../render/render-page.js'),
        resolve(import.meta.dirname, '../../../out/render/render-page.js')
    ];
    const found = candidates.find(candidate => existsSync(candidate));
    if (found) return found;
    throw new RenderBundleNotFoundError(`The render page bundle is missing (looked for ${candidates.join(' and ')}); build it with 'node esbuild.mjs'.`);
}

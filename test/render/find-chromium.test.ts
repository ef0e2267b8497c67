import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { bundledChromium } from '../../language-server/src/render/bundled-chromium.js';
import { ChromiumNotFoundError, findChromium, findInstalledChromium } from '../../language-server/src/render/find-chromium.js';
import { HeadlessRenderer } from '../../language-server/src/render/headless-renderer.js';

const scratch = mkdtempSync(join(tmpdir(), 'svc-chromium-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A folder with an executable file named `name`, standing for a browser on PATH. */
function folderWith(name: string): string {
    const folder = join(scratch, `folder-with-${name}`);
    mkdirSync(folder);
    writeFileSync(join(folder, name), '#!/bin/sh\n');
    chmodSync(join(folder, name), 0o755);
    return folder;
}

describe('finding Chromium', () => {
    test('an explicit path wins, then SVC_CHROMIUM, then PATH', async () => {
        const explicit = folderWith('my-chrome');
        const variable = folderWith('chrome-from-variable');
        const onPath = folderWith('google-chrome');
        const environment = { SVC_CHROMIUM: join(variable, 'chrome-from-variable'), PATH: onPath };
        expect(await findChromium(join(explicit, 'my-chrome'), { environment, platform: 'aix' })).toBe(join(explicit, 'my-chrome'));
        expect(await findChromium(undefined, { environment, platform: 'aix' })).toBe(join(variable, 'chrome-from-variable'));
        expect(await findChromium(undefined, { environment: { PATH: onPath }, platform: 'aix' })).toBe(join(onPath, 'google-chrome'));
    });

    test('Chromium before Chrome before Edge on PATH; Edge alone is found', () => {
        const chromium = folderWith('chromium-browser');
        const edge = folderWith('microsoft-edge');
        expect(findInstalledChromium(undefined, { environment: { PATH: [edge, chromium].join(':') }, platform: 'aix' })).toBe(join(chromium, 'chromium-browser'));
        expect(findInstalledChromium(undefined, { environment: { PATH: edge }, platform: 'aix' })).toBe(join(edge, 'microsoft-edge'));
    });

    test('none found: the error names --chromium PATH and SVC_CHROMIUM', async () => {
        const find = () => findChromium(undefined, { environment: { PATH: '' }, platform: 'aix' });
        await expect(find()).rejects.toThrow(ChromiumNotFoundError);
        await expect(find()).rejects.toThrow(/--chromium PATH.*SVC_CHROMIUM environment variable/);
    });

    test('a path that was given but does not exist is an error, not a fallback', async () => {
        await expect(findChromium('/nonexistent/chromium')).rejects.toThrow(/not found at '\/nonexistent\/chromium' \(from --chromium/);
        await expect(findChromium(undefined, { environment: { SVC_CHROMIUM: '/nonexistent/chrome', PATH: folderWith('chromium') } }))
            .rejects.toThrow(/not found at '\/nonexistent\/chrome' \(from SVC_CHROMIUM=/);
    });

    test('without an installed browser, Linux x64 unpacks the Chromium of @sparticuz/chromium once, into the cache folder, and draws with it', { timeout: 120_000 }, async () => {
        const cache = join(scratch, 'cache');
        const system = { environment: { PATH: '', SVC_CACHE_DIR: cache }, platform: 'linux' as const, arch: 'x64' };
        // /usr/bin/chromium may exist here: ask for the bundled one directly, then check the fallback picks it when nothing else is there.
        const executable = await bundledChromium(system.environment);
        expect(executable).toMatch(new RegExp(`^${cache}/chromium-[0-9.]+/chromium$`));
        const unpacked = statSync(executable!).mtimeMs;
        expect(await bundledChromium(system.environment), 'a second call reuses the unpacked browser').toBe(executable);
        expect(statSync(executable!).mtimeMs).toBe(unpacked);
        const renderer = await HeadlessRenderer.launch({ chromiumPath: executable });
        try {
            const [drawn] = await renderer.render([{ title: 'probe', view: 'flow', text: 'flowchart LR\n  A["服务 service"] --> B["end"]', lanes: [], nodes: {} }], { locale: 'en', theme: 'light' });
            expect(drawn.svg).toContain('服务 service');
        } finally {
            await renderer.close();
        }
    });

    test('the renderer refuses to start without a browser', async () => {
        await expect(HeadlessRenderer.launch({ chromiumPath: '/nonexistent/chromium' })).rejects.toBeInstanceOf(ChromiumNotFoundError);
    });
});

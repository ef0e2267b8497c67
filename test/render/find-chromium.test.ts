import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ChromiumNotFoundError, findChromium } from '../../language-server/src/render/find-chromium.js';
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
    test('an explicit path wins, then SVC_CHROMIUM, then PATH', () => {
        const explicit = folderWith('my-chrome');
        const variable = folderWith('chrome-from-variable');
        const onPath = folderWith('google-chrome');
        const environment = { SVC_CHROMIUM: join(variable, 'chrome-from-variable'), PATH: onPath };
        expect(findChromium(join(explicit, 'my-chrome'), { environment, platform: 'aix' })).toBe(join(explicit, 'my-chrome'));
        expect(findChromium(undefined, { environment, platform: 'aix' })).toBe(join(variable, 'chrome-from-variable'));
        expect(findChromium(undefined, { environment: { PATH: onPath }, platform: 'aix' })).toBe(join(onPath, 'google-chrome'));
    });

    test('none found: the error names --chromium PATH and SVC_CHROMIUM', () => {
        const find = () => findChromium(undefined, { environment: { PATH: '' }, platform: 'aix' });
        expect(find).toThrow(ChromiumNotFoundError);
        expect(find).toThrow(/--chromium PATH.*SVC_CHROMIUM environment variable/);
    });

    test('a path that was given but does not exist is an error, not a fallback', () => {
        expect(() => findChromium('/nonexistent/chromium')).toThrow(/not found at '\/nonexistent\/chromium' \(from --chromium/);
        expect(() => findChromium(undefined, { environment: { SVC_CHROMIUM: '/nonexistent/chrome', PATH: folderWith('chromium') } }))
            .toThrow(/not found at '\/nonexistent\/chrome' \(from SVC_CHROMIUM=/);
    });

    test('the renderer refuses to start without a browser', async () => {
        await expect(HeadlessRenderer.launch({ chromiumPath: '/nonexistent/chromium' })).rejects.toBeInstanceOf(ChromiumNotFoundError);
    });
});

import { findChromium } from '../../language-server/src/render/find-chromium.js';

/**
 * Vitest global setup: finds (and on a machine without a browser, unpacks) the
 * Chromium of the rendering tests once, before the test files start in parallel.
 */
export default async function unpackBrowser(): Promise<void> {
    // Without any browser the rendering tests fail and say so themselves; the others still run.
    await findChromium().catch(() => undefined);
}

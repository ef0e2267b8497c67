import type { Page } from 'playwright-core';
import { startupMarks } from '#protocol/startup-marks.js';

/**
 * The marks that split "the folder opened → its first diagnostics" in the web run:
 * VS Code's own in its web worker extension host, then the extension's and its
 * language server's (language-server/src/protocol/startup-marks.ts).
 */
const extension = 'svc-tools.svc-service-specs';
export const webStartupMarks = {
    extensionHostReady: 'code/extHost/ready',
    extensionCodeFetched: `code/extHost/didFetchExtensionCode/${extension}`,
    ...startupMarks
} as const;

/**
 * Those marks as found in the window's web workers, in milliseconds after `since`
 * (the wall clock: each worker's `timeOrigin` differs). A mark no worker has is left out;
 * the Node.js run has none (its extension host is a process, not a worker).
 */
export async function startupTimeline(page: Page, since: number): Promise<Record<string, number>> {
    const wanted = Object.values(webStartupMarks) as string[];
    const timeline: Record<string, number> = {};
    for (const worker of page.workers()) {
        const found = await worker.evaluate(names => performance.getEntriesByType('mark')
            .filter(mark => names.includes(mark.name))
            .map(mark => [mark.name, performance.timeOrigin + mark.startTime] as const), wanted).catch(() => []);
        for (const [name, at] of found) timeline[name] = Math.round(at - since);
    }
    return timeline;
}

/** The `detail` of the mark `name` in the window's web workers, if one has it. */
export async function markDetail(page: Page, name: string): Promise<unknown> {
    for (const worker of page.workers()) {
        const details = await worker.evaluate(mark => performance.getEntriesByName(mark, 'mark').map(entry => (entry as PerformanceMark).detail), name).catch(() => []);
        if (details.length > 0) return details[0];
    }
    return undefined;
}

import type { Page } from 'playwright-core';

/** One diagnostic as the Problems panel lists it. */
export interface ProblemRow {
    /** `folder/file.svc`, relative to the workspace. */
    file: string;
    code: string;
    line: number;
    column: number;
}

interface RawRow {
    index: number;
    label: string;
    text: string;
}

/** The rows on screen now: the list is virtual, only what is visible is in the DOM. */
function visibleRows(page: Page): Promise<RawRow[]> {
    return page.evaluate(() => [...document.querySelectorAll('.markers-panel .monaco-list-row')].map(row => ({
        index: Number(row.getAttribute('data-index')),
        label: row.getAttribute('aria-label') ?? '',
        text: (row.textContent ?? '').replace(/\s+/g, ' ').trim()
    })));
}

/** Shows the Problems panel: Ctrl+Shift+M, unless it shows already (pressed in the focused panel, the key hides it). */
export async function showProblemsPanel(page: Page): Promise<void> {
    const panel = page.locator('.markers-panel').first();
    if (await panel.isVisible()) return;
    await page.keyboard.press('Control+Shift+M');
    await panel.waitFor({ state: 'visible', timeout: 10_000 });
}

/**
 * Shows the Problems panel and reads every row, scrolling
 * through the list: file rows ("N problems in file X of folder Y") and, under
 * each, its diagnostics ("…message…svc<rule-id>[Ln L, Col C]").
 */
export async function problemRows(page: Page): Promise<ProblemRow[]> {
    await showProblemsPanel(page);
    const list = page.locator('.markers-panel .monaco-list').first();
    await page.locator('.markers-panel .monaco-list-row').first().waitFor({ timeout: 30_000 });
    const box = await list.boundingBox();
    if (!box) throw new Error('the Problems panel has no list');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const seen = new Map<number, RawRow>();
    for (let attempt = 0; attempt < 200; attempt++) {
        const before = seen.size;
        for (const row of await visibleRows(page)) seen.set(row.index, row);
        if (attempt > 0 && seen.size === before) break;
        await page.mouse.wheel(0, box.height / 2);
        await page.waitForTimeout(150);
    }
    await page.mouse.move(0, 0);

    const rows: ProblemRow[] = [];
    let file = '';
    for (const row of [...seen.values()].sort((a, b) => a.index - b.index)) {
        const resource = /problems? in file (.+) of folder (.+)$/.exec(row.label);
        if (resource) {
            file = resource[2] === '.' ? resource[1] : `${resource[2]}/${resource[1]}`;
            continue;
        }
        const marker = /svc([a-z]+(?:-[a-z]+)*)\[Ln (\d+), Col (\d+)\]$/.exec(row.text);
        if (!marker) throw new Error(`a Problems row without a rule id and position: ${row.text}`);
        rows.push({ file, code: marker[1], line: Number(marker[2]), column: Number(marker[3]) });
    }
    return rows;
}

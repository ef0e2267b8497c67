import { afterEach, describe, expect, test } from 'vitest';
import type { InlayHint } from 'vscode-languageserver';
import type { Locale } from '#protocol/locale.js';
import { desk, deskFiles, openMeasured, type MeasuredTestWorkspace } from '../hover/measured-test-workspace.js';

let workspace: MeasuredTestWorkspace | undefined;

afterEach(() => {
    workspace?.remove();
    workspace = undefined;
});

/** Each hint as `text of its line up to the hint ⟨label⟩ (tooltip)`, as the editor shows it. */
async function hintsOf(files: Record<string, string>, locale: Locale = 'en'): Promise<string[]> {
    workspace = await openMeasured(files, locale);
    const { document } = workspace;
    const end = document.textDocument.positionAt(document.textDocument.getText().length);
    const hints: InlayHint[] = await workspace.services.lsp.InlayHintProvider!.getInlayHints(document, {
        textDocument: { uri: workspace.uri }, range: { start: { line: 0, character: 0 }, end }
    }) ?? [];
    return hints.map(hint => {
        const before = document.textDocument.getText({ start: { line: hint.position.line, character: 0 }, end: hint.position }).trim();
        return `${before} ⟨${String(hint.label)}⟩ (${String(hint.tooltip)})`;
    });
}

describe('inlay hints of measured KPIs', () => {
    test('after the KPI\'s name and title: latest value with unit and period; the status and the row in the tooltip', async () => {
        expect(await hintsOf(deskFiles)).toEqual([
            'kpi AvgWait "平均等候" ⟨= 8.7 min (2026-10)⟩ (The latest value is on target. From kpi.csv, line 3.)',
            'kpi WaitRate ⟨= 70 % (2026-10)⟩ (The latest value is off target. From kpi.csv, line 4.)',
            'kpi FirstCall ⟨= 78 % (2026-10)⟩ (The latest value is at warning. From kpi.csv, line 6.)',
            'kpi Verify ⟨= 5.5 min (2026-10)⟩ (The latest value is off target. From kpi.csv, line 7.)',
            'kpi Warmth ⟨= 4.6 score (2026-10)⟩ (The latest value is on target. From kpi.csv, line 8.)',
            // No direction: no status.
            'kpi Visits ⟨= 100 count (2026-10)⟩ (From kpi.csv, line 10.)'
        ]);
    });

    test('in Chinese', async () => {
        const hints = await hintsOf(deskFiles, 'zh-CN');
        expect(hints[0]).toBe('kpi AvgWait "平均等候" ⟨= 8.7 min（2026-10）⟩ (最新实测值达标。来自 kpi.csv 第 3 行。)');
        expect(hints[2]).toBe('kpi FirstCall ⟨= 78 %（2026-10）⟩ (最新实测值达到预警。来自 kpi.csv 第 6 行。)');
        expect(hints[3]).toBe('kpi Verify ⟨= 5.5 min（2026-10）⟩ (最新实测值未达目标。来自 kpi.csv 第 7 行。)');
    });

    test('a KPI without unit shows the plain number, to three significant digits as every figure', async () => {
        const spec = 'service S {\n  measurements M from "kpi.csv"\n  kpi Plain { direction higher }\n}\n';
        expect(await hintsOf({ 's.svc': spec, 'kpi.csv': 'kpi,period,value\nPlain,2026-W07,12.25\n' }))
            .toEqual(['kpi Plain ⟨= 12.3 (2026-W07)⟩ (From kpi.csv, line 2.)']);
    });

    test('nothing without data: no data elements, or files that cannot be read', async () => {
        expect(await hintsOf({ 'desk.svc': desk.replace(/ {2}(measurements|survey) .*\n/g, '') })).toEqual([]);
        workspace!.remove();
        expect(await hintsOf({ 'desk.svc': desk })).toEqual([]);
    });
});

import { realpathSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MarkupContent } from 'vscode-languageserver';
import type { Locale } from '#protocol/locale.js';
import { desk, deskFiles, openMeasured, type MeasuredTestWorkspace } from './measured-test-workspace.js';

/** The hover text on the `at`-th character of `fragment` in the workspace's spec. */
async function hoverOn(workspace: MeasuredTestWorkspace, fragment: string, at: number): Promise<string> {
    const hover = await workspace.services.lsp.HoverProvider!.getHoverContent(workspace.document, {
        textDocument: { uri: workspace.uri }, position: workspace.position(fragment, at)
    });
    return hover && MarkupContent.is(hover.contents) ? hover.contents.value : '';
}

/** The card's lines from the first measured-data field on. */
const measuredLines = (text: string, firstLabel: string) => text.slice(text.indexOf(`- **${firstLabel}**`)).split('\n');

const workspaces: Partial<Record<Locale, MeasuredTestWorkspace>> = {};

/** The real path of the workspace's `data/kpi.csv` as a file URI: what the hover links to. */
const dataFileUri = (workspace: MeasuredTestWorkspace) =>
    pathToFileURL(realpathSync(`${dirname(workspace.document.uri.fsPath)}/data/kpi.csv`)).href;

beforeAll(async () => {
    workspaces.en = await openMeasured(deskFiles);
    workspaces['zh-CN'] = await openMeasured(deskFiles, 'zh-CN');
});

afterAll(() => Object.values(workspaces).forEach(workspace => workspace.remove()));

describe('hover on a KPI with measured data', () => {
    test('latest value with unit and period, status, trend judged by direction, and the row it came from', async () => {
        const text = await hoverOn(workspaces.en!, 'kpi AvgWait', 5);
        expect(measuredLines(text, 'Latest value')).toEqual([
            '- **Latest value**: `8.7 min` (2026-10)',
            '- **Status**: on target',
            '- **Trend**: ↓ from `9.5 min` (2026-09), better',
            `- **Data file**: [kpi\\.csv, line 3](${dataFileUri(workspaces.en!)}#L3)`
        ]);
    });

    test('at warning, with a worse trend; off target; a KPI without direction has no status and an unjudged trend', async () => {
        expect(measuredLines(await hoverOn(workspaces.en!, 'kpi FirstCall', 5), 'Latest value').slice(0, 3)).toEqual([
            '- **Latest value**: `78 %` (2026-10)',
            '- **Status**: ⚠ at warning',
            '- **Trend**: ↓ from `82 %` (2026-09), worse'
        ]);
        const verify = await hoverOn(workspaces.en!, 'kpi Verify', 5);
        // 330 s read in the KPI's minutes; a single value has no trend.
        expect(measuredLines(verify, 'Latest value').slice(0, 2)).toEqual(['- **Latest value**: `5.5 min` (2026-10)', '- **Status**: ⚠ off target']);
        expect(verify).not.toContain('**Trend**');
        const visits = await hoverOn(workspaces.en!, 'kpi Visits', 5);
        expect(measuredLines(visits, 'Latest value').slice(0, 2)).toEqual(['- **Latest value**: `100 count` (2026-10)', '- **Trend**: ↓ from `120 count` (2026-09)']);
        expect(visits).not.toContain('**Status**');
    });

    test('hovering a reference (`feeds Warmth`) shows the same data', async () => {
        const text = await hoverOn(workspaces.en!, 'feeds Warmth', 7);
        expect(text).toMatch(/^\*\*KPI\*\* `Warmth`/);
        expect(text).toContain('- **Latest value**: `4.6 score` (2026-10)\n- **Status**: on target\n- **Data file**: ');
    });

    test('a KPI without data in a workspace with data: no data yet', async () => {
        expect(measuredLines(await hoverOn(workspaces.en!, 'kpi Spare', 5), 'Latest value')).toEqual(['- **Latest value**: no data yet']);
    });

    test('zh-CN', async () => {
        const zh = workspaces['zh-CN']!;
        expect(measuredLines(await hoverOn(zh, 'kpi AvgWait', 5), '最新实测值')).toEqual([
            '- **最新实测值**：`8.7 min`（2026-10）',
            '- **状态**：达标',
            '- **趋势**：↓ 较 `9.5 min`（2026-09），变好',
            `- **数据文件**：[kpi\\.csv 第 3 行](${dataFileUri(zh)}#L3)`
        ]);
        expect(await hoverOn(zh, 'kpi FirstCall', 5)).toContain('- **状态**：⚠ 达到预警\n- **趋势**：↓ 较 `82 %`（2026-09），变差');
        expect(await hoverOn(zh, 'kpi Verify', 5)).toContain('- **状态**：⚠ 未达目标');
        expect(await hoverOn(zh, 'kpi Spare', 5)).toContain('- **最新实测值**：尚无数据');
    });
});

describe('hover on a survey with answers', () => {
    test('answered rows and a table of mean expectation, perception and gap per dimension', async () => {
        const text = await hoverOn(workspaces.en!, 'survey Q3', 8);
        expect(measuredLines(text, 'Answered rows')).toEqual([
            '- **Answered rows**: 3',
            '',
            '| SERVQUAL dimension | Expectation E | Perception P | Gap P − E |',
            '| --- | ---: | ---: | ---: |',
            '| Reliability | 6.5 | 5 | -1.5 ⚠ |',
            '| Tangibles | 5 | 6 | +1 |'
        ]);
        const zh = await hoverOn(workspaces['zh-CN']!, 'survey Q3', 8);
        expect(zh).toContain('- **有效作答行数**：3\n\n| SERVQUAL 维度 | 期望 E | 感知 P | 差距 P − E |');
        expect(zh).toContain('| 可靠性 | 6.5 | 5 | -1.5 ⚠ |');
    });
});

describe('hover without data', () => {
    test('a spec without data elements: the KPI and survey cards as before', async () => {
        const workspace = await openMeasured({ 'desk.svc': desk.replace(/ {2}(measurements|survey) .*\n/g, '') });
        try {
            const text = await hoverOn(workspace, 'kpi AvgWait', 5);
            expect(text).toMatch(/- \*\*Reporting period\*\*: Monthly \(`monthly`\)$/);
            expect(await hoverOn(workspace, 'kpi Spare', 5)).not.toContain('Latest value');
        } finally {
            workspace.remove();
        }
    });

    test('data elements whose files are missing: no data yet, and a survey without answers keeps its card', async () => {
        const workspace = await openMeasured({ 'desk.svc': desk });
        try {
            expect(await hoverOn(workspace, 'kpi AvgWait', 5)).toMatch(/- \*\*Latest value\*\*: no data yet$/);
            expect(await hoverOn(workspace, 'survey Q3', 8)).toMatch(/- \*\*Answer scale\*\*: 7$/);
        } finally {
            workspace.remove();
        }
    });

    test('a data file name cannot inject Markdown', async () => {
        const spec = 'service S {\n  measurements M from "data/kpi_[x](y).csv"\n  kpi K { unit min }\n}\n';
        const workspace = await openMeasured({ 's.svc': spec, 'data/kpi_[x](y).csv': 'kpi,period,value\nK,2026-10,5\n' });
        try {
            const text = await hoverOn(workspace, 'kpi K', 4);
            expect(text).toContain('- **Data file**: [kpi\\_\\[x\\]\\(y\\)\\.csv, line 2](file://');
            expect(text).toMatch(/kpi_%5Bx%5D%28y%29\.csv#L2\)$/);
        } finally {
            workspace.remove();
        }
    });
});

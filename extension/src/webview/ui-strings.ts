import type { Locale } from '#protocol/locale.js';
import type { ExportFormat, PreviewView } from '#protocol/preview-messages.js';

/**
 * The words of the preview's own UI, in both languages. The host picks the
 * locale from VS Code's display language and writes it into `<html lang>`;
 * the webview reads it back, so both sides use this one dictionary.
 */
export interface UiStrings {
    toolbar: string;
    view: string;
    views: Record<PreviewView, string>;
    service: string;
    process: string;
    allProcesses: string;
    part: string;
    measuredOverlay: string;
    measuredOverlayHint: string;
    zoomIn: string;
    zoomOut: string;
    zoomLevel: string;
    zoomFit: string;
    zoomFitHint: string;
    zoomActualHint: string;
    continuationHint: string;
    exportAs: string;
    exports: Record<ExportFormat, string>;
    stale: string;
    rendering: string;
    renderFailed: string;
    mermaidSource: string;
    noDiagram: string;
    diagramCanvas: string;
}

export const uiStrings: Record<Locale, UiStrings> = {
    'en': {
        toolbar: 'Preview toolbar',
        view: 'View',
        views: { blueprint: 'Service blueprint', flow: 'Process flow', standards: 'Standards map', performance: 'Performance' },
        service: 'Service',
        process: 'Process',
        allProcesses: 'All processes',
        part: 'Part',
        measuredOverlay: 'Measured overlay',
        measuredOverlayHint: 'Mark the steps whose standard the measured data do not meet (off: the design alone)',
        zoomIn: 'Zoom in (Ctrl/Cmd + wheel)',
        zoomOut: 'Zoom out (Ctrl/Cmd + wheel)',
        zoomLevel: 'Zoom level',
        zoomFit: 'Fit',
        zoomFitHint: 'Fit the drawing to the panel (the whole of it, or its width when the whole would be too small to read)',
        zoomActualHint: 'Actual size (100 %), around the middle of the view',
        continuationHint: 'Go to the part that draws this step',
        exportAs: 'Export…',
        exports: { svg: 'SVG image', png: 'PNG image (2×)', mermaid: 'Mermaid source (.mmd)', markdown: 'Markdown report', html: 'HTML report' },
        stale: 'The spec has syntax errors; showing the last valid blueprint.',
        rendering: 'Rendering…',
        renderFailed: 'This diagram could not be drawn:',
        mermaidSource: 'Mermaid source',
        noDiagram: 'Nothing to draw in this view.',
        diagramCanvas: 'Diagrams: drag to move, Ctrl/Cmd + wheel to zoom, click a step to show it in the editor'
    },
    'zh-CN': {
        toolbar: '预览工具栏',
        view: '视图',
        views: { blueprint: '服务蓝图', flow: '流程图', standards: '标准地图', performance: '绩效' },
        service: '服务',
        process: '流程',
        allProcesses: '全部流程',
        part: '部分',
        measuredOverlay: '实测叠加',
        measuredOverlayHint: '标出实测数据未达到其标准的步骤（关闭：只看设计）',
        zoomIn: '放大（Ctrl/Cmd + 滚轮）',
        zoomOut: '缩小（Ctrl/Cmd + 滚轮）',
        zoomLevel: '缩放比例',
        zoomFit: '适应',
        zoomFitHint: '缩放图表以适应面板（整张图，或整张图太小无法阅读时适应宽度）',
        zoomActualHint: '实际大小（100%），以视图中心为准',
        continuationHint: '转到绘制此步骤的部分',
        exportAs: '导出…',
        exports: { svg: 'SVG 图像', png: 'PNG 图像（2 倍）', mermaid: 'Mermaid 源码（.mmd）', markdown: 'Markdown 报告', html: 'HTML 报告' },
        stale: '规格存在语法错误；正在显示最后一份有效的服务蓝图。',
        rendering: '正在绘制…',
        renderFailed: '此图无法绘制：',
        mermaidSource: 'Mermaid 源码',
        noDiagram: '此视图中没有可绘制的内容。',
        diagramCanvas: '图表：拖动以移动，Ctrl/Cmd + 滚轮缩放，单击步骤可在编辑器中显示'
    }
};

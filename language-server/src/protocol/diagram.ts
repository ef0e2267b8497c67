import type { Locale } from '#protocol/locale.js';

/** The pictures of a service: per process (blueprint, flow, standards map), and of its measured data (performance). */
export const blueprintViews = ['blueprint', 'flow', 'standards', 'performance'] as const;
export type BlueprintView = typeof blueprintViews[number];

export interface MermaidDiagram {
    /** Shown above the diagram: process (and stage, when split) title; in the performance view the standard group, survey or service. Plain spec text: the host escapes it. */
    title: string;
    /** Mermaid source, safe whatever the spec says. */
    text: string;
    view: BlueprintView;
    /** Step id (StepModel.id) → Mermaid node id, for click-to-reveal and cursor highlight. */
    nodes: Record<string, string>;
    /** Blueprint view only: the lanes in canonical order as drawn ('evidence','customer','frontstage','backstage','support' plus 'unassigned' if any step has no lane). */
    lanes: string[];
    /** Blueprint view of a split process: continuation node id ("→ step" / "← step") → the id of the step it stands for, drawn in another part. */
    continuations?: Record<string, string>;
    /** Blueprint view: its stage columns from left to right, each with the Mermaid ids of the nodes drawn in it; no title for steps outside any stage. */
    stages?: StageColumn[];
    /** Blueprint view: the highlights it uses, explained below the drawing by the renderer (where no edge runs). */
    legend?: DiagramLegend;
}

export interface StageColumn {
    /** Plain spec text: the renderer writes it as SVG text, never markup. */
    title?: string;
    nodes: string[];
}

export interface DiagramLegend {
    title: string;
    /** Each highlight's class (fail, wait, moment, notMet) and what it means. */
    entries: Array<{ className: string; text: string }>;
}

export interface GenerateOptions {
    locale?: Locale;
    /** Only this process (by name). */
    process?: string;
    /** Blueprint view: a larger process is split by stage. Default 25. */
    maxStepsPerDiagram?: number;
    /** Blueprint view: mark the steps whose standard a KPI shows not met, with the measured value against the target. Default true; false draws the clean design. */
    measuredOverlay?: boolean;
}

import type { MermaidWriter } from './mermaid-writer.js';

/**
 * Classes for what the blueprint points out; fail, wait and moment touch different properties so they combine.
 * A class with its own light fill also fixes a dark text colour, so it stays readable in dark themes.
 */
const classStyles = {
    fail: 'stroke:#c62828,stroke-width:3px',
    wait: 'fill:#ffe8a3,color:#3e2c00',
    moment: 'font-weight:bold',
    evidence: 'fill:#f5f5f5,stroke:#9e9e9e,stroke-dasharray:4 3,color:#333333',
    stub: 'fill:#ffffff,stroke:#9e9e9e,stroke-dasharray:3 3,color:#555555',
    placeholder: 'fill:none,stroke:none',
    process: 'fill:#e3f2fd,stroke:#1565c0,color:#0d2a4a',
    kpi: 'fill:#e8f5e9,stroke:#2e7d32,color:#1b3d1d',
    unmeasured: 'fill:#fdecea,stroke:#c62828,stroke-width:2px,stroke-dasharray:6 3,color:#4a0e0e',
    /**
     * A step whose standard a KPI shows not met (blueprint overlay): a thick dashed border, touching neither the
     * fail point's border colour nor the wait point's fill, so it combines with both (a failing fail point: red and dashed).
     */
    notMet: 'stroke-width:4px,stroke-dasharray:9 5',
    /** The performance view's empty state. */
    note: 'fill:#fffde7,stroke:#9e9e9e,stroke-dasharray:4 3,color:#333333'
} as const;

export type StyleClass = keyof typeof classStyles;

/** A class's style as `property:value` pairs, for a renderer that draws a sample of it (the blueprint legend). */
export function classStyle(className: string): Record<string, string> {
    const css: string = Object.hasOwn(classStyles, className) ? classStyles[className as StyleClass] : '';
    return Object.fromEntries(css.split(',').filter(Boolean).map(pair => pair.split(':') as [string, string]));
}

/** Recovery edges are drawn in the fail colour. */
export const recoveryLinkCss = 'stroke:#c62828,color:#c62828';

/** `classDef` lines for the given classes (fixed text, no user input). */
export function defineClasses(writer: MermaidWriter, classes: readonly StyleClass[]): void {
    for (const className of classes) writer.raw(`classDef ${className} ${classStyles[className]}`);
}

import type { Label } from './encode-label.js';

/** Node shapes the diagrams use; the label always sits in double quotes. */
const shapes = {
    box: ['[', ']'],
    rounded: ['(', ')'],
    stadium: ['([', '])'],
    subroutine: ['[[', ']]'],
    circle: ['((', '))']
} as const;

export type Shape = keyof typeof shapes;

/** `-->` next, `-.->` recovery, `-.-` an evidence link (no direction), `~~~` an invisible link that only orders the layout. */
export type Arrow = '-->' | '-.->' | '-.-' | '~~~';

/**
 * Writes Mermaid flowchart-grammar text (flowchart and swimlane-beta share it).
 * Ids are chosen by the views from fixed prefixes; text only enters as a
 * `Label`, i.e. encoded, so nothing written here depends on what the spec says.
 */
export class MermaidWriter {
    private readonly lines: string[];
    private depth = 1;
    private edgeCount = 0;
    private readonly classMembers = new Map<string, string[]>();
    private readonly linkStyles = new Map<string, number[]>();

    constructor(header: string) {
        this.lines = [header];
    }

    node(id: string, text: Label, shape: Shape = 'box'): void {
        const [open, close] = shapes[shape];
        this.write(`${id}${open}"${text}"${close}`);
    }

    /** A node without text (start and end markers), drawn with one of Mermaid's named shapes. */
    marker(id: string, shape: 'sm-circ' | 'fr-circ'): void {
        this.write(`${id}@{ shape: ${shape} }`);
    }

    /** Writes an edge; `linkCss` (fixed style text) is applied by index with `linkStyle` at the end. */
    edge(from: string, to: string, arrow: Arrow, text?: Label, linkCss?: string): void {
        this.write(text === undefined ? `${from} ${arrow} ${to}` : `${from} ${arrow}|"${text}"| ${to}`);
        if (linkCss) this.linkStyles.set(linkCss, [...this.linkStyles.get(linkCss) ?? [], this.edgeCount]);
        this.edgeCount++;
    }

    subgraph(id: string, title: Label, body: () => void): void {
        this.write(`subgraph ${id}["${title}"]`);
        this.depth++;
        body();
        this.depth--;
        this.write('end');
    }

    /** Marks a node with a class; the classes are applied together at the end. */
    addClass(id: string, className: string): void {
        this.classMembers.set(className, [...this.classMembers.get(className) ?? [], id]);
    }

    /** `classDef` and `linkStyle` lines: fixed style text, never user text. */
    raw(line: string): void {
        this.write(line);
    }

    /** The classes used so far, to decide which legend entries to draw. */
    usesClass(className: string): boolean {
        return this.classMembers.has(className);
    }

    text(): string {
        const indent = '    ';
        const classes = [...this.classMembers].map(([className, ids]) => `${indent}class ${ids.join(',')} ${className}`);
        const links = [...this.linkStyles].map(([css, indices]) => `${indent}linkStyle ${indices.join(',')} ${css}`);
        return `${[...this.lines, ...classes, ...links].join('\n')}\n`;
    }

    private write(line: string): void {
        this.lines.push(`${'    '.repeat(this.depth)}${line}`);
    }
}

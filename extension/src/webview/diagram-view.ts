/// <reference lib="dom" />
import type { MermaidDiagram } from '#server/blueprint/mermaid/index.js';
import type { UiStrings } from './ui-strings.js';
import { svgElement } from './svg-insert.js';

/** Diagrams drawn off-screen, ready to replace what the canvas shows. */
export interface DrawnDiagrams {
    sections: HTMLElement[];
    /** Step id → its node elements (a step can appear in more than one diagram). */
    nodes: Map<string, Element[]>;
    failed: number;
}

export interface DrawOptions {
    /** Renders one diagram to SVG text; throws when Mermaid cannot. */
    render: (diagram: MermaidDiagram, id: string) => Promise<string>;
    /** Unique per drawing: Mermaid scopes each SVG's styles by its element id. */
    idPrefix: string;
    nonce: string;
    text: UiStrings;
    /** A step node was clicked or activated with the keyboard. */
    onStep: (stepId: string) => void;
    /** A continuation node ("→ step") of diagram `from` was clicked or activated: the step it stands for is drawn in another part. */
    onContinuation: (stepId: string, from: number) => void;
}

/** Mermaid's element for node `nodeId`: `data-id` on current renderers, an id like `…flowchart-<id>-<n>` on older ones. */
export function findNode(svg: Element, nodeId: string): Element | undefined {
    const quoted = CSS.escape(nodeId);
    const byData = svg.querySelector(`g.node[data-id="${quoted}"]`) ?? svg.querySelector(`[data-id="${quoted}"]`);
    if (byData) return byData;
    const suffix = new RegExp(`(^|-)${nodeId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-\\d+$`);
    return [...svg.querySelectorAll('g[id]')].find(element => suffix.test(element.id));
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
    const created = document.createElement(tag);
    created.className = className;
    if (text !== undefined) created.textContent = text;
    return created;
}

/** Never a blank panel: what went wrong and the Mermaid source, selectable for a bug report. */
function failure(diagram: MermaidDiagram, error: unknown, text: UiStrings): HTMLElement[] {
    const details = element('details', 'source');
    details.open = true;
    details.append(element('summary', '', text.mermaidSource), element('pre', '', diagram.text));
    return [element('p', 'error', `${text.renderFailed} ${error instanceof Error ? error.message : String(error)}`), details];
}

/** `stepId`: the step the node draws (a step node) or stands for (a continuation node). */
function makeClickable(node: Element, className: string, stepId: string, activate: () => void): void {
    node.classList.add(className);
    node.setAttribute('data-svc-step', stepId);
    node.setAttribute('tabindex', '0');
    node.setAttribute('role', 'button');
    node.addEventListener('click', activate);
    node.addEventListener('keydown', event => {
        const key = (event as KeyboardEvent).key;
        if (key !== 'Enter' && key !== ' ') return;
        event.preventDefault();
        activate();
    });
}

/** A failed Mermaid render leaves its working element (`d<id>`, with an error picture) in the page. */
function removeLeftovers(id: string): void {
    for (const leftover of document.querySelectorAll(`body > #d${CSS.escape(id)}, body > #${CSS.escape(id)}`)) leftover.remove();
}

/** Draws every diagram; one that fails shows its error and source, and the others still draw. */
export async function drawDiagrams(diagrams: readonly MermaidDiagram[], options: DrawOptions): Promise<DrawnDiagrams> {
    const drawn: DrawnDiagrams = { sections: [], nodes: new Map(), failed: 0 };
    for (const [index, diagram] of diagrams.entries()) {
        const section = element('section', 'diagram');
        if (diagram.title) section.append(element('h2', 'diagram-title', diagram.title));
        const id = `${options.idPrefix}-${index}`;
        try {
            const svg = svgElement(await options.render(diagram, id), options.nonce);
            section.append(svg);
            for (const [stepId, nodeId] of Object.entries(diagram.nodes)) {
                const node = findNode(svg, nodeId);
                if (!node) continue;
                makeClickable(node, 'svc-step', stepId, () => options.onStep(stepId));
                drawn.nodes.set(stepId, [...drawn.nodes.get(stepId) ?? [], node]);
            }
            for (const [nodeId, stepId] of Object.entries(diagram.continuations ?? {})) {
                const node = findNode(svg, nodeId);
                if (!node) continue;
                makeClickable(node, 'svc-continuation', stepId, () => options.onContinuation(stepId, index));
                node.setAttribute('aria-label', `${options.text.continuationHint}: ${node.textContent?.trim() ?? ''}`);
            }
        } catch (error) {
            removeLeftovers(id);
            drawn.failed++;
            section.classList.add('failed');
            section.append(...failure(diagram, error, options.text));
        }
        drawn.sections.push(section);
    }
    return drawn;
}

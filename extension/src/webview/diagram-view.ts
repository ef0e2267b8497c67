/// <reference lib="dom" />
import type { MermaidDiagram } from '#server/blueprint/mermaid/index.js';
import type { UiStrings } from './ui-strings.js';
import { svgElement } from './svg-insert.js';

/** A diagram drawn off-screen, ready to replace what the canvas shows of it. */
export interface DrawnPart {
    section: HTMLElement;
    /** Step id → its node element. */
    nodes: Map<string, Element>;
    failed: boolean;
}

export interface DrawOptions {
    /** Renders one diagram to SVG text; throws when Mermaid cannot. */
    render: (diagram: MermaidDiagram, id: string) => Promise<string>;
    /** Unique per drawing: Mermaid scopes each SVG's styles by its element id. */
    id: string;
    nonce: string;
    text: UiStrings;
    /** A step node was clicked or activated with the keyboard. */
    onStep: (stepId: string) => void;
    /** A continuation node ("→ step") in `section` was clicked or activated: the step it stands for is drawn in another part. */
    onContinuation: (stepId: string, section: HTMLElement) => void;
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

/** The section of a part: its title, and what `content` holds. */
function partSection(diagram: MermaidDiagram): HTMLElement {
    const section = element('section', 'diagram');
    if (diagram.title) section.append(element('h2', 'diagram-title', diagram.title));
    return section;
}

/** A part not drawn yet: its title and a word that it is on its way. */
export function placeholderPart(diagram: MermaidDiagram, text: UiStrings): HTMLElement {
    const section = partSection(diagram);
    section.append(element('p', 'placeholder', text.rendering));
    return section;
}

/** Draws one diagram in a section of its own; when Mermaid fails, the section shows the error and the source. */
export async function drawPart(diagram: MermaidDiagram, options: DrawOptions): Promise<DrawnPart> {
    const section = partSection(diagram);
    const nodes = new Map<string, Element>();
    try {
        const svg = svgElement(await options.render(diagram, options.id), options.nonce);
        section.append(svg);
        for (const [stepId, nodeId] of Object.entries(diagram.nodes)) {
            const node = findNode(svg, nodeId);
            if (!node) continue;
            makeClickable(node, 'svc-step', stepId, () => options.onStep(stepId));
            nodes.set(stepId, node);
        }
        for (const [nodeId, stepId] of Object.entries(diagram.continuations ?? {})) {
            const node = findNode(svg, nodeId);
            if (!node) continue;
            makeClickable(node, 'svc-continuation', stepId, () => options.onContinuation(stepId, section));
            node.setAttribute('aria-label', `${options.text.continuationHint}: ${node.textContent?.trim() ?? ''}`);
        }
        return { section, nodes, failed: false };
    } catch (error) {
        removeLeftovers(options.id);
        section.classList.add('failed');
        section.append(...failure(diagram, error, options.text));
        return { section, nodes, failed: true };
    }
}

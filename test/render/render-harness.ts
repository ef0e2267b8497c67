/// <reference lib="dom" />
/**
 * Shared setup of the headless rendering tests: one real Chromium per test
 * file (never skipped: a missing browser or bundle fails with what to do),
 * what the render page reports, and measurements taken in the page.
 */
import { readdirSync, statSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { MermaidDiagram } from '../../language-server/src/blueprint/mermaid/index.js';
import { legendClass } from '../../language-server/src/render/browser/blueprint-legend.js';
import { decorationClasses } from '../../language-server/src/render/browser/decorate-blueprint.js';
import { stageColumnClasses } from '../../language-server/src/render/browser/stage-columns.js';
import { laneSubgraphId } from '../../language-server/src/render/browser/blueprint-lines.js';
import { HeadlessRenderer } from '../../language-server/src/render/headless-renderer.js';
import { findRenderBundle } from '../../language-server/src/render/render-bundle.js';

const browserSources = resolve(import.meta.dirname, '../../language-server/src/render/browser');

/** Starts Chromium with the render page; fails (never skips) when Chromium or a current bundle is missing. */
const examplesRoot = resolve(import.meta.dirname, '../../examples');

/** Every example workspace (a folder of .svc files under examples/), checked as the CLI would. */
export function exampleWorkspaces(): Array<{ name: string; files: string[] }> {
    return readdirSync(examplesRoot, { withFileTypes: true }).filter(entry => entry.isDirectory()).map(entry => {
        const folder = join(examplesRoot, entry.name);
        return { name: entry.name, files: readdirSync(folder).filter(file => file.endsWith('.svc')).sort().map(file => join(folder, file)) };
    });
}

export async function launchRenderer(): Promise<HeadlessRenderer> {
    const bundle = findRenderBundle();
    const bundleTime = statSync(bundle).mtimeMs;
    const newer = readdirSync(browserSources).filter(file => statSync(join(browserSources, file)).mtimeMs > bundleTime);
    if (newer.length > 0) throw new Error(`${bundle} is older than ${newer.join(', ')}: rebuild it with 'node esbuild.mjs'`);
    return HeadlessRenderer.launch();
}

/** The Chromium renderer of one test file: launched (its page watched) before the file's tests, closed after them. */
export interface FileRenderer {
    readonly renderer: HeadlessRenderer;
    readonly incidents: PageIncidents;
}

/** Registers the hooks that give the calling test file one renderer; read its fields inside tests and hooks. */
export function rendererForFile(): FileRenderer {
    const shared: { renderer?: HeadlessRenderer; incidents?: PageIncidents } = {};
    beforeAll(async () => {
        shared.renderer = await launchRenderer();
        shared.incidents = watchPage(shared.renderer.page);
    }, 120_000);
    afterAll(async () => {
        await shared.renderer?.close();
    });
    return {
        get renderer() { return shared.renderer!; },
        get incidents() { return shared.incidents!; }
    };
}

/** What the page said on its own: dialogs (alert, confirm), console errors and uncaught exceptions. */
export interface PageIncidents {
    dialogs: string[];
    consoleErrors: string[];
    pageErrors: string[];
}

export function watchPage(page: Page): PageIncidents {
    const incidents: PageIncidents = { dialogs: [], consoleErrors: [], pageErrors: [] };
    page.on('dialog', dialog => {
        incidents.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss();
    });
    page.on('console', message => {
        if (message.type() === 'error') incidents.consoleErrors.push(message.text());
    });
    page.on('pageerror', error => incidents.pageErrors.push(error.message));
    return incidents;
}

export interface Box {
    left: number;
    right: number;
    top: number;
    bottom: number;
}

export interface BlueprintGeometry {
    /** XML parse error of the SVG markup, if any. */
    parseError?: string;
    /** The whole drawing, in page pixels. */
    svg: Box;
    /** Lane → its band (the lane rectangle Mermaid drew), or missing. */
    bands: Record<string, Box | undefined>;
    /** Step id → the box of its node, or missing. */
    steps: Record<string, Box | undefined>;
    lines: Array<{ kind: string; above: string; below: string; y: number; left: number; right: number; label: string; labelBox: Box }>;
    /** Stage column separators, left to right (x of each), and the headers (column index, text, box). */
    separators: number[];
    headers: Array<{ column: number; text: string; box: Box }>;
    /** The legend below the lanes, if drawn. */
    legend?: Box;
    /** Bounding boxes of the drawn edges. */
    edges: Box[];
    /** The text of all labels, blanks collapsed. */
    text: string;
    /** Number of Mermaid nodes drawn. */
    nodeCount: number;
}

/**
 * Shows the SVG in the render page (parsed as XML, as a file would be) and
 * measures it with getBoundingClientRect: lane bands by the lane subgraph ids,
 * step nodes by the generator's node ids, and the decoration lines.
 */
export async function measureBlueprint(page: Page, svg: string, diagram: MermaidDiagram): Promise<BlueprintGeometry> {
    const laneIds = Object.fromEntries(diagram.lanes.map(lane => [lane, laneSubgraphId(lane)]));
    return page.evaluate(({ svg, laneIds, nodes, classes, columnClasses, legendClass }) => {
        const box = (element: Element): Box => {
            const rect = element.getBoundingClientRect();
            return { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
        };
        const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
        const parseError = parsed.querySelector('parsererror')?.textContent ?? undefined;
        const host = document.createElement('div');
        document.body.replaceChildren(host);
        host.append(document.importNode(parsed.documentElement, true));
        const root = host.firstElementChild!;
        const nodeElements = [...root.querySelectorAll('g.node[id]')];
        const bands = Object.fromEntries(Object.entries(laneIds).map(([lane, id]) => {
            const body = root.querySelector(`g.cluster[data-id="${id}"] > rect.swimlane-body`);
            return [lane, body ? box(body) : undefined];
        }));
        const steps = Object.fromEntries(Object.entries(nodes).map(([stepId, nodeId]) => {
            const element = nodeElements.find(candidate => new RegExp(`-flowchart-${nodeId}-\\d+$`).test(candidate.id));
            return [stepId, element ? box(element) : undefined];
        }));
        const lines = [...root.querySelectorAll(`g.${classes.line}`)].map(group => {
            const line = box(group.querySelector('line')!);
            const label = group.querySelector(`text.${classes.label}`)!;
            return {
                kind: group.getAttribute('data-line') ?? '', above: group.getAttribute('data-above') ?? '', below: group.getAttribute('data-below') ?? '',
                y: (line.top + line.bottom) / 2, left: line.left, right: line.right,
                label: label.textContent ?? '', labelBox: box(label)
            };
        });
        const separators = [...root.querySelectorAll(`line.${columnClasses.separator}`)].map(line => (box(line).left + box(line).right) / 2).sort((a, b) => a - b);
        const headers = [...root.querySelectorAll(`text.${columnClasses.header}`)]
            .map(header => ({ column: Number(header.getAttribute('data-column')), text: header.textContent ?? '', box: box(header) }));
        const legendElement = root.querySelector(`g.${legendClass}`);
        return {
            parseError, svg: box(root), bands, steps, lines, separators, headers,
            ...legendElement ? { legend: box(legendElement) } : {},
            edges: [...root.querySelectorAll('path.flowchart-link')].map(box),
            // Labels only: the text of <text> and of HTML labels, not the style sheet.
            text: [...root.querySelectorAll('text, foreignObject')].map(element => element.textContent ?? '').join(' ').replace(/\s+/g, ' '),
            nodeCount: nodeElements.length
        };
    }, { svg, laneIds, nodes: diagram.nodes, classes: decorationClasses, columnClasses: stageColumnClasses, legendClass });
}

/**
 * The lines of text a drawing shows, label by label: an HTML label split at
 * its `<br>` elements, an SVG `<text>` by its line tspans (`x` set) or whole.
 * Shown in the page from the SVG as a file holds it.
 */
export async function drawnLines(page: Page, svg: string): Promise<string[]> {
    return page.evaluate(markup => {
        const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml');
        const host = document.createElement('div');
        document.body.replaceChildren(host);
        host.append(document.importNode(parsed.documentElement, true));
        const lines: string[] = [];
        const htmlLines = (element: Element): string[] => {
            const found = [''];
            const walk = (node: Node): void => {
                if (node instanceof Element && node.localName === 'br') found.push('');
                else if (node.nodeType === Node.TEXT_NODE) found[found.length - 1] += node.textContent ?? '';
                else node.childNodes.forEach(walk);
            };
            walk(element);
            return found;
        };
        for (const frame of host.querySelectorAll('foreignObject')) lines.push(...htmlLines(frame));
        for (const text of host.querySelectorAll('text')) {
            const rows = [...text.children].filter(child => child.localName === 'tspan' && child.hasAttribute('x'));
            lines.push(...rows.length > 0 ? rows.map(row => row.textContent ?? '') : [text.textContent ?? '']);
        }
        return lines.map(line => line.trim()).filter(line => line.length > 0);
    }, svg);
}

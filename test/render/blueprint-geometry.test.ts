import { relative, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { blueprintLanes, type ServiceModel, type StepModel } from '#protocol/blueprint-schema.js';
import { buildBlueprint } from '../../language-server/src/blueprint/build-blueprint.js';
import { generateMermaid, type MermaidDiagram } from '../../language-server/src/blueprint/mermaid/index.js';
import type { Locale } from '#protocol/locale.js';
import { blueprintLines } from '../../language-server/src/render/browser/blueprint-lines.js';
import { checkFiles } from '../../language-server/src/workspace/check-files.js';
import { exampleWorkspaces, measureBlueprint, type BlueprintGeometry, rendererForFile } from './render-harness.js';

const chromium = rendererForFile();

const examplesRoot = resolve(import.meta.dirname, '../../examples');
const canonicalLanes: readonly string[] = [...blueprintLanes, 'unassigned'];

const workspaces = exampleWorkspaces();

const figures: string[] = [];

afterAll(async () => {
    console.log(['Blueprint geometry (y in SVG px from the top of the drawing: evidence | customer | frontstage | backstage | support; stage column widths in px):', ...figures].join('\n'));
});

describe('blueprints of the examples, drawn in Chromium', () => {
    test('there are examples with processes to draw', () => {
        expect(workspaces.flatMap(workspace => workspace.files).length).toBeGreaterThanOrEqual(6);
    });

    test.for(workspaces)('$name', { timeout: 120_000 }, async ({ files }) => {
        const check = await checkFiles(files);
        let drawn = 0;
        for (const file of check.files) {
            for (const service of buildBlueprint(file.document, check.services).services) {
                for (const locale of ['en', 'zh-CN'] as const) {
                    const diagrams = generateMermaid(service, 'blueprint', { locale });
                    const rendered = await chromium.renderer.render(diagrams, { locale, theme: 'light' });
                    for (const [index, diagram] of diagrams.entries()) {
                        const geometry = await measureBlueprint(chromium.renderer.page, rendered[index].svg, diagram);
                        expectBlueprintGeometry(geometry, diagram, service, locale);
                        figures.push(figureRow(relative(examplesRoot, file.file), locale, diagram, geometry, rendered[index].milliseconds));
                        drawn++;
                    }
                }
            }
        }
        // hotel-library.svc is a library of standards; its folder still draws room-service.
        expect(drawn).toBeGreaterThan(0);
        expect(chromium.incidents).toEqual({ dialogs: [], consoleErrors: [], pageErrors: [] });
    });
});

describe('blueprint lines drawn only between lanes that are there', () => {
    /** A hand-written swimlane blueprint with the given lanes, one step each, in the generator's subgraph ids. */
    function handWritten(lanes: string[]): MermaidDiagram {
        const subgraphs = lanes.map((lane, index) => `    subgraph lane${canonicalLanes.indexOf(lane)}["${lane}"]\n        n${index}["${lane} step"]\n    end`);
        const edges = lanes.slice(1).map((_, index) => `    n${index} --> n${index + 1}`);
        return { title: lanes.join('+'), view: 'blueprint', nodes: {}, lanes, text: ['swimlane-beta LR', ...subgraphs, ...edges].join('\n') };
    }

    test.for([
        { lanes: ['customer', 'backstage'], lines: [] },
        { lanes: ['evidence', 'customer', 'frontstage'], lines: ['interaction'] },
        { lanes: ['frontstage', 'backstage', 'support'], lines: ['visibility', 'internal-interaction'] },
        { lanes: ['customer', 'frontstage', 'backstage', 'support', 'unassigned'], lines: ['interaction', 'visibility', 'internal-interaction'] }
    ])('$lanes → $lines', async ({ lanes, lines }) => {
        const diagram = handWritten(lanes);
        const [{ svg }] = await chromium.renderer.render([diagram], { locale: 'zh-CN', theme: 'dark' });
        const geometry = await measureBlueprint(chromium.renderer.page, svg, diagram);
        expect(geometry.lines.map(line => line.kind)).toEqual(lines);
        expect(geometry.lines.map(line => line.label)).toEqual(lines.map(kind => blueprintLines.find(line => line.kind === kind)!.label['zh-CN']));
    });
});

function expectBlueprintGeometry(geometry: BlueprintGeometry, diagram: MermaidDiagram, service: ServiceModel, locale: Locale): void {
    const where = `${diagram.title} (${locale})`;
    expect(geometry.parseError, where).toBeUndefined();
    // The lanes are drawn in canonical order, every one of them a band.
    expect(diagram.lanes, where).toEqual(canonicalLanes.filter(lane => diagram.lanes.includes(lane)));
    const bands = diagram.lanes.map(lane => {
        const band = geometry.bands[lane];
        expect(band, `${where}: band of lane ${lane}`).toBeDefined();
        return { lane, ...band! };
    });
    const widest = Math.max(...bands.map(band => band.right - band.left));
    for (const band of bands) {
        // Full-width horizontal bands: all share the same left and right edges.
        expect(band.right - band.left, `${where}: width of ${band.lane}`).toBeGreaterThan(widest - 1);
        expect(band.left, `${where}: left of ${band.lane}`).toBeCloseTo(bands[0].left, 0);
        expect(band.bottom - band.top, `${where}: height of ${band.lane}`).toBeGreaterThan(20);
    }
    for (const [index, band] of bands.slice(1).entries()) {
        const previous = bands[index];
        expect(band.top, `${where}: ${band.lane} below ${previous.lane}`).toBeGreaterThanOrEqual(previous.bottom - 0.5);
    }

    // Every step inside its lane, and its title in the drawing.
    const steps = new Map(service.processes.flatMap(process => process.steps).map(step => [step.id, step]));
    expect(Object.keys(diagram.nodes).length, where).toBeGreaterThan(0);
    for (const [stepId] of Object.entries(diagram.nodes)) {
        const step = steps.get(stepId)!;
        const node = geometry.steps[stepId];
        expect(node, `${where}: node of step ${stepId}`).toBeDefined();
        const band = geometry.bands[step.lane ?? 'unassigned']!;
        const centre = (node!.top + node!.bottom) / 2;
        expect(centre, `${where}: step ${stepId} in lane ${step.lane}`).toBeGreaterThan(band.top);
        expect(centre, `${where}: step ${stepId} in lane ${step.lane}`).toBeLessThan(band.bottom);
        expect(geometry.text, `${where}: title of ${stepId}`).toContain(shownName(step));
    }

    expectStageColumns(geometry, diagram, where);

    // The three lines, each between its two lanes, full width, labelled at the left just above it.
    const expected = blueprintLines.filter(line => diagram.lanes.includes(line.above) && diagram.lanes.includes(line.below));
    expect(geometry.lines.map(line => line.kind), where).toEqual(expected.map(line => line.kind));
    for (const line of geometry.lines) {
        const above = geometry.bands[line.above]!;
        const below = geometry.bands[line.below]!;
        const definition = blueprintLines.find(candidate => candidate.kind === line.kind)!;
        expect(line.y, `${where}: ${line.kind} line`).toBeGreaterThanOrEqual(above.bottom - 1);
        expect(line.y, `${where}: ${line.kind} line`).toBeLessThanOrEqual(below.top + 1);
        expect(line.left, `${where}: ${line.kind} line starts at the left edge`).toBeLessThanOrEqual(above.left + 1);
        expect(line.right, `${where}: ${line.kind} line reaches the right edge`).toBeGreaterThanOrEqual(above.right - 1);
        expect(line.label, where).toBe(definition.label[locale]);
        expect(line.labelBox.left, `${where}: ${line.kind} label at the left`).toBeLessThan(above.left + 40);
        expect(line.labelBox.bottom, `${where}: ${line.kind} label above its line`).toBeLessThanOrEqual(line.y + 1);
        expect(line.labelBox.top, `${where}: ${line.kind} label inside the upper lane`).toBeGreaterThan(above.top);
    }
}

/**
 * Stages as columns: one separator between two columns, left to right; each
 * step's centre between the separators of its stage's column; each stage's
 * title as its header, above the lanes and within its column; the legend
 * below the lanes, crossed by no edge.
 */
function expectStageColumns(geometry: BlueprintGeometry, diagram: MermaidDiagram, where: string): void {
    const columns = diagram.stages ?? [];
    expect(columns.length, `${where}: stage columns`).toBeGreaterThan(0);
    const titled = columns.some(column => column.title !== undefined);
    expect(geometry.separators, `${where}: separators`).toHaveLength(titled ? columns.length - 1 : 0);
    const edgesOf = (index: number) => ({
        left: index === 0 ? -Infinity : geometry.separators[index - 1],
        right: index === columns.length - 1 ? Infinity : geometry.separators[index]
    });
    const stepOfNode = new Map(Object.entries(diagram.nodes).map(([step, node]) => [node, step]));
    const top = Math.min(...diagram.lanes.map(lane => geometry.bands[lane]!.top));
    const bottom = Math.max(...diagram.lanes.map(lane => geometry.bands[lane]!.bottom));
    columns.forEach((column, index) => {
        const span = edgesOf(index);
        for (const node of column.nodes.filter(id => stepOfNode.has(id))) {
            const box = geometry.steps[stepOfNode.get(node)!]!;
            const centre = (box.left + box.right) / 2;
            expect(centre, `${where}: step ${stepOfNode.get(node)} in column ${index} (${column.title})`).toBeGreaterThan(span.left);
            expect(centre, `${where}: step ${stepOfNode.get(node)} in column ${index} (${column.title})`).toBeLessThan(span.right);
        }
        const header = geometry.headers.find(candidate => candidate.column === index);
        if (column.title === undefined) {
            expect(header, `${where}: column ${index} has no header`).toBeUndefined();
            return;
        }
        expect(header?.text.replace(/\s+/g, ''), `${where}: header of column ${index}`).toBe(column.title.replace(/\s+/g, ''));
        expect(header!.box.bottom, `${where}: header ${index} above the lanes`).toBeLessThanOrEqual(top + 1);
        expect(header!.box.left, `${where}: header ${index} in its column`).toBeGreaterThanOrEqual(Math.max(span.left, geometry.svg.left) - 1);
        expect(header!.box.right, `${where}: header ${index} in its column`).toBeLessThanOrEqual(Math.min(span.right, geometry.svg.right) + 1);
    });
    for (const [index, x] of geometry.separators.slice(1).entries()) expect(x, `${where}: separators in order`).toBeGreaterThan(geometry.separators[index]);

    if (geometry.legend) {
        const legend = geometry.legend;
        expect(legend.top, `${where}: legend below the lanes`).toBeGreaterThanOrEqual(bottom);
        const crossing = geometry.edges.filter(edge => edge.left < legend.right && edge.right > legend.left && edge.top < legend.bottom && edge.bottom > legend.top);
        expect(crossing, `${where}: edges through the legend`).toEqual([]);
    }
}

/** What the generator shows for a step: its title, or its name without one; blanks collapsed as in a label. */
function shownName(step: StepModel): string {
    return (step.title?.trim() ? step.title : step.name).replace(/\s+/g, ' ').trim();
}

function figureRow(file: string, locale: Locale, diagram: MermaidDiagram, geometry: BlueprintGeometry, milliseconds: number): string {
    const origin = geometry.svg.top;
    const bands = diagram.lanes.map(lane => {
        const band = geometry.bands[lane]!;
        return `${Math.round(band.top - origin)}–${Math.round(band.bottom - origin)}`;
    }).join(' | ');
    const size = `${Math.round(geometry.svg.right - geometry.svg.left)}×${Math.round(geometry.svg.bottom - geometry.svg.top)}`;
    // Stage columns: their widths from the lanes' left to the right, between the separators.
    const edges = [geometry.bands[diagram.lanes[0]]!.left, ...geometry.separators, geometry.svg.right];
    const columns = edges.slice(1).map((right, index) => Math.round(right - edges[index])).join('/');
    return `  ${file.padEnd(36)} ${locale.padEnd(5)} steps ${String(Object.keys(diagram.nodes).length).padStart(3)}  nodes ${String(geometry.nodeCount).padStart(3)}  ${size.padEnd(10)} bands ${bands}  columns ${columns}  render ${Math.round(milliseconds)} ms`;
}

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { locales } from '#protocol/locale.js';
import type { ServiceModel } from '#protocol/blueprint-schema.js';
import { generateMermaid } from './index.js';
import { blueprintsOf, expectEveryEdgeKept, labelsOf, laneOfNode, parseMermaid } from '../../../../test/helpers/mermaid-kit.js';

const examplesRoot = join(dirname(fileURLToPath(import.meta.url)), '../../../../examples');

/** Each example folder is one workspace, as the conformance test checks it. */
function exampleFolders(): Array<[string, Record<string, string>]> {
    const folders = new Map<string, Record<string, string>>();
    for (const entry of readdirSync(examplesRoot, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !entry.name.endsWith('.svc')) continue;
        const folder = relative(examplesRoot, entry.parentPath);
        folders.set(folder, { ...folders.get(folder), [entry.name]: readFileSync(join(entry.parentPath, entry.name), 'utf8') });
    }
    return [...folders];
}

const generatedId = /^(?:(?:s|e|stop|stub|gap|lane|stage|legend|start|std|k|p)\d+|sep\d+l\d+|legend)$/
const lanes = ['evidence', 'customer', 'frontstage', 'backstage', 'support', 'unassigned'];

async function servicesOfFolder(files: Record<string, string>): Promise<ServiceModel[]> {
    const blueprints = await blueprintsOf(files);
    for (const blueprint of blueprints) expect(blueprint.syntaxErrors).toBe(0);
    return blueprints.flatMap(blueprint => blueprint.services);
}

describe('the examples', () => {
    test('are there to check', () => {
        expect(exampleFolders().length).toBeGreaterThanOrEqual(5);
    });

    describe.each(exampleFolders())('%s', (_folder, files) => {
        test('blueprints: every step drawn once, in the band of its lane, every edge kept, only generated ids', async () => {
            for (const service of await servicesOfFolder(files)) {
                for (const process of service.processes) {
                    for (const maxStepsPerDiagram of [25, 4]) {
                        const diagrams = generateMermaid(service, 'blueprint', { process: process.name, maxStepsPerDiagram });
                        expect(diagrams.flatMap(diagram => Object.keys(diagram.nodes)).sort()).toEqual(process.steps.map(step => step.id).sort());
                        for (const diagram of diagrams) {
                            const parsed = await parseMermaid(diagram.text);
                            expect(parsed.type).toBe('swimlane');
                            expect(diagram.lanes.slice(0, 5)).toEqual(lanes.slice(0, 5));
                            expect(parsed.subgraphs.map(subgraph => subgraph.id).filter(id => id !== 'legend'))
                                .toEqual(diagram.lanes.map(lane => `lane${lanes.indexOf(lane)}`));
                            for (const step of process.steps.filter(candidate => diagram.nodes[candidate.id])) {
                                expect(laneOfNode(parsed, diagram.nodes[step.id])).toBe(`lane${lanes.indexOf(step.lane ?? 'unassigned')}`);
                            }
                            // A node outside every subgraph would open an extra, unnamed band.
                            expect([...parsed.vertices.keys()].filter(id => !laneOfNode(parsed, id))).toEqual([]);
                            expect([...parsed.vertices.keys(), ...parsed.subgraphs.map(subgraph => subgraph.id)].filter(id => !generatedId.test(id))).toEqual([]);
                        }
                        await expectEveryEdgeKept(process, diagrams);
                    }
                }
            }
        });

        test('flow and standards views parse, in both languages, with every step of the flow drawn', async () => {
            for (const service of await servicesOfFolder(files)) {
                for (const locale of locales) {
                    const flows = generateMermaid(service, 'flow', { locale });
                    expect(flows.map(diagram => Object.keys(diagram.nodes).length)).toEqual(service.processes.map(process => process.steps.length));
                    for (const diagram of [...flows, ...generateMermaid(service, 'standards', { locale }), ...generateMermaid(service, 'blueprint', { locale })]) {
                        const parsed = await parseMermaid(diagram.text);
                        expect(Object.values(diagram.nodes).every(id => parsed.vertices.has(id))).toBe(true);
                        for (const text of labelsOf(diagram.text)) expect(text.replace(/<br\/>|<wbr>/g, '')).not.toMatch(/["<>`\n%{}[\]|]/);
                    }
                }
            }
        });

        test('standards maps highlight exactly the unmeasured standards', async () => {
            for (const service of await servicesOfFolder(files)) {
                const drawn = new Map<string, string[]>();
                for (const diagram of generateMermaid(service, 'standards')) {
                    for (const [id, vertex] of (await parseMermaid(diagram.text)).vertices) if (/^std\d+$/.test(id)) drawn.set(id, vertex.classes);
                }
                expect([...drawn.keys()].sort()).toEqual(service.standards.map((_, index) => `std${index}`).sort());
                for (const [index, standard] of service.standards.entries()) {
                    expect(drawn.get(`std${index}`)?.includes('unmeasured')).toBe(standard.measuredBy.length === 0);
                }
            }
        });
    });
});

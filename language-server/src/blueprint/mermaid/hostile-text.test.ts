import { describe, expect, test } from 'vitest';
import type { ServiceModel } from '#protocol/blueprint-schema.js';
import { generateMermaid, type BlueprintView, type MermaidDiagram } from './index.js';
import { hostileSpec, hostileTexts, labelsOf, parseMermaid, serviceOf, shownText, structureOf, type ParsedDiagram } from '../../../../test/helpers/mermaid-kit.js';

const views: BlueprintView[] = ['blueprint', 'flow', 'standards'];
const benign = 'Plain';

/** What must never appear in a label, once our own `<br/>` and `<wbr>` are taken out. */
const forbiddenInLabels = /["<>`\r\n\u2028\u2029\u0085%{}[\]|:;$\\]|#(?!\d+;)/;

function expectSafe(diagram: MermaidDiagram): void {
    for (const text of labelsOf(diagram.text)) expect(text.replace(/<br\/>|<wbr>|#\d+;/g, '')).not.toMatch(forbiddenInLabels);
    expect(diagram.text).not.toMatch(/%%|<script|<img|^\s*click\b/im);
}

/** The shape of a parsed diagram without its texts. */
function skeleton(parsed: ParsedDiagram): unknown {
    return {
        type: parsed.type,
        vertices: [...parsed.vertices].map(([id, vertex]) => [id, vertex.classes]),
        edges: parsed.edges.map(edge => [edge.start, edge.end, edge.type, edge.stroke]),
        subgraphs: parsed.subgraphs.map(subgraph => [subgraph.id, subgraph.nodes])
    };
}

async function expectSameDiagrams(hostile: MermaidDiagram[], plain: MermaidDiagram[], text: string): Promise<void> {
    expect(hostile.map(diagram => diagram.nodes)).toEqual(plain.map(diagram => diagram.nodes));
    for (const [index, diagram] of hostile.entries()) {
        expectSafe(diagram);
        // Same lines, same statements: only the label texts differ.
        expect(structureOf(diagram.text)).toBe(structureOf(plain[index].text));
        const parsed = await parseMermaid(diagram.text);
        expect(skeleton(parsed)).toEqual(skeleton(await parseMermaid(plain[index].text)));
        // Mermaid reads the text back as written, with line breaks as spaces.
        const expected = text.replace(/[\s\u0085]+/gu, ' ').trim();
        // Split at our own line breaks before decoding: the text may say `<br/>` too.
        const shown = [...parsed.vertices.values()].map(vertex => vertex.text.split('<br/>').map(shownText));
        if (expected) expect(shown.some(lines => lines.includes(expected) || lines.some(line => line.endsWith(` ${expected}`)))).toBe(true);
    }
}

describe('spec text cannot change the diagram', () => {
    // A spec string cannot hold a line break (its only escapes are \" and \\): those texts are checked on the model below.
    test.each(hostileTexts.filter(text => !/[\r\n]/.test(text)))('%j in every string of the spec', async text => {
        const plain = await serviceOf(hostileSpec(benign));
        const hostile = await serviceOf(hostileSpec(text));
        for (const view of views) {
            for (const maxStepsPerDiagram of [25, 2]) {
                await expectSameDiagrams(
                    generateMermaid(hostile, view, { maxStepsPerDiagram }), generateMermaid(plain, view, { maxStepsPerDiagram }), text);
            }
        }
    });

    // The grammar has no raw line breaks or control characters in strings, and names are identifiers;
    // a model from elsewhere (or a future grammar) might, so the generators are checked on the model too.
    test.each([...hostileTexts, 'a\u0000b\u001bc', '\u202Eevil', '  '])('%j anywhere in the model, names included', async text => {
        const plain = await serviceOf(hostileSpec(benign));
        const hostile = renamed(await serviceOf(hostileSpec(benign)), text);
        for (const view of views) {
            const diagrams = generateMermaid(hostile, view, { maxStepsPerDiagram: 2 });
            const expected = generateMermaid(plain, view, { maxStepsPerDiagram: 2 });
            expect(diagrams.map(diagram => Object.values(diagram.nodes))).toEqual(expected.map(diagram => Object.values(diagram.nodes)));
            for (const [index, diagram] of diagrams.entries()) {
                expectSafe(diagram);
                expect(structureOf(diagram.text)).toBe(structureOf(expected[index].text));
                expect(skeleton(await parseMermaid(diagram.text))).toEqual(skeleton(await parseMermaid(expected[index].text)));
            }
        }
    });
});

/** The model with every name and text replaced by `text` (numbered where names must stay unique). */
function renamed(service: ServiceModel, text: string): ServiceModel {
    const name = (old: string) => `${text}${old}`;
    for (const process of service.processes) {
        process.name = name(process.name);
        process.title = text;
        process.standards = process.standards.map(name);
        for (const stage of process.stages) Object.assign(stage, { name: name(stage.name), title: text });
        for (const step of process.steps) {
            Object.assign(step, {
                id: name(step.id), name: name(step.name), title: text, stage: step.stage && name(step.stage),
                evidence: step.evidence.map(() => text), wait: step.wait && text, duration: step.duration && text,
                standards: step.standards.map(name), fails: step.fails.map(fail => ({ description: text, recover: fail.recover && name(fail.recover) }))
            });
        }
        for (const edge of process.edges) Object.assign(edge, { from: name(edge.from), to: name(edge.to), condition: edge.condition === undefined ? undefined : text });
    }
    for (const standard of service.standards) {
        Object.assign(standard, { name: name(standard.name), title: text, dimension: text, measuredBy: standard.measuredBy.map(name) });
        if (standard.target) standard.target.text = text;
    }
    for (const kpi of service.kpis) Object.assign(kpi, { name: name(kpi.name), title: text, target: text, unit: text });
    Object.assign(service, { name: name(service.name), title: text });
    return service;
}

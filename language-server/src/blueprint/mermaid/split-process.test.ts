import { describe, expect, test } from 'vitest';
import { generateMermaid } from './index.js';
import { clinicSpec, edgeList, expectEveryEdgeKept, laneOfNode, parseMermaid, serviceOf, shownText } from '../../../../test/helpers/mermaid-kit.js';

/** A process of `count` customer steps in one stage, each followed by the next. */
function chainSpec(count: number, stage = true): string {
    const steps = Array.from({ length: count }, (_, index) =>
        `step T${index} "第${index}步" by C { ${index + 1 < count ? `next T${index + 1}` : 'next end'} }`).join('\n');
    return `service S { actor C "c" customer process P "流程" { ${stage ? `stage Only "唯一阶段" { ${steps} }` : steps} } }`;
}

describe('splitting a large process', () => {
    test('keeps a process within the limit (25 by default) in one diagram', async () => {
        expect(generateMermaid(await serviceOf(chainSpec(25)), 'blueprint')).toHaveLength(1);
        expect(generateMermaid(await serviceOf(clinicSpec), 'blueprint', { maxStepsPerDiagram: 7 })).toHaveLength(1);
    });

    test('splits by stage, titles "Process › Stage", and splits a stage beyond the limit into even chunks', async () => {
        const service = await serviceOf(clinicSpec);
        const diagrams = generateMermaid(service, 'blueprint', { maxStepsPerDiagram: 3 });
        expect(diagrams.map(diagram => [diagram.title, Object.keys(diagram.nodes)])).toEqual([
            ['门诊就诊 › 到院', ['Register', 'Triage', 'Retriage']],
            ['门诊就诊 › 诊疗 (1/2)', ['Test', 'Record']],
            ['门诊就诊 › 诊疗 (2/2)', ['Leave', 'Note']]
        ]);
        // A step keeps its node id in whichever diagram draws it.
        expect(diagrams[1].nodes).toEqual({ Test: 's3', Record: 's4' });
    });

    test('replaces edges into other diagrams by stubs in the lane of the step they stand for', async () => {
        const diagrams = generateMermaid(await serviceOf(clinicSpec), 'blueprint', { maxStepsPerDiagram: 3 });
        const arrive = await parseMermaid(diagrams[0].text);
        expect(edgeList(arrive).filter(edge => edge.includes('stub')).sort()).toEqual([
            's1 -->|需检查| stub0', 's1 -->|无需检查| stub1', 's2 --> stub0'
        ].sort());
        expect(shownText(arrive.vertices.get('stub0')?.text ?? '')).toBe('→ 检验');
        expect(laneOfNode(arrive, 'stub0')).toBe('lane3');
        expect(laneOfNode(arrive, 'stub1')).toBe('lane1');
        expect(arrive.vertices.get('stub0')?.classes).toEqual(['stub']);

        const treat = await parseMermaid(diagrams[1].text);
        const incoming = edgeList(treat).filter(edge => edge.startsWith('stub')).sort();
        expect(incoming).toEqual(['stub0 -->|需检查| s3', 'stub1 --> s3']);
        expect(shownText(treat.vertices.get('stub0')?.text ?? '')).toBe('← 分诊');
        expect(laneOfNode(treat, 'stub0')).toBe('lane2');
    });

    test('loses no edge: each is drawn, with its label, in every diagram holding one of its ends', async () => {
        const service = await serviceOf(clinicSpec);
        for (const limit of [1, 2, 3, 4]) {
            const diagrams = generateMermaid(service, 'blueprint', { maxStepsPerDiagram: limit });
            await expectEveryEdgeKept(service.processes[0], diagrams);
            expect(diagrams.flatMap(diagram => Object.keys(diagram.nodes)).sort()).toEqual(service.processes[0].steps.map(step => step.id).sort());
        }
    });

    test('draws only the lanes each part needs beyond the canonical five', async () => {
        const diagrams = generateMermaid(await serviceOf(clinicSpec), 'blueprint', { maxStepsPerDiagram: 3 });
        expect(diagrams.map(diagram => diagram.lanes.includes('unassigned'))).toEqual([false, false, true]);
    });

    test('splits 26 steps of one stage into two chunks of 13 by default', async () => {
        const diagrams = generateMermaid(await serviceOf(chainSpec(26)), 'blueprint');
        expect(diagrams.map(diagram => [diagram.title, Object.keys(diagram.nodes).length])).toEqual([
            ['流程 › 唯一阶段 (1/2)', 13], ['流程 › 唯一阶段 (2/2)', 13]
        ]);
    });

    test('names the parts of steps written outside stages', async () => {
        const service = await serviceOf(chainSpec(4, false));
        expect(generateMermaid(service, 'blueprint', { maxStepsPerDiagram: 2 }).map(diagram => diagram.title))
            .toEqual(['流程 › Steps outside stages (1/2)', '流程 › Steps outside stages (2/2)']);
        expect(generateMermaid(service, 'blueprint', { maxStepsPerDiagram: 2, locale: 'zh-CN' })[0].title).toBe('流程 › 阶段外的步骤 (1/2)');
    });

    test('treats a limit below one as one', async () => {
        expect(generateMermaid(await serviceOf(chainSpec(3)), 'blueprint', { maxStepsPerDiagram: 0 })).toHaveLength(3);
    });
});

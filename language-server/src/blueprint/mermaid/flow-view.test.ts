import { describe, expect, test } from 'vitest';
import { generateMermaid } from './index.js';
import { clinicSpec, edgeList, parseMermaid, serviceOf, shownText } from '../../../../test/helpers/mermaid-kit.js';

describe('flow view', () => {
    test('is a left-to-right flowchart with the stages as subgraphs and steps outside stages outside them', async () => {
        const service = await serviceOf(`
service S {
  actor C "c" customer
  process P "流程" {
    step Intro "开场" by C { next A }
    stage One "第一阶段" { step A by C { next B } }
    stage Two "第二阶段" { step B by C { next end } }
    stage Empty "空阶段" { }
  }
}`);
        const [diagram] = generateMermaid(service, 'flow');
        const parsed = await parseMermaid(diagram.text);
        expect(diagram.text.startsWith('flowchart LR\n')).toBe(true);
        expect([diagram.title, diagram.view, diagram.lanes, diagram.nodes]).toEqual(['流程', 'flow', [], { Intro: 's0', A: 's1', B: 's2' }]);
        expect(parsed.subgraphs.map(subgraph => [subgraph.id, subgraph.title, subgraph.nodes])).toEqual([
            ['stage0', '第一阶段', ['s1']], ['stage1', '第二阶段', ['s2']]
        ]);
    });

    test('draws start and end nodes, conditions on edges and dashed recovery edges', async () => {
        const [diagram] = generateMermaid(await serviceOf(clinicSpec), 'flow', { locale: 'zh-CN' });
        const parsed = await parseMermaid(diagram.text);
        expect(edgeList(parsed).sort()).toEqual([
            'start0 --> s0',
            's0 --> s1',
            's1 -->|需检查| s3',
            's1 -->|无需检查| s5',
            's2 --> s3',
            's3 --> s4',
            's4 --> s5',
            's1 -.->|分诊错误| s2',
            's5 --> stop0',
            's6 -->|已离院| stop0'
        ].sort());
        expect([parsed.vertices.get('start0')?.text, parsed.vertices.get('stop0')?.text]).toEqual(['开始', '结束']);
        expect(shownText(parsed.vertices.get('s1')?.text ?? '')).toBe('★⚠ 分诊<br/>用时 3 min');
    });

    test('styles fail points, wait points and moments of truth as the blueprint does', async () => {
        const parsed = await parseMermaid(generateMermaid(await serviceOf(clinicSpec), 'flow')[0].text);
        expect(parsed.vertices.get('s0')?.classes).toEqual(['wait']);
        expect(parsed.vertices.get('s1')?.classes.sort()).toEqual(['fail', 'moment']);
        expect(parsed.subgraphs.at(-1)?.id).toBe('legend');
    });
});

import { describe, expect, test } from 'vitest';
import { generateMermaid } from './index.js';
import { clinicSpec, edgeList, laneOfNode, parseMermaid, serviceOf, shownText } from '../../../../test/helpers/mermaid-kit.js';


const canonicalLanes = ['evidence', 'customer', 'frontstage', 'backstage', 'support'];

describe('blueprint view', () => {
    test('draws one swimlane diagram per process, titled by the process, mapping steps to generated ids', async () => {
        const [diagram, ...others] = generateMermaid(await serviceOf(clinicSpec), 'blueprint');
        expect(others).toEqual([]);
        expect(diagram.title).toBe('门诊就诊');
        expect(diagram.view).toBe('blueprint');
        expect(diagram.text.startsWith('swimlane-beta LR\n')).toBe(true);
        expect(diagram.nodes).toEqual({ Register: 's0', Triage: 's1', Retriage: 's2', Test: 's3', Record: 's4', Leave: 's5', Note: 's6' });
        expect((await parseMermaid(diagram.text)).type).toBe('swimlane');
    });

    test('puts every step in the subgraph of its lane and the evidence in the evidence lane, lanes in canonical order', async () => {
        const [diagram] = generateMermaid(await serviceOf(clinicSpec), 'blueprint');
        const parsed = await parseMermaid(diagram.text);
        expect(diagram.lanes).toEqual([...canonicalLanes, 'unassigned']);
        expect(parsed.subgraphs.map(subgraph => [subgraph.id, subgraph.title])).toEqual([
            ['lane0', 'Physical evidence'], ['lane1', 'Customer actions'], ['lane2', 'Frontstage'],
            ['lane3', 'Backstage'], ['lane4', 'Support processes'], ['lane5', 'Unassigned']
        ]);
        const lanes = Object.fromEntries(['s0', 's1', 's2', 's3', 's4', 's5', 's6', 'e0', 'e5', 'start0', 'stop5', 'stop6']
            .map(id => [id, laneOfNode(parsed, id)]));
        expect(lanes).toEqual({
            s0: 'lane1', s1: 'lane2', s2: 'lane2', s3: 'lane3', s4: 'lane4', s5: 'lane1', s6: 'lane5',
            e0: 'lane0', e5: 'lane0', start0: 'lane1', stop5: 'lane1', stop6: 'lane5'
        });
        expect([...parsed.vertices.keys()].filter(id => !laneOfNode(parsed, id))).toEqual([]);
    });

    test('has no unassigned lane when every step has a lane, and keeps an empty lane drawn', async () => {
        const service = await serviceOf(`
service S {
  actor C "顾客" customer
  actor F "柜员" frontstage
  process P { step A by C { next B } step B by F { next end } }
}`);
        const [diagram] = generateMermaid(service, 'blueprint');
        const parsed = await parseMermaid(diagram.text);
        expect(diagram.lanes).toEqual(canonicalLanes);
        expect(parsed.subgraphs.map(subgraph => subgraph.id)).toEqual(['lane0', 'lane1', 'lane2', 'lane3', 'lane4']);
        // Mermaid drops an empty subgraph; the invisible placeholder keeps the band.
        expect(parsed.subgraphs.find(subgraph => subgraph.id === 'lane3')?.nodes).toEqual(['gap3']);
        expect(parsed.vertices.get('gap3')?.classes).toEqual(['placeholder']);
    });

    test('draws exactly the next edges with conditions, dashed recovery edges, evidence links and start/end markers', async () => {
        const [diagram] = generateMermaid(await serviceOf(clinicSpec), 'blueprint');
        expect(edgeList(await parseMermaid(diagram.text)).sort()).toEqual([
            'start0 --> s0',
            's0 --> s1',
            's1 -->|需检查| s3',
            's1 -->|无需检查| s5',
            's2 --> s3',
            's3 --> s4',
            's4 --> s5',
            's1 -.->|分诊错误| s2',
            's0 -.- e0',
            's5 -.- e5',
            's5 --> stop5',
            's6 -->|已离院| stop6'
        ].sort());
        expect(diagram.text).toContain('linkStyle 7 stroke:#c62828');
    });

    test('labels each step with its title, wait and duration (its stage is its column), and lists the evidence of a step in one node', async () => {
        const service = await serviceOf(clinicSpec);
        const [diagram] = generateMermaid(service, 'blueprint');
        const parsed = await parseMermaid(diagram.text);
        const shown = (id: string) => shownText(parsed.vertices.get(id)?.text ?? '');
        expect(shown('s0')).toBe('挂号<br/>⏱ 12 min wait');
        expect(shown('s1')).toBe('★⚠ 分诊<br/>takes 3 min');
        expect(shown('s6')).toBe('Note');
        expect(shown('e0')).toBe('挂号单<br/>候诊区');
        expect(diagram.stages).toEqual([
            { title: '到院', nodes: ['s0', 'e0', 's1', 's2'] },
            { title: '诊疗', nodes: ['s3', 's4', 's5', 'e5', 'stop5', 's6', 'stop6'] }
        ]);
        const chinese = await parseMermaid(generateMermaid(service, 'blueprint', { locale: 'zh-CN' })[0].text);
        expect(shownText(chinese.vertices.get('s0')?.text ?? '')).toBe('挂号<br/>⏱ 等候 12 min');
        expect(chinese.subgraphs.map(subgraph => subgraph.title)).toEqual(['有形展示', '顾客行为', '前台', '后台', '支持过程', '未指定']);
    });

    test('keeps the stages in order: an invisible separator in the lane of each entry step of the next stage, after the last nodes of each lane', async () => {
        const [diagram] = generateMermaid(await serviceOf(clinicSpec), 'blueprint');
        const parsed = await parseMermaid(diagram.text);
        const invisible = parsed.edges.filter(edge => edge.stroke === 'invisible').map(edge => `${edge.start} ~~~ ${edge.end}`);
        // Arrive: 挂号 (s0) and its evidence (e0) end their lanes; 分诊 (s1) and 重新分诊 (s2) both end theirs (a recovery edge is no order);
        // Treat starts at 检验 (s3) and Note (s6).
        expect(invisible.sort()).toEqual([
            'e0 ~~~ sep0l3', 'e0 ~~~ sep0l5', 's0 ~~~ sep0l3', 's0 ~~~ sep0l5', 's1 ~~~ sep0l3', 's1 ~~~ sep0l5', 's2 ~~~ sep0l3', 's2 ~~~ sep0l5',
            'sep0l3 ~~~ s3', 'sep0l5 ~~~ s6'
        ]);
        expect(['sep0l3', 'sep0l5'].map(id => [laneOfNode(parsed, id), parsed.vertices.get(id)?.classes])).toEqual([
            ['lane3', ['placeholder']], ['lane5', ['placeholder']]
        ]);
    });

    test('a step outside any stage is in an untitled column', async () => {
        const service = await serviceOf('service S { actor C "c" customer process P { step A by C { next B } stage One "一" { step B by C { next end } } } }');
        expect(generateMermaid(service, 'blueprint')[0].stages).toEqual([{ nodes: ['s0'] }, { title: '一', nodes: ['s1', 'stop1'] }]);
    });

    test('styles fail points, wait points and moments of truth with distinct classes, and explains them in a legend after the lanes', async () => {
        const [diagram] = generateMermaid(await serviceOf(clinicSpec), 'blueprint');
        const parsed = await parseMermaid(diagram.text);
        expect(parsed.vertices.get('s0')?.classes).toEqual(['wait']);
        expect(parsed.vertices.get('s1')?.classes.sort()).toEqual(['fail', 'moment']);
        expect(parsed.vertices.get('s3')?.classes).toEqual([]);
        expect(parsed.vertices.get('e0')?.classes).toEqual(['evidence']);
        expect(diagram.text).toMatch(/classDef fail stroke:#c62828/);
        expect(diagram.text).toMatch(/classDef wait fill:#ffe8a3,color:#3e2c00/);
        // Light fills carry dark text, or dark themes draw light text on them.
        expect(diagram.text).toMatch(/classDef evidence [^\n]*color:#333333/);
        expect(diagram.text).toMatch(/classDef moment font-weight:bold/);
        // The renderer draws the legend below the lanes, where no edge runs.
        expect(parsed.subgraphs.map(subgraph => subgraph.id)).not.toContain('legend');
        expect(diagram.legend).toEqual({ title: 'Legend', entries: [
            { className: 'moment', text: '★ Moment of truth' }, { className: 'fail', text: '⚠ Fail point' }, { className: 'wait', text: '⏱ Wait point' }
        ] });
    });

    test('leaves the legend out when nothing is highlighted', async () => {
        const service = await serviceOf('service S { actor C "c" customer process P { step A by C { next end } } }');
        expect(generateMermaid(service, 'blueprint')[0].legend).toBeUndefined();
    });

    test('maps steps named like Object members', async () => {
        const service = await serviceOf('service S { actor C "c" customer process P { step __proto__ by C { next constructor } step constructor by C { next end } } }');
        for (const view of ['blueprint', 'flow'] as const) {
            const [diagram] = generateMermaid(service, view);
            expect(Object.entries(diagram.nodes)).toEqual([['__proto__', 's0'], ['constructor', 's1']]);
        }
    });

    test('draws the chosen process only', async () => {
        const service = await serviceOf(`
service S {
  actor C "c" customer
  process P1 "一" { step A by C { next end } }
  process P2 "二" { step B by C { next end } }
}`);
        expect(generateMermaid(service, 'blueprint').map(diagram => diagram.title)).toEqual(['一', '二']);
        expect(generateMermaid(service, 'blueprint', { process: 'P2' }).map(diagram => [diagram.title, diagram.nodes])).toEqual([['二', { B: 's0' }]]);
        expect(generateMermaid(service, 'blueprint', { process: 'Nope' })).toEqual([]);
    });
});

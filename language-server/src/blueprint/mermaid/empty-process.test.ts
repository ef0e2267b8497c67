import { expect, test } from 'vitest';
import { generateMermaid } from './index.js';
import { parseMermaid, serviceOf, shownText } from '../../../../test/helpers/mermaid-kit.js';

test('a process without steps still gives a parseable diagram in every view, never a blank one', async () => {
    const service = await serviceOf('service S { process P "空流程" { } }');
    const [blueprint] = generateMermaid(service, 'blueprint');
    const parsed = await parseMermaid(blueprint.text);
    expect([blueprint.nodes, blueprint.lanes]).toEqual([{}, ['evidence', 'customer', 'frontstage', 'backstage', 'support']]);
    expect(parsed.subgraphs.map(subgraph => subgraph.nodes)).toEqual([['gap0'], ['gap1'], ['gap2'], ['gap3'], ['gap4']]);

    const [flow] = generateMermaid(service, 'flow');
    expect([...(await parseMermaid(flow.text)).vertices.keys()]).toEqual(['start0']);

    const [standards] = generateMermaid(service, 'standards', { locale: 'zh-CN' });
    const map = await parseMermaid(standards.text);
    expect([...map.vertices.keys()]).toEqual(['p0']);
    expect(shownText(map.vertices.get('p0')?.text ?? '')).toBe('空流程<br/>此流程未引用任何标准');
});

test('a service without processes has no blueprint or flow', async () => {
    const service = await serviceOf('service S { actor C "c" customer }');
    expect(generateMermaid(service, 'blueprint')).toEqual([]);
    expect(generateMermaid(service, 'flow')).toEqual([]);
    expect(generateMermaid(service, 'standards')).toEqual([]);
});

import { describe, expect, test } from 'vitest';
import { generateMermaid } from './index.js';
import { edgeList, parseMermaid, serviceOf, shownText } from '../../../../test/helpers/mermaid-kit.js';

const spec = `
service Branch "网点" {
  actor C "顾客" customer
  actor T "柜员" frontstage
  standard Greet "30秒内问候" { dimension responsiveness target <= 30 s method observation frequency monthly owner T }
  standard Accurate "零差错" { dimension reliability target >= 99 % method audit frequency monthly owner T }
  standard Fast "20分钟办结" { dimension reliability bounds lead-time target <= 20 min method system-log frequency monthly owner T }
  standard Queue "排队不超过15分钟" { dimension responsiveness target <= 15 min method system-log frequency monthly owner T }
  kpi GreetRate "问候达标率" { measures Greet unit % target 95 }
  kpi Errors "差错率" { measures Accurate unit % target 0.1 }
  process Open "开户" {
    standard Fast
    step Arrive "到店" by C { next Serve }
    step Serve "办理" by T { standard Greet, Accurate next Check }
    step Check "复核" by T { standard Accurate next end }
  }
  capacity Desk { serves Serve demand 10 per h servers 2 standard Queue }
}`;

describe('standards view', () => {
    test('links the process and its steps to the standards they name, and the standards to the KPIs measuring them', async () => {
        const [diagram] = generateMermaid(await serviceOf(spec), 'standards', { process: 'Open' });
        const parsed = await parseMermaid(diagram.text);
        expect(diagram.text.startsWith('flowchart LR\n')).toBe(true);
        expect([diagram.title, diagram.view, diagram.nodes]).toEqual(['开户', 'standards', { Serve: 's1', Check: 's2' }]);
        expect(edgeList(parsed).sort()).toEqual([
            'p0 --> std2', 's1 --> std0', 's1 --> std1', 's2 --> std1', 'std0 --> k0', 'std1 --> k1'
        ].sort());
        const shown = (id: string) => shownText(parsed.vertices.get(id)?.text ?? '');
        expect([shown('p0'), shown('s1'), shown('std0'), shown('k0')]).toEqual(['开户', '办理', '30秒内问候<br/>≤ 30 s · responsiveness', '问候达标率<br/>target 95 %']);
        expect(parsed.vertices.get('p0')?.classes).toEqual(['process']);
        expect(parsed.vertices.get('k0')?.classes).toEqual(['kpi']);
    });

    test('highlights unmeasured standards with a class, a note and a legend line', async () => {
        const [diagram] = generateMermaid(await serviceOf(spec), 'standards', { process: 'Open', locale: 'zh-CN' });
        const parsed = await parseMermaid(diagram.text);
        expect(parsed.vertices.get('std2')?.classes).toEqual(['unmeasured']);
        expect(shownText(parsed.vertices.get('std2')?.text ?? '')).toBe('20分钟办结<br/>≤ 20 min · 可靠性<br/>⚠ 未被测量');
        expect(parsed.vertices.get('std0')?.classes).toEqual([]);
        expect(diagram.text).toMatch(/classDef unmeasured [^\n]*stroke:#c62828/);
        const legend = parsed.subgraphs.find(subgraph => subgraph.id === 'legend');
        expect(legend?.nodes.map(id => [shownText(parsed.vertices.get(id)?.text ?? ''), parsed.vertices.get(id)?.classes])).toEqual([
            ['⚠ 未被测量：没有 KPI 测量该标准', ['unmeasured']]
        ]);
    });

    test('adds a diagram for the standards no process names, unless one process is asked for', async () => {
        const service = await serviceOf(spec);
        const diagrams = generateMermaid(service, 'standards');
        expect(diagrams.map(diagram => diagram.title)).toEqual(['开户', '网点 › Standards outside processes']);
        const parsed = await parseMermaid(diagrams[1].text);
        expect([...parsed.vertices.keys()].filter(id => id !== 'legend0')).toEqual(['std3']);
        expect(parsed.vertices.get('std3')?.classes).toEqual(['unmeasured']);
        expect(generateMermaid(service, 'standards', { process: 'Open' })).toHaveLength(1);
    });

    test('leaves the legend out when every standard is measured', async () => {
        const service = await serviceOf(`
service S {
  actor C "c" customer
  standard A "a" { target <= 1 min }
  kpi K { measures A }
  process P { step X by C { standard A next end } }
}`);
        const diagrams = generateMermaid(service, 'standards');
        expect(diagrams).toHaveLength(1);
        expect((await parseMermaid(diagrams[0].text)).subgraphs).toEqual([]);
    });
});

import { describe, expect, test } from 'vitest';
import type { ServiceModel } from '#protocol/blueprint-schema.js';
import { generateMermaid } from './index.js';
import { measuredServicesOf, parseMermaid, shownText } from '../../../../test/helpers/mermaid-kit.js';

/**
 * A branch whose queue breaks its wait standard (18 min > 15 min), whose
 * advice is measured in seconds against a minutes standard (1,260 s = 21 min
 * > 20 min), and whose greeting standard is met; a fail point and a wait
 * point among the steps not met.
 */
const spec = `
service Branch "网点" {
  actor Customer "客户" customer
  actor Teller "柜员" frontstage
  standard ShortWait "等候不超过15分钟" { target <= 15 min }
  standard QuickAdvice "咨询不超过20分钟" { target <= 20 min }
  standard Greeting "微笑问候" { target >= 90 % }
  kpi AvgWait "平均等候" { measures ShortWait unit min direction lower target 12 warning 15 }
  kpi AdviceTime "咨询时长" { measures QuickAdvice unit s direction lower }
  kpi GreetRate "问候率" { measures Greeting unit % direction higher }
  measurements Monthly "月度指标" from "data/kpi.csv"
  process Visit "到店办理" {
    step Queue "取号等候" by Customer { wait 10 min standard ShortWait next Serve }
    step Serve "办理业务" by Teller { standard Greeting, QuickAdvice fail "系统卡顿" next Leave }
    step Leave "离店" by Customer { standard Greeting next end }
  }
}`;

const data = `kpi,period,value
AvgWait,2026-09,11
AvgWait,2026-10,18
AdviceTime,2026-10,1260
GreetRate,2026-10,96%
`;

async function branch(): Promise<ServiceModel> {
    const [service] = await measuredServicesOf({ 'spec.svc': spec, 'data/kpi.csv': data });
    return service;
}

describe('blueprint overlay of the measured service', () => {
    test('marks each step whose standard a KPI shows not met, with the latest value against the target, and explains it in the legend', async () => {
        const [diagram] = generateMermaid(await branch(), 'blueprint', { locale: 'en' });
        const parsed = await parseMermaid(diagram.text);
        // Classes as a set: the overlay touches only border width and dashes, so it combines with any other highlight in any order.
        const step = (id: string) => ({ lines: shownText(parsed.vertices.get(id)!.text).split('<br/>'), classes: [...parsed.vertices.get(id)!.classes].sort() });
        expect(step('s0')).toEqual({ lines: ['取号等候', '⏱ 10 min wait', '⚠ 18 min > 15 min'], classes: ['notMet', 'wait'] });
        // Seconds against a standard in minutes: shown in minutes.
        expect(step('s1')).toEqual({ lines: ['⚠ 办理业务', '⚠ 21 min > 20 min'], classes: ['fail', 'notMet'] });
        expect(step('s2')).toEqual({ lines: ['离店'], classes: [] });
        expect(diagram.legend?.entries.map(entry => [entry.text, entry.className])).toEqual([
            ['⚠ Fail point', 'fail'], ['⏱ Wait point', 'wait'], ['⚠ Standard not met: latest measured value against the target', 'notMet']
        ]);
        expect(diagram.text).toMatch(/^\s*classDef notMet stroke-width:4px,stroke-dasharray:9 5$/m);
    });

    test('zh-CN: the same symbols, the legend in Chinese', async () => {
        const [diagram] = generateMermaid(await branch(), 'blueprint', { locale: 'zh-CN' });
        const parsed = await parseMermaid(diagram.text);
        expect(shownText(parsed.vertices.get('s0')!.text)).toBe('取号等候<br/>⏱ 等候 10 min<br/>⚠ 18 min > 15 min');
        expect(diagram.legend?.entries.map(entry => entry.text)).toContain('⚠ 标准未达成：最新实测值与目标对比');
    });

    test('measuredOverlay: false draws the clean design: no line, no class, no legend entry', async () => {
        const service = await branch();
        const [clean] = generateMermaid(service, 'blueprint', { measuredOverlay: false });
        expect(clean.text).not.toContain('⚠ 18');
        expect(clean.text).not.toMatch(/\bnotMet\b(?! stroke)/);
        const parsed = await parseMermaid(clean.text);
        expect([...parsed.vertices.values()].filter(vertex => vertex.classes.includes('notMet'))).toEqual([]);
        // The overlay is all that differs.
        const [overlaid] = generateMermaid(service, 'blueprint');
        const withoutOverlay = overlaid.text.replace(/<br\/>⚠ \d+ min #62; \d+ min/g, '').replace(/^\s*class [^\n]* notMet\n/m, '');
        expect(withoutOverlay.replace(/\s*subgraph legend[\s\S]*?\n\s*end\n/, '')).toBe(clean.text.replace(/\s*subgraph legend[\s\S]*?\n\s*end\n/, ''));
    });
});

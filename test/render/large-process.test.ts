import { describe, expect, test } from 'vitest';
import type { EdgeModel, StepModel } from '#protocol/blueprint-schema.js';
import { generateMermaid } from '../../language-server/src/blueprint/mermaid/index.js';
import { chain, handBuiltService, handBuiltStep } from './hand-built-service.js';
import { measureBlueprint, rendererForFile } from './render-harness.js';

const chromium = rendererForFile();

/** The usual pattern: the customer asks, the front stage answers, the back stage and support do the work. */
const lanePattern = ['customer', 'frontstage', 'backstage', 'support', 'backstage', 'frontstage'] as const;

/** 300 steps: seven stages of 40, then 20 outside any stage; a branch every 10 steps, a recovery every 15. */
function largeService() {
    const steps: StepModel[] = Array.from({ length: 300 }, (_, index) => handBuiltStep(`Step${index}`, {
        title: `步骤 ${index} · step ${index}`,
        stage: index < 280 ? `Stage${Math.floor(index / 40)}` : undefined,
        lane: lanePattern[index % lanePattern.length],
        evidence: index % 7 === 0 ? [`凭证 ${index}`] : [],
        durationMinutes: 5, duration: '5 min',
        fails: index % 15 === 14 ? [{ description: `故障 ${index}`, recover: `Step${index - 3}` }] : [],
        isEnd: index === 299
    }));
    const branches: EdgeModel[] = steps.flatMap((step, index) => index % 10 === 5 && index + 2 < steps.length
        ? [{ from: step.id, to: steps[index + 2].id, kind: 'next' as const, condition: `跳过 ${index + 1}` }] : []);
    const recoveries: EdgeModel[] = steps.flatMap(step => step.fails.map(fail => ({ from: step.id, to: fail.recover!, kind: 'recover' as const, condition: fail.description })));
    const stages = Array.from({ length: 7 }, (_, index) => ({ name: `Stage${index}`, title: `阶段 ${index}` }));
    return handBuiltService({ name: 'Large', title: '大型流程', stages, steps, edges: [...chain(steps), ...branches, ...recoveries] });
}

describe('a 300-step process', () => {
    test('is split by the generator and every part renders with its steps', async () => {
        const diagrams = generateMermaid(largeService(), 'blueprint', { locale: 'zh-CN' });
        expect(diagrams.length).toBeGreaterThan(1);
        const started = performance.now();
        const rendered = await chromium.renderer.render(diagrams, { locale: 'zh-CN', theme: 'light' });
        const total = performance.now() - started;

        const drawnSteps = new Set<string>();
        for (const [index, diagram] of diagrams.entries()) {
            const geometry = await measureBlueprint(chromium.renderer.page, rendered[index].svg, diagram);
            expect(geometry.parseError, diagram.title).toBeUndefined();
            expect(geometry.nodeCount, diagram.title).toBeGreaterThanOrEqual(Object.keys(diagram.nodes).length);
            for (const stepId of Object.keys(diagram.nodes)) {
                expect(geometry.steps[stepId], `${diagram.title}: ${stepId}`).toBeDefined();
                drawnSteps.add(stepId);
            }
            expect(geometry.lines).toHaveLength(3);
        }
        expect(drawnSteps.size).toBe(300);

        const times = rendered.map(result => result.milliseconds);
        console.log([
            `300-step process: ${diagrams.length} diagrams (at most ${Math.max(...diagrams.map(diagram => Object.keys(diagram.nodes).length))} steps each),`,
            `rendered in ${Math.round(total)} ms in all; per diagram min ${Math.round(Math.min(...times))}, median ${Math.round(times.toSorted((a, b) => a - b)[Math.floor(times.length / 2)])}, max ${Math.round(Math.max(...times))} ms`
        ].join(' '));
    }, 180_000);
});

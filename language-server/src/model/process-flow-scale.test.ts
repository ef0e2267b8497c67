import { expect, test } from 'vitest';
import type { Process, Step } from '../generated/ast.js';
import { analyseProcess } from './process-flow.js';

/** A chain of `count` steps linked by `next`, built as bare AST objects (parsing that many would test the parser). */
function chain(count: number): Process {
    const steps = Array.from({ length: count }, (_, index) => ({ $type: 'Step', name: `S${index}`, next: [], fails: [] }) as unknown as Step);
    steps.forEach((step, index) => {
        if (index + 1 < count) (step.next as unknown[]).push({ $type: 'Successor', target: { ref: steps[index + 1] } });
    });
    return { $type: 'Process', name: 'Main', contents: steps } as unknown as Process;
}

// How fast it is belongs to npm run bench (its scaling rows); here: a chain far deeper than any call stack.
test('a 200,000-step chain: reachability, lead time and critical path without recursion', () => {
    const count = 200_000;
    const flow = analyseProcess(chain(count));
    expect(flow.reachable.size).toBe(count);
    expect(flow.leadTime.criticalPath).toHaveLength(count);
    expect(flow.leadTime.criticalPath[0].name).toBe('S0');
    expect(flow.leadTime.criticalPath[count - 1].name).toBe(`S${count - 1}`);
});

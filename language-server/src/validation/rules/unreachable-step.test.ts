import { describe, expect, test } from 'vitest';
import type { Locale } from '#protocol/locale.js';
import { diagnose, diagnoseCleanly, lineOf } from '../../../../test/helpers/diagnose.js';

const rule = 'unreachable-step';

const run = (specs: string | Record<string, string>, locale?: Locale) => diagnoseCleanly(rule, specs, locale);

/** This rule's diagnostics and the linking errors, as [rule, line]. */
async function withLinkingErrors(spec: string): Promise<Array<[string, number]>> {
    return (await diagnose(spec)).filter(d => d.rule === rule || d.rule === 'unresolved-reference').map(d => [d.rule, d.line]);
}

/** Steps (one per line, given as `Name { ... }`) in one process of a service. */
function process(...steps: string[]): string {
    return `
service S {
  actor A "a" frontstage
  process P {
${steps.map(step => `    step ${step}\n`).join('')}  }
}
`;
}

describe('unreachable-step', () => {
    test('fires at the name of a step nothing leads to', async () => {
        const spec = process('Start by A { next Middle }', 'Middle by A { next end }', 'Forgotten by A { next end }');
        const diagnostics = await run(spec);
        expect(diagnostics).toHaveLength(1);
        expect(diagnostics[0].line).toBe(lineOf(spec, 'step Forgotten'));
        expect(diagnostics[0].column).toBe(10);
        expect(diagnostics[0].severity).toBe('warning');
        expect(diagnostics[0].message).toBe("Step 'Forgotten' cannot be reached from the start step 'Start' through 'next' or 'recover'.");
    });

    test('a step reached only through recover is reachable', async () => {
        const spec = process('Start by A { fail "wrong papers" recover Explain next end }', 'Explain by A { next end }');
        expect(await run(spec)).toEqual([]);
    });

    test('a chain hanging off an unreachable step is unreachable too', async () => {
        const spec = process('Start by A { next end }', 'Orphan by A { next Follow }', 'Follow by A { fail "x" recover Fix next end }', 'Fix by A { next end }');
        const diagnostics = await run(spec);
        expect(diagnostics.map(d => d.line)).toEqual([lineOf(spec, 'step Orphan'), lineOf(spec, 'step Follow'), lineOf(spec, 'step Fix')]);
    });

    test('loops: a cycle through the start is fine, a cycle nothing enters is unreachable', async () => {
        const spec = process(
            'Start by A { next Loop }',
            'Loop by A { next Start, Out }',
            'Out by A { next Out, end }',
            'Ping by A { next Pong }',
            'Pong by A { next Ping }'
        );
        const diagnostics = await run(spec);
        expect(diagnostics.map(d => d.line)).toEqual([lineOf(spec, 'step Ping'), lineOf(spec, 'step Pong')]);
        expect(diagnostics.every(d => d.message.includes("start step 'Start'"))).toBe(true);
    });

    test('the start is the first step in written order, even before stages', async () => {
        const spec = `
service S {
  actor A "a" frontstage
  process P {
    step Intro by A { next Later }
    stage One {
      step First by A { next end }
    }
    stage Two {
      step Later by A { next end }
    }
  }
}
`;
        const diagnostics = await run(spec);
        expect(diagnostics.map(d => d.line)).toEqual([lineOf(spec, 'step First')]);
        expect(diagnostics[0].message).toContain("start step 'Intro'");
    });

    test('each process has its own start; an edge from another process does not make a step reachable', async () => {
        const spec = `
service S {
  actor A "a" frontstage
  process P1 {
    step Begin by A { next Join }
  }
  process P2 {
    step Other by A { next end }
    step Join by A { next end }
  }
}
`;
        const diagnostics = await run(spec);
        expect(diagnostics.map(d => d.line)).toEqual([lineOf(spec, 'step Join')]);
        expect(diagnostics[0].message).toBe("Step 'Join' cannot be reached from the start step 'Other' through 'next' or 'recover'.");
    });

    test('steps without performers or with empty blocks are still part of the flow', async () => {
        const spec = process('Start { next Done }', 'Done { }', 'Stray { }');
        const diagnostics = await run(spec);
        expect(diagnostics.map(d => d.line)).toEqual([lineOf(spec, 'step Stray')]);
    });

    test('an unresolved next or recover leaves the flow unknown: silent for every step of that process', async () => {
        const brokenNext = process('Start by A { next Midle }', 'Middle by A { next Last }', 'Last by A { next end }', 'Forgotten by A { next end }');
        const brokenRecover = process('Start by A { fail "x" recover Fx next end }', 'Fix by A { next end }');
        expect(await withLinkingErrors(brokenNext)).toEqual([['unresolved-reference', lineOf(brokenNext, 'step Start')]]);
        expect(await withLinkingErrors(brokenRecover)).toEqual([['unresolved-reference', lineOf(brokenRecover, 'step Start')]]);
    });

    test('a typo in one process leaves the other processes checked', async () => {
        const spec = `
service S {
  actor A "a" frontstage
  process Broken {
    step Begin by A { next Nowhere }
    step Lost by A { next end }
  }
  process Sound {
    step Open by A { next end }
    step Stray by A { next end }
  }
}
`;
        expect(await withLinkingErrors(spec)).toEqual([['unresolved-reference', lineOf(spec, 'step Begin')], [rule, lineOf(spec, 'step Stray')]]);
    });

    test('Chinese message names the step and the start', async () => {
        const spec = `
service 门诊 {
  actor 护士 "护士" frontstage
  process 就诊 {
    step 分诊 by 护士 { next end }
    step 复诊预约 by 护士 { next end }
  }
}
`;
        const diagnostics = await run(spec, 'zh-CN');
        expect(diagnostics.map(d => d.line)).toEqual([lineOf(spec, 'step 复诊预约')]);
        expect(diagnostics[0].message).toBe('从起始步骤“分诊”沿 next 或 recover 无法到达步骤“复诊预约”。');
    });
});

import { describe, expect, test } from 'vitest';
import type { Locale } from '#protocol/locale.js';
import { diagnose, diagnoseCleanly, diagnoseRule, lineOf } from '../../../../test/helpers/diagnose.js';

const rule = 'orphan-support';

const run = (specs: string | Record<string, string>, locale?: Locale) => diagnoseCleanly(rule, specs, locale);

/** This rule's diagnostics and the linking errors, as [rule, line]. */
async function withLinkingErrors(spec: string): Promise<Array<[string, number]>> {
    return (await diagnose(spec)).filter(d => d.rule === rule || d.rule === 'unresolved-reference').map(d => [d.rule, d.line]);
}

const actors = `
  actor Patient "patient" customer
  actor Nurse "nurse" frontstage
  actor Lab "lab" backstage
  system HIS "hospital system" support
`;

/** Steps (one per line) in one process of a service with the actors above. */
function flow(...steps: string[]): string {
    return `
service Clinic {${actors}
  process Visit {
${steps.map(step => `    step ${step}\n`).join('')}  }
}
`;
}

describe('orphan-support', () => {
    test('fires at the name of a backstage step that leads nowhere', async () => {
        const spec = flow('Consult by Nurse { next Test }', 'Test by Lab { next Report, Archive }', 'Report by Nurse { next end }', 'Archive by Lab { }');
        const diagnostics = await run(spec);
        expect(diagnostics).toHaveLength(1);
        expect(diagnostics[0].line).toBe(lineOf(spec, 'step Archive'));
        expect(diagnostics[0].column).toBe(10);
        expect(diagnostics[0].severity).toBe('warning');
        expect(diagnostics[0].message).toBe("Backstage/support step 'Archive' leads nowhere the customer can see: no 'next' path reaches a frontstage or customer step or 'next end'.");
    });

    test('a path through other backstage and support steps to a frontstage or customer step is enough', async () => {
        expect(await run(flow('Start by Nurse { next A }', 'A by Lab { next B }', 'B by HIS { next C }', 'C by Lab { next Tell }', 'Tell by Nurse { next end }'))).toEqual([]);
        expect(await run(flow('Start by Nurse { next A }', 'A by HIS { next Collect }', 'Collect by Patient { next end }'))).toEqual([]);
    });

    test("a backstage step's own next end is enough", async () => {
        expect(await run(flow('Start by Nurse { next File }', 'File by HIS { next end }'))).toEqual([]);
    });

    test('loops: a cycle with an exit is fine, a closed cycle orphans every step on it', async () => {
        const withExit = flow('Start by Nurse { next A }', 'A by Lab { next B }', 'B by HIS { next A, Tell }', 'Tell by Nurse { next end }');
        expect(await run(withExit)).toEqual([]);
        const closed = flow('Start by Nurse { next A }', 'A by Lab { next B }', 'B by HIS { next C }', 'C by Lab { next A }');
        const diagnostics = await run(closed);
        expect(diagnostics.map(d => d.line)).toEqual([lineOf(closed, 'step A'), lineOf(closed, 'step B'), lineOf(closed, 'step C')]);
        expect(diagnostics.map(d => d.message.match(/'(\w+)'/)![1])).toEqual(['A', 'B', 'C']);
    });

    test('recover edges are ignored', async () => {
        const spec = flow('Start by Nurse { next Test }', 'Test by Lab { fail "sample lost" recover Redo }', 'Redo by Nurse { next end }');
        expect((await run(spec)).map(d => d.line)).toEqual([lineOf(spec, 'step Test')]);
    });

    test('a path through a step of another process counts', async () => {
        const spec = `
service Clinic {${actors}
  process Visit { step Consult by Nurse { next end } }
  process Night { step Batch by HIS { next Consult } }
}
`;
        expect(await run(spec)).toEqual([]);
    });

    test('unresolved performers: not reported themselves; their next end still counts', async () => {
        const spec = flow('Start by Nurse { next A }', 'A by Lab { next Ghost }', 'Ghost by Phantom { next end }', 'Stray by Nobody { }', 'B by Lab { next Stray }');
        const all = await diagnose(spec);
        expect(all.filter(d => d.rule === 'unresolved-reference').map(d => d.line)).toEqual([lineOf(spec, 'step Ghost'), lineOf(spec, 'step Stray')]);
        expect(all.filter(d => d.rule === rule).map(d => d.line)).toEqual([lineOf(spec, 'step B')]);
    });

    test('an unresolved next or recover leaves the flow unknown: silent for every step of that process', async () => {
        const brokenNext = flow('Consult by Nurse { next Test }', 'Test by Lab { next Reprot }', 'Report by Nurse { next end }', 'Loop by Lab { next Loop }');
        expect(await withLinkingErrors(brokenNext)).toEqual([['unresolved-reference', lineOf(brokenNext, 'step Test')]]);
        const brokenRecover = flow('Consult by Nurse { next Test }', 'Test by Lab { fail "sample lost" recover Redoo }', 'Redo by Nurse { next end }');
        expect(await withLinkingErrors(brokenRecover)).toEqual([['unresolved-reference', lineOf(brokenRecover, 'step Test')]]);
    });

    test('a step of another process leading into an unknown flow may reach the customer; sound processes are still checked', async () => {
        const spec = `
service Clinic {${actors}
  process Visit {
    step Consult by Nurse { next Test }
    step Test by Lab { next Reprot }
  }
  process Night {
    step Batch by HIS { next Test }
    step Idle by HIS { next Idle }
  }
}
`;
        const found = (await diagnose(spec)).filter(d => [rule, 'unresolved-reference', 'next-outside-process'].includes(d.rule)).map(d => [d.rule, d.line]);
        expect(found).toEqual([
            ['unresolved-reference', lineOf(spec, 'step Test')],
            ['next-outside-process', lineOf(spec, 'step Batch')],
            [rule, lineOf(spec, 'step Idle')]
        ]);
    });

    test('Chinese message names the step', async () => {
        const zh = `
service 门诊 {
  actor 护士 "护士" frontstage
  actor 检验科 "检验科" backstage
  process 就诊 {
    step 问诊 by 护士 { next 化验 }
    step 化验 by 检验科 { next 归档 }
    step 归档 by 检验科 { next 化验 }
  }
}
`;
        const diagnostics = await diagnoseRule(rule, zh, 'zh-CN');
        expect(diagnostics.map(d => d.line)).toEqual([lineOf(zh, 'step 化验'), lineOf(zh, 'step 归档')]);
        expect(diagnostics[1].message).toBe('后台/支持步骤“归档”的结果无处交付：沿 next 到达不了任何前台或顾客步骤，也到达不了 next end。');
    });
});

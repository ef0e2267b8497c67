import { AstUtils, EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { isProcess, isStep, type Model, type Process, type Step } from '../generated/ast.js';
import { createNodeSvcServices } from '../svc-node-services.js';
import { diagnose, lineOf } from '../../../test/helpers/diagnose.js';
import { analyseProcess, hasUnresolvedFlowReference, isInUnknownFlow, nextSteps, processOf, stepMinutes, stepsOf } from './process-flow.js';

/** Parses one file in a fresh workspace; syntax errors fail the test. */
async function parse(text: string): Promise<Model> {
    const { Svc } = createNodeSvcServices(EmptyFileSystem);
    const document = await parseHelper<Model>(Svc)(text);
    const errors = [...document.parseResult.lexerErrors, ...document.parseResult.parserErrors].map(error => error.message);
    expect(errors, text).toEqual([]);
    return document.parseResult.value;
}

function processIn(model: Model, name: string): Process {
    const found = AstUtils.streamAllContents(model).filter(isProcess).find(process => process.name === name);
    if (!found) throw new Error(`no process ${name}`);
    return found;
}

function stepIn(model: Model, name: string): Step {
    const found = AstUtils.streamAllContents(model).filter(isStep).find(step => step.name === name);
    if (!found) throw new Error(`no step ${name}`);
    return found;
}

/** Analyses process P of a service holding `body`. */
async function flow(body: string, processName = 'P') {
    const model = await parse(`service S { ${body} }`);
    return { model, flow: analyseProcess(processIn(model, processName)) };
}

const names = (steps: Iterable<Step>): string[] => [...steps].map(step => step.name);

describe('steps of a process', () => {
    test('stepsOf lists steps in written order across stages and direct steps; the first is the start', async () => {
        const { model, flow: result } = await flow(`process P {
            step A { next B }
            stage One { step B { next C } step C { next D } }
            step D { next E }
            stage Two { }
            stage Three { step E { next end } }
        }`);
        expect(names(stepsOf(processIn(model, 'P')))).toEqual(['A', 'B', 'C', 'D', 'E']);
        expect(names(result.steps)).toEqual(['A', 'B', 'C', 'D', 'E']);
        expect(result.start?.name).toBe('A');
        expect(processOf(stepIn(model, 'C'))).toBe(processIn(model, 'P'));
    });

    test('an empty process has no start, reaches nothing, and has lead time 0', async () => {
        const { flow: result } = await flow('process P { stage Empty { } }');
        expect(result.steps).toEqual([]);
        expect(result.start).toBeUndefined();
        expect(result.reachable.size).toBe(0);
        expect(result.leadTime).toEqual({ minutes: 0, criticalPath: [] });
    });

    test('nextSteps lists resolved targets in written order, without end and unresolved names', async () => {
        const { model } = await flow('process P { step A { next C when "c", Missing, end, B } step B { next end } step C { next end } }');
        expect(nextSteps(stepIn(model, 'A')).map(edge => [edge.target.name, edge.successor.condition])).toEqual([['C', 'c'], ['B', undefined]]);
        expect(nextSteps(stepIn(model, 'B'))).toEqual([]);
    });

    test('stepMinutes adds wait and duration in minutes; missing and non-time values count 0', async () => {
        const { model } = await flow(`process P {
            step A { wait 30 s duration 2 min next end }
            step B { wait 1 h duration 0.5 d next end }
            step C { next end }
            step D { wait 5 % duration 3 count next end }
            step E { duration 90 s next end }
        }`);
        expect(stepMinutes(stepIn(model, 'A'))).toBeCloseTo(2.5, 12);
        expect(stepMinutes(stepIn(model, 'B'))).toBeCloseTo(780, 12);
        expect(stepMinutes(stepIn(model, 'C'))).toBe(0);
        expect(stepMinutes(stepIn(model, 'D'))).toBe(0);
        expect(stepMinutes(stepIn(model, 'E'))).toBeCloseTo(1.5, 12);
    });
});

describe('lead time', () => {
    test('a linear chain sums wait and duration, converting units', async () => {
        const { flow: result } = await flow(`process P {
            step A { wait 5 min duration 2 min next B }
            step B { duration 30 s next C }
            step C { wait 1 h next D }
            step D { duration 0.5 d next end }
        }`);
        expect(result.leadTime.minutes).toBeCloseTo(5 + 2 + 0.5 + 60 + 720, 9);
        expect(names(result.leadTime.criticalPath)).toEqual(['A', 'B', 'C', 'D']);
    });

    test('a single step', async () => {
        const { flow: result } = await flow('process P { step Only { wait 3 min duration 4 min next end } }');
        expect(result.leadTime.minutes).toBe(7);
        expect(names(result.leadTime.criticalPath)).toEqual(['Only']);
    });

    test('branches: the longest path wins (the longer branch written first)', async () => {
        const { flow: result } = await flow(`process P {
            step A { duration 1 min next B, C }
            step B { duration 10 min next D }
            step C { duration 3 min next D }
            step D { duration 2 min next end }
        }`);
        expect(result.leadTime.minutes).toBe(13);
        expect(names(result.leadTime.criticalPath)).toEqual(['A', 'B', 'D']);
    });

    test('branches: the longest path wins (the longer branch written second)', async () => {
        const { flow: result } = await flow(`process P {
            step A { duration 1 min next C when "short", B when "long" }
            step C { duration 3 min next D }
            step B { duration 10 min next D }
            step D { duration 2 min next end }
        }`);
        expect(result.leadTime.minutes).toBe(13);
        expect(names(result.leadTime.criticalPath)).toEqual(['A', 'B', 'D']);
    });

    test('branches of different lengths ending separately: the longest end wins', async () => {
        const { flow: result } = await flow(`process P {
            step A { wait 1 min next Quick, Slow }
            step Quick { duration 5 min next end }
            step Slow { duration 1 min next Slow2 }
            step Slow2 { duration 1 h next end }
        }`);
        expect(result.leadTime.minutes).toBe(62);
        expect(names(result.leadTime.criticalPath)).toEqual(['A', 'Slow', 'Slow2']);
    });

    test('a loop: the back edge found by the depth-first search is dropped', async () => {
        // DFS in written order: A → B → C → B (back edge, dropped) → E; then A → C is a forward edge.
        // Remaining graph: A→B, A→C, B→C, C→E; longest path A, B, C, E = 0 + 10 + 1 + 100.
        // (Had the search taken A → C first, B → C would have been dropped instead and the answer would be 101.)
        const { flow: result } = await flow(`process P {
            step A { next B, C }
            step B { duration 10 min next C }
            step C { duration 1 min next B, E }
            step E { duration 100 min next end }
        }`);
        expect(result.leadTime.minutes).toBe(111);
        expect(names(result.leadTime.criticalPath)).toEqual(['A', 'B', 'C', 'E']);
    });

    test('a rework loop back to an earlier step counts each step once', async () => {
        const { flow: result } = await flow(`process P {
            step A { duration 1 min next B }
            step B { duration 2 min next C }
            step C { duration 4 min next B when "rework", D }
            step D { duration 8 min next end }
        }`);
        expect(result.leadTime.minutes).toBe(15);
        expect(names(result.leadTime.criticalPath)).toEqual(['A', 'B', 'C', 'D']);
    });

    test('a self-loop and a loop back to the start are dropped', async () => {
        const { flow: result } = await flow(`process P {
            step A { duration 1 min next B }
            step B { duration 2 min next B, A, C }
            step C { duration 3 min next end }
        }`);
        expect(result.leadTime.minutes).toBe(6);
        expect(names(result.leadTime.criticalPath)).toEqual(['A', 'B', 'C']);
    });

    test('a process that is one big cycle', async () => {
        const { flow: result } = await flow(`process P {
            step A { duration 1 min next B }
            step B { duration 2 min next C }
            step C { duration 3 min next A }
        }`);
        expect(result.leadTime.minutes).toBe(6);
        expect(names(result.leadTime.criticalPath)).toEqual(['A', 'B', 'C']);
    });

    test('a recovery edge is not counted', async () => {
        const { flow: result } = await flow(`process P {
            step A { duration 1 min fail "证件过期" recover R next B }
            step B { duration 2 min next end }
            step R { duration 100 min next B }
        }`);
        expect(result.leadTime.minutes).toBe(3);
        expect(names(result.leadTime.criticalPath)).toEqual(['A', 'B']);
    });

    test('steps without times count 0; the path runs on through them to the final step', async () => {
        const { flow: result } = await flow(`process P {
            step A { next B }
            step B { duration 3 min next C }
            step C { next end }
        }`);
        expect(result.leadTime.minutes).toBe(3);
        expect(names(result.leadTime.criticalPath)).toEqual(['A', 'B', 'C']);
    });

    test('a process without any time has lead time 0', async () => {
        const { flow: result } = await flow('process P { step A { next B } step B { next end } }');
        expect(result.leadTime.minutes).toBe(0);
        expect(result.leadTime.criticalPath[0].name).toBe('A');
    });

    test('a next into another process is ignored', async () => {
        const { flow: result } = await flow(`
            process P {
                step A { duration 1 min next Elsewhere, B }
                step B { duration 2 min next end }
            }
            process Q {
                step Elsewhere { duration 100 min next Back }
                step Back { duration 100 min next end }
            }`);
        expect(result.leadTime.minutes).toBe(3);
        expect(names(result.leadTime.criticalPath)).toEqual(['A', 'B']);
    });

    test('the other process has its own lead time', async () => {
        const { model } = await flow(`
            process P { step A { duration 1 min next Elsewhere } }
            process Q { step Elsewhere { duration 100 min next Back } step Back { duration 50 min next end } }`);
        const q = analyseProcess(processIn(model, 'Q'));
        expect(q.leadTime.minutes).toBe(150);
        expect(names(q.leadTime.criticalPath)).toEqual(['Elsewhere', 'Back']);
    });

    test('unreachable steps are not part of the lead time', async () => {
        const { flow: result } = await flow(`process P {
            step A { duration 1 min next end }
            step Orphan { duration 500 min next end }
        }`);
        expect(result.leadTime.minutes).toBe(1);
        expect(names(result.leadTime.criticalPath)).toEqual(['A']);
    });

    test('the LANGUAGE.md example: 12 + 1 + 4 + 2 = 19 min along TakeTicket … Handover', async () => {
        const { flow: result } = await flow(`
          actor Customer "客户" customer
          process P {
            stage Arrive "到店" {
              step TakeTicket "取号排队" by Customer { evidence "叫号单" wait 12 min next Greet }
              step Greet "迎宾引导" { duration 1 min next Submit }
            }
            stage Handle "办理" {
              step Submit "递交证件" by Customer { evidence "申请表" next Verify }
              step Verify "核验证件" {
                duration 4 min
                moment
                fail "证件过期" recover ExplainDocs
                next Review when "证件齐全", ExplainDocs when "资料不全"
              }
              step ExplainDocs "说明补件要求" { next end }
              step Review "后台复核" { duration 2 min next Book }
              step Book "开户记账" { next Handover }
              step Handover "交付卡片与回执" { evidence "银行卡", "回执" next end }
            }
          }`);
        expect(result.leadTime.minutes).toBe(19);
        expect(names(result.leadTime.criticalPath)).toEqual(['TakeTicket', 'Greet', 'Submit', 'Verify', 'Review', 'Book', 'Handover']);
    });

    test('a long chain is handled without recursion limits', async () => {
        const count = 3000;
        const steps = Array.from({ length: count }, (_, i) => `step S${i} { duration 1 min next ${i + 1 < count ? `S${i + 1}` : 'end'} }`).join('\n');
        const { flow: result } = await flow(`process P { ${steps} }`);
        expect(result.leadTime.minutes).toBe(count);
        expect(result.leadTime.criticalPath).toHaveLength(count);
        expect(result.reachable.size).toBe(count);
    });
});

describe('reachability', () => {
    test('next and recover edges reach steps; others are unreachable', async () => {
        const { flow: result } = await flow(`process P {
            step A { fail "x" recover R next B }
            step B { next end }
            step R { next C }
            step C { next end }
            step Orphan { next B }
            step AlsoOrphan { next Orphan }
        }`);
        expect(names(result.reachable).sort()).toEqual(['A', 'B', 'C', 'R']);
        expect(result.reachable.has(result.steps.find(step => step.name === 'Orphan')!)).toBe(false);
    });

    test('a step reached only through a recover edge is reachable', async () => {
        const { flow: result } = await flow(`process P {
            step A { fail "x" recover OnlyByRecover next end }
            step OnlyByRecover { next end }
        }`);
        expect(names(result.reachable).sort()).toEqual(['A', 'OnlyByRecover']);
    });

    test('a recover or next into another process does not make its steps part of this one', async () => {
        const { flow: result } = await flow(`
            process P { step A { fail "x" recover X next Y } step B { next end } }
            process Q { step X { next end } step Y { next end } }`);
        expect(names(result.reachable)).toEqual(['A']);
    });

    test('loops terminate', async () => {
        const { flow: result } = await flow('process P { step A { next B } step B { next A, B } step C { next A } }');
        expect(names(result.reachable).sort()).toEqual(['A', 'B']);
    });
});

describe('unknown flow', () => {
    test('an unresolved next or recover makes the flow of its process unknown; next end and resolved names do not', async () => {
        const { model } = await flow(`
            process Clean { step A { fail "x" recover B next B, end } step B { next end } }
            process BrokenNext { step C { next D, Missing } step D { next end } }
            process BrokenRecover { step E { fail "x" recover Nowhere next end } }
            process IntoOther { step F { next A } }`, 'Clean');
        expect(['A', 'B', 'C', 'D', 'E', 'F'].filter(name => hasUnresolvedFlowReference(stepIn(model, name)))).toEqual(['C', 'E']);
        expect(['Clean', 'BrokenNext', 'BrokenRecover', 'IntoOther'].map(name => analyseProcess(processIn(model, name)).unknownFlow))
            .toEqual([false, true, true, false]);
        // Every step of a broken process is in the unknown flow, not only the one with the typo.
        expect(isInUnknownFlow(stepIn(model, 'D'), { flow: analyseProcess })).toBe(true);
        expect(isInUnknownFlow(stepIn(model, 'A'), { flow: analyseProcess })).toBe(false);
    });

    /**
     * A 120-step process that validates cleanly: customer, frontstage, backstage, frontstage,
     * and again; step S60 fails into a recovery step written last, which nothing else reaches.
     */
    function longProcess(): string {
        const performers = ['Guest', 'Teller', 'Clerk', 'Teller'];
        const steps = Array.from({ length: 120 }, (_, index) => {
            const performer = performers[index % performers.length];
            const facts = performer === 'Guest' ? 'evidence "ticket"' : performer === 'Teller' ? 'duration 2 min standard Quick' : 'duration 5 min';
            const recovery = index + 1 === 60 ? ' fail "papers missing" recover Explain' : '';
            return `    step S${index + 1} by ${performer} { ${facts}${recovery} next ${index + 1 < 120 ? `S${index + 2}` : 'end'} }\n`;
        });
        return `// svc-disable-next-line servqual-coverage, no-feedback-channel
service Long {
  actor Guest "guest" customer
  actor Teller "teller" frontstage
  actor Clerk "clerk" backstage
  standard Quick { dimension responsiveness kind hard bounds duration target <= 5 min method observation frequency monthly owner Teller }
  kpi ServiceTime { measures Quick formula "avg(duration)" unit min direction lower target 3 warning 4 period monthly source "log" owner Teller }
  process Main {
${steps.join('')}    step Explain by Teller { duration 2 min standard Quick next S61 }
  }
}
`;
    }

    test('breaking the first next of a 120-step process gives one diagnostic: the unresolved reference', async () => {
        const intact = longProcess();
        expect(await diagnose(intact)).toEqual([]);
        const broken = intact.replace('next S2 }', 'next S2x }');
        const diagnostics = await diagnose(broken);
        expect(diagnostics.map(d => [d.rule, d.line])).toEqual([['unresolved-reference', lineOf(broken, 'step S1 ')]]);
    });

    test('breaking the only recover into a step gives one diagnostic too', async () => {
        const broken = longProcess().replace('recover Explain', 'recover Explian');
        const diagnostics = await diagnose(broken);
        expect(diagnostics.map(d => [d.rule, d.line])).toEqual([['unresolved-reference', lineOf(broken, 'step S60 ')]]);
    });
});

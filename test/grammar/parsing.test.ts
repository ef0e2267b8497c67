import { AstUtils, EmptyFileSystem, isReference, type AstNode, type LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import {
    isActor, isCapacity, isFeedback, isImprovement, isKpi, isMeasurements, isProcess, isService, isServicePromise, isStage,
    isStandard, isStep, isSurvey, isSystem,
    type Actor, type Capacity, type Feedback, type Improvement, type Kpi, type Model, type Process, type Service,
    type ServicePromise, type Stage, type Standard, type Step, type System
} from '../../language-server/src/generated/ast.js';
import { createNodeSvcServices } from '../../language-server/src/svc-node-services.js';

/**
 * Every construct of LANGUAGE.md must parse without lexer or parser errors and
 * produce the AST values it spells. Each parse runs in a fresh workspace, so
 * top-level names of one test never leak into another.
 */

interface Parsed {
    document: LangiumDocument<Model>;
    model: Model;
    errors: string[];
    services: ReturnType<typeof createNodeSvcServices>;
}

async function parseRaw(text: string): Promise<Parsed> {
    const services = createNodeSvcServices(EmptyFileSystem);
    const document = await parseHelper<Model>(services.Svc)(text);
    const errors = [
        ...document.parseResult.lexerErrors.map(error => `lexer: ${error.message} (line ${error.line}, column ${error.column})`),
        ...document.parseResult.parserErrors.map(error => `parser: ${error.message} (at '${error.token.image}', line ${error.token.startLine})`)
    ];
    return { document, model: document.parseResult.value, errors, services };
}

/** Parses and asserts there is no lexer or parser error. */
async function parse(text: string): Promise<Parsed> {
    const parsed = await parseRaw(text);
    expect(parsed.errors, `syntax errors in:\n${text}`).toEqual([]);
    return parsed;
}

async function parseModel(text: string): Promise<Model> {
    return (await parse(text)).model;
}

function all<T extends AstNode>(root: AstNode, guard: (node: unknown) => node is T): T[] {
    return AstUtils.streamAllContents(root).filter(guard).toArray();
}

function named<T extends AstNode & { name: string }>(root: AstNode, guard: (node: unknown) => node is T, name: string): T {
    const found = all(root, guard).find(node => node.name === name);
    if (!found) throw new Error(`no ${name} in the model`);
    return found;
}

const step = (root: AstNode, name: string): Step => named(root, isStep, name);
const standard = (root: AstNode, name: string): Standard => named(root, isStandard, name);
const kpi = (root: AstNode, name: string): Kpi => named(root, isKpi, name);
const actor = (root: AstNode, name: string): Actor => named(root, isActor, name);
const system = (root: AstNode, name: string): System => named(root, isSystem, name);
const service = (root: AstNode, name: string): Service => named(root, isService, name);
const processNamed = (root: AstNode, name: string): Process => named(root, isProcess, name);
const stage = (root: AstNode, name: string): Stage => named(root, isStage, name);
const capacity = (root: AstNode, name: string): Capacity => named(root, isCapacity, name);
const promise = (root: AstNode, name: string): ServicePromise => named(root, isServicePromise, name);
const feedback = (root: AstNode, name: string): Feedback => named(root, isFeedback, name);
const improvement = (root: AstNode, name: string): Improvement => named(root, isImprovement, name);

/** Names the resolved targets of references, in order. */
const refNames = (references: ReadonlyArray<{ ref?: { name: string } }>): Array<string | undefined> => references.map(reference => reference.ref?.name);

// The example of LANGUAGE.md, assembled into one service.
const accountOpening = `
service AccountOpening "个人开户" {
  version "2.1"
  owner BranchManager                 // an actor
  description "在营业网点为个人客户开立结算账户"

  actor Customer "客户" customer       // lane: customer
  actor Greeter "大堂经理" frontstage
  actor Teller "柜员" frontstage
  actor Reviewer "后台审核岗" backstage
  actor BranchManager "网点负责人" backstage
  system CoreBanking "核心业务系统" support
  system Kiosk "自助取号机" frontstage  // self-service technology the customer sees

  standard GreetIn30s "叫号后30秒内主动问候" {
    dimension responsiveness        // reliability|responsiveness|assurance|empathy|tangibles
    kind hard                       // hard (operationally counted) | soft (perceived)
    bounds wait                     // optional: what the target limits: wait|duration|lead-time
    target <= 30 s                  // comparator: < <= = >= >
    tolerance 10 s
    method observation              // observation|survey|system-log|mystery-shopper|audit
    frequency monthly               // daily|weekly|monthly|quarterly|yearly
    owner Greeter
  }
  standard WaitMax15 "等候不超过15分钟" { dimension responsiveness bounds wait target <= 15 min method system-log frequency monthly owner BranchManager }
  standard OpenIn20 "20分钟办结" { dimension reliability bounds lead-time target <= 20 min method system-log frequency monthly owner BranchManager }

  kpi AvgWait "平均等候时间" {
    measures WaitMax15               // one or more standards, comma separated
    formula "sum(wait_time) / count(tickets)"
    unit min
    direction lower                  // lower | higher  (which way is better)
    baseline 18
    target 10
    warning 15                       // threshold at which the KPI is flagged
    period monthly
    source "排队管理系统"
    owner BranchManager
  }
  kpi Satisfaction "满意度" { measures GreetIn30s unit score direction higher target 4.5 }

  process Main "开户主流程" {
    standard OpenIn20                // process-level standards (e.g. bounds lead-time)
    stage Arrive "到店" {
      step TakeTicket "取号排队" by Customer {
        evidence "叫号单", "等候区座椅"
        wait 12 min                  // expected wait before the step starts
        standard WaitMax15
        next Greet
      }
      step Greet "迎宾引导" by Greeter {
        standard GreetIn30s
        duration 1 min               // service time of the step
        next Submit
      }
    }
    stage Handle "办理" {
      step Submit "递交证件" by Customer { evidence "申请表" next Verify }
      step Verify "核验证件" by Teller {
        duration 4 min
        moment                       // a moment of truth
        fail "证件过期" recover ExplainDocs
        next Review when "证件齐全", ExplainDocs when "资料不全"
      }
      step ExplainDocs "说明补件要求" by Teller { next end }
      step Review "后台复核" by Reviewer { duration 2 min next Book }
      step Book "开户记账" by CoreBanking { next Handover }
      step Handover "交付卡片与回执" by Teller { evidence "银行卡", "回执" next end }
    }
  }

  capacity Counters "对私柜台" {
    serves Verify                    // the step whose duration is the service time
    demand 40 per h                  // arrivals
    servers 3                        // parallel counters / agents
    standard WaitMax15               // optional: the wait standard the queue must meet
  }

  promise Within20 "20分钟办结" <= 20 min   // what is published to customers

  feedback Pad "柜台评价器" {
    channel counter                  // counter|phone|web|app|survey|social|email
    feeds Satisfaction               // KPIs it supplies data to
  }

  improvement ShortenWait "缩短等候时间" {
    addresses AvgWait                // KPIs or standards
    phase plan                       // plan|do|check|act
    owner BranchManager
    due 2027-03-31
  }
}
`;

describe('the LANGUAGE.md example', () => {
    test('parses without errors and every reference resolves', async () => {
        const { document } = await parse(accountOpening);
        const unresolved = document.references.filter(reference => !isReference(reference) || reference.ref === undefined).map(reference => reference.$refText);
        expect(unresolved).toEqual([]);
        expect(document.parseResult.value.elements).toHaveLength(1);
    });
});

describe('service', () => {
    test('name, title, version, owner, description and members', async () => {
        const model = await parseModel(accountOpening);
        const svc = service(model, 'AccountOpening');
        expect(svc.title).toBe('个人开户');
        expect(svc.version).toBe('2.1');
        expect(svc.description).toBe('在营业网点为个人客户开立结算账户');
        expect(svc.owner?.$refText).toBe('BranchManager');
        expect(svc.owner?.ref).toBe(actor(model, 'BranchManager'));
        expect(svc.members.map(member => member.$type)).toEqual([
            'Actor', 'Actor', 'Actor', 'Actor', 'Actor', 'System', 'System',
            'Standard', 'Standard', 'Standard', 'Kpi', 'Kpi', 'Process', 'Capacity', 'ServicePromise', 'Feedback', 'Improvement'
        ]);
    });

    test('title is optional and the block may be empty', async () => {
        const model = await parseModel('service Empty { }');
        const svc = service(model, 'Empty');
        expect(svc.title).toBeUndefined();
        expect(svc.version).toBeUndefined();
        expect(svc.owner).toBeUndefined();
        expect(svc.members).toEqual([]);
    });

    test('owner may be a system', async () => {
        const model = await parseModel('service S { owner Bot system Bot "机器人" support }');
        expect(service(model, 'S').owner?.ref).toBe(system(model, 'Bot'));
    });

    test('several services and library elements in one file', async () => {
        const model = await parseModel('service A { } actor X "x" customer service B "b" { } standard T { } kpi K { } system Y support');
        expect(model.elements.map(element => `${element.$type}:${element.name}`)).toEqual([
            'Service:A', 'Actor:X', 'Service:B', 'Standard:T', 'Kpi:K', 'System:Y'
        ]);
    });

    test('whitespace and line breaks are insignificant (a whole service on one line)', async () => {
        const model = await parseModel('service S "s" { actor C "c" customer process P { step A "a" by C { wait 1 min next B } step B { next end } } }');
        expect(step(model, 'A').next[0].target?.ref).toBe(step(model, 'B'));
        const spread = await parseModel('service\nS\n"s"\n{\nactor\nC\n"c"\ncustomer\n}\n');
        expect(actor(spread, 'C').lane).toBe('customer');
    });
});

describe('actor and system', () => {
    const lanes = ['customer', 'frontstage', 'backstage', 'support'] as const;

    test.each(lanes)('actor in lane %s', async lane => {
        const model = await parseModel(`service S { actor Role "角色" ${lane} }`);
        const role = actor(model, 'Role');
        expect(role.lane).toBe(lane);
        expect(role.title).toBe('角色');
    });

    test.each(lanes)('system in lane %s', async lane => {
        const model = await parseModel(`service S { system Tech "系统" ${lane} }`);
        const tech = system(model, 'Tech');
        expect(tech.$type).toBe('System');
        expect(tech.lane).toBe(lane);
        expect(tech.title).toBe('系统');
    });

    test('title is optional', async () => {
        const model = await parseModel('service S { actor A customer system B support }');
        expect(actor(model, 'A').title).toBeUndefined();
        expect(actor(model, 'A').lane).toBe('customer');
        expect(system(model, 'B').lane).toBe('support');
    });
});

describe('standard', () => {
    test('every property of the LANGUAGE.md example', async () => {
        const model = await parseModel(accountOpening);
        const greet = standard(model, 'GreetIn30s');
        expect(greet.title).toBe('叫号后30秒内主动问候');
        expect(greet.dimension).toBe('responsiveness');
        expect(greet.kind).toBe('hard');
        expect(greet.bounds).toBe('wait');
        expect(greet.target?.comparator).toBe('<=');
        expect(greet.target?.quantity.value).toBe(30);
        expect(greet.target?.quantity.unit).toBe('s');
        expect(greet.tolerance?.value).toBe(10);
        expect(greet.tolerance?.unit).toBe('s');
        expect(greet.method).toBe('observation');
        expect(greet.frequency).toBe('monthly');
        expect(greet.owner?.ref).toBe(actor(model, 'Greeter'));
    });

    test('an empty standard has no properties', async () => {
        const model = await parseModel('standard Bare { }');
        const bare = standard(model, 'Bare');
        expect(bare.title).toBeUndefined();
        expect(bare.dimension).toBeUndefined();
        expect(bare.target).toBeUndefined();
        expect(bare.owner).toBeUndefined();
    });

    const withProperty = (property: string) => `service S { actor O "o" backstage standard T "t" { ${property} } }`;

    test.each(['reliability', 'responsiveness', 'assurance', 'empathy', 'tangibles'])('dimension %s', async value => {
        expect(standard(await parseModel(withProperty(`dimension ${value}`)), 'T').dimension).toBe(value);
    });

    test.each(['hard', 'soft'])('kind %s', async value => {
        expect(standard(await parseModel(withProperty(`kind ${value}`)), 'T').kind).toBe(value);
    });

    test.each(['wait', 'duration', 'lead-time'])('bounds %s', async value => {
        expect(standard(await parseModel(withProperty(`bounds ${value}`)), 'T').bounds).toBe(value);
    });

    test.each(['<', '<=', '=', '>=', '>'])('target with comparator %s', async comparator => {
        const target = standard(await parseModel(withProperty(`target ${comparator} 30 s`)), 'T').target;
        expect(target?.comparator).toBe(comparator);
        expect(target?.quantity.value).toBe(30);
        expect(target?.quantity.unit).toBe('s');
    });

    test('comparators written without spaces', async () => {
        const model = await parseModel('standard A { target<=30s } standard B { target>=99.9% } standard C { target<5min } standard D { target=1h } standard E { target>2d }');
        expect(['A', 'B', 'C', 'D', 'E'].map(name => {
            const target = standard(model, name).target!;
            return `${target.comparator} ${target.quantity.value} ${target.quantity.unit}`;
        })).toEqual(['<= 30 s', '>= 99.9 %', '< 5 min', '= 1 h', '> 2 d']);
    });

    test('target without a unit', async () => {
        const target = standard(await parseModel(withProperty('target >= 4.5')), 'T').target;
        expect(target?.quantity.value).toBe(4.5);
        expect(target?.quantity.unit).toBeUndefined();
    });

    test('tolerance', async () => {
        const tolerance = standard(await parseModel(withProperty('tolerance 2.5 min')), 'T').tolerance;
        expect(tolerance?.value).toBe(2.5);
        expect(tolerance?.unit).toBe('min');
    });

    test.each(['observation', 'survey', 'system-log', 'mystery-shopper', 'audit'])('method %s', async value => {
        expect(standard(await parseModel(withProperty(`method ${value}`)), 'T').method).toBe(value);
    });

    test.each(['daily', 'weekly', 'monthly', 'quarterly', 'yearly'])('frequency %s', async value => {
        expect(standard(await parseModel(withProperty(`frequency ${value}`)), 'T').frequency).toBe(value);
    });

    test('owner', async () => {
        const model = await parseModel(withProperty('owner O'));
        expect(standard(model, 'T').owner?.ref).toBe(actor(model, 'O'));
    });

    test('properties in any order', async () => {
        const model = await parseModel(withProperty('owner O frequency daily method audit tolerance 1 % target > 98 % bounds duration kind soft dimension tangibles'));
        const t = standard(model, 'T');
        expect([t.dimension, t.kind, t.bounds, t.target?.comparator, t.target?.quantity.value, t.target?.quantity.unit, t.tolerance?.value, t.method, t.frequency, t.owner?.ref?.name])
            .toEqual(['tangibles', 'soft', 'duration', '>', 98, '%', 1, 'audit', 'daily', 'O']);
    });
});

describe('kpi', () => {
    test('every property of the LANGUAGE.md example', async () => {
        const model = await parseModel(accountOpening);
        const avg = kpi(model, 'AvgWait');
        expect(avg.title).toBe('平均等候时间');
        expect(refNames(avg.measures)).toEqual(['WaitMax15']);
        expect(avg.formula).toBe('sum(wait_time) / count(tickets)');
        expect(avg.unit).toBe('min');
        expect(avg.direction).toBe('lower');
        expect(avg.baseline?.value).toBe(18);
        expect(avg.target?.value).toBe(10);
        expect(avg.warning?.value).toBe(15);
        expect(avg.period).toBe('monthly');
        expect(avg.source).toBe('排队管理系统');
        expect(avg.owner?.ref).toBe(actor(model, 'BranchManager'));
    });

    const withProperty = (property: string) =>
        `service S { actor O "o" backstage standard A { } standard B { } standard C { } kpi K "k" { ${property} } }`;

    test('measures a comma-separated list of standards', async () => {
        const model = await parseModel(withProperty('measures A, B,C'));
        expect(kpi(model, 'K').measures.map(reference => reference.$refText)).toEqual(['A', 'B', 'C']);
        expect(refNames(kpi(model, 'K').measures)).toEqual(['A', 'B', 'C']);
    });

    test.each(['s', 'min', 'h', 'd', '%', 'count', 'score', 'CNY'])('unit %s', async unit => {
        const model = await parseModel(withProperty(`unit ${unit} target 7 ${unit}`));
        expect(kpi(model, 'K').unit).toBe(unit);
        expect(kpi(model, 'K').target?.unit).toBe(unit);
    });

    test.each(['lower', 'higher'])('direction %s', async direction => {
        expect(kpi(await parseModel(withProperty(`direction ${direction}`)), 'K').direction).toBe(direction);
    });

    test('baseline, target and warning with decimals and units', async () => {
        const k = kpi(await parseModel(withProperty('baseline 4.1 target 4.6 score warning 4.3')), 'K');
        expect([k.baseline?.value, k.baseline?.unit, k.target?.value, k.target?.unit, k.warning?.value, k.warning?.unit])
            .toEqual([4.1, undefined, 4.6, 'score', 4.3, undefined]);
    });

    test.each(['daily', 'weekly', 'monthly', 'quarterly', 'yearly'])('period %s', async period => {
        expect(kpi(await parseModel(withProperty(`period ${period}`)), 'K').period).toBe(period);
    });

    test('formula, source and owner', async () => {
        const model = await parseModel(withProperty('formula "passed / sampled" source "神秘顾客报告" owner O'));
        const k = kpi(model, 'K');
        expect(k.formula).toBe('passed / sampled');
        expect(k.source).toBe('神秘顾客报告');
        expect(k.owner?.ref).toBe(actor(model, 'O'));
    });
});

describe('process, stages, steps', () => {
    test('process-level standard, stages and steps of the LANGUAGE.md example', async () => {
        const model = await parseModel(accountOpening);
        const main = processNamed(model, 'Main');
        expect(main.title).toBe('开户主流程');
        expect(refNames(main.standards)).toEqual(['OpenIn20']);
        expect(main.contents.map(content => `${content.$type}:${content.name}`)).toEqual(['Stage:Arrive', 'Stage:Handle']);
        expect(stage(model, 'Arrive').title).toBe('到店');
        expect(stage(model, 'Arrive').steps.map(s => s.name)).toEqual(['TakeTicket', 'Greet']);
        expect(stage(model, 'Handle').steps.map(s => s.name)).toEqual(['Submit', 'Verify', 'ExplainDocs', 'Review', 'Book', 'Handover']);
    });

    test('multi-line step block: evidence list, wait, standard, next', async () => {
        const model = await parseModel(accountOpening);
        const take = step(model, 'TakeTicket');
        expect(take.title).toBe('取号排队');
        expect(take.performer?.ref).toBe(actor(model, 'Customer'));
        expect(take.evidence).toEqual(['叫号单', '等候区座椅']);
        expect(take.wait?.value).toBe(12);
        expect(take.wait?.unit).toBe('min');
        expect(take.duration).toBeUndefined();
        expect(refNames(take.standards)).toEqual(['WaitMax15']);
        expect(take.moment).toBe(false);
        expect(take.fails).toEqual([]);
        expect(take.next.map(successor => successor.target?.ref?.name)).toEqual(['Greet']);
    });

    test('duration, moment, fail with recover, next with conditions', async () => {
        const model = await parseModel(accountOpening);
        const verify = step(model, 'Verify');
        expect(verify.performer?.ref?.name).toBe('Teller');
        expect(verify.duration?.value).toBe(4);
        expect(verify.duration?.unit).toBe('min');
        expect(verify.moment).toBe(true);
        expect(verify.fails.map(fail => [fail.description, fail.recover?.ref?.name])).toEqual([['证件过期', 'ExplainDocs']]);
        expect(verify.next.map(successor => [successor.end, successor.target?.ref?.name, successor.condition])).toEqual([
            [false, 'Review', '证件齐全'],
            [false, 'ExplainDocs', '资料不全']
        ]);
    });

    test('one-line blocks', async () => {
        const model = await parseModel(accountOpening);
        const submit = step(model, 'Submit');
        expect(submit.evidence).toEqual(['申请表']);
        expect(submit.next[0].target?.ref).toBe(step(model, 'Verify'));
        const review = step(model, 'Review');
        expect(review.duration?.value).toBe(2);
        expect(review.next[0].target?.ref).toBe(step(model, 'Book'));
        const handover = step(model, 'Handover');
        expect(handover.evidence).toEqual(['银行卡', '回执']);
        expect(handover.next).toHaveLength(1);
        expect(handover.next[0].end).toBe(true);
        expect(handover.next[0].target).toBeUndefined();
    });

    test('one-line block as in the brief: step A "a" by X { evidence "e" next B }', async () => {
        const model = await parseModel('service S { actor X "x" customer process P { step A "a" by X { evidence "e" next B } step B "b" by X { next end } } }');
        const a = step(model, 'A');
        expect(a.title).toBe('a');
        expect(a.performer?.ref).toBe(actor(model, 'X'));
        expect(a.evidence).toEqual(['e']);
        expect(a.next[0].target?.ref).toBe(step(model, 'B'));
    });

    test('next end', async () => {
        const model = await parseModel(accountOpening);
        const explain = step(model, 'ExplainDocs');
        expect(explain.next.map(successor => successor.end)).toEqual([true]);
        expect(explain.next[0].target).toBeUndefined();
        expect(explain.next[0].condition).toBeUndefined();
    });

    test('next end with a condition, mixed with step targets', async () => {
        const model = await parseModel('service S { process P { step A { next B when "ok", end when "客户放弃" } step B { next end } } }');
        const next = step(model, 'A').next;
        expect(next.map(successor => [successor.end, successor.target?.ref?.name, successor.condition])).toEqual([
            [false, 'B', 'ok'],
            [true, undefined, '客户放弃']
        ]);
    });

    test('next A, B when "cond": the condition belongs to B only', async () => {
        const model = await parseModel('service S { process P { step X { next A, B when "cond" } step A { next end } step B { next end } } }');
        const next = step(model, 'X').next;
        expect(next.map(successor => [successor.target?.ref?.name, successor.condition])).toEqual([['A', undefined], ['B', 'cond']]);
    });

    test('steps directly in a process, outside any stage, mixed with stages', async () => {
        const model = await parseModel(`service S {
            process P "p" {
                step First "f" { next Staged }
                stage G "g" { step Staged { next Last } }
                step Last { next end }
            }
        }`);
        const p = processNamed(model, 'P');
        expect(p.contents.map(content => `${content.$type}:${content.name}`)).toEqual(['Step:First', 'Stage:G', 'Step:Last']);
        expect(step(model, 'First').$container).toBe(p);
        expect(step(model, 'Staged').$container).toBe(stage(model, 'G'));
    });

    test('an empty step block { } and a step without performer or title', async () => {
        const model = await parseModel('service S { process P { step Empty { } step Spaced {\n\n} } }');
        const empty = step(model, 'Empty');
        expect(empty.title).toBeUndefined();
        expect(empty.performer).toBeUndefined();
        expect(empty.evidence).toEqual([]);
        expect(empty.wait).toBeUndefined();
        expect(empty.duration).toBeUndefined();
        expect(empty.standards).toEqual([]);
        expect(empty.moment).toBe(false);
        expect(empty.fails).toEqual([]);
        expect(empty.next).toEqual([]);
        expect(step(model, 'Spaced').next).toEqual([]);
    });

    test('empty stage and empty process', async () => {
        const model = await parseModel('service S { process Empty { } process P { stage G "g" { } } }');
        expect(processNamed(model, 'Empty').contents).toEqual([]);
        expect(stage(model, 'G').steps).toEqual([]);
    });

    test('a standard list on a step and on a process', async () => {
        const model = await parseModel(`service S {
            standard A { } standard B { } standard C { }
            process P { standard A, B standard C step X { standard A, B, C next end } }
        }`);
        expect(refNames(processNamed(model, 'P').standards)).toEqual(['A', 'B', 'C']);
        expect(refNames(step(model, 'X').standards)).toEqual(['A', 'B', 'C']);
    });

    test('several fail points, with and without recover', async () => {
        const model = await parseModel(`service S { process P {
            step X {
                fail "证件过期" recover R1
                fail "系统宕机" recover R2
                fail "客户离开"
                next end
            }
            step R1 { next end }
            step R2 { next end }
        } }`);
        const fails = step(model, 'X').fails;
        expect(fails.map(fail => [fail.description, fail.recover?.$refText, fail.recover?.ref?.name])).toEqual([
            ['证件过期', 'R1', 'R1'],
            ['系统宕机', 'R2', 'R2'],
            ['客户离开', undefined, undefined]
        ]);
        expect(fails[2].recover).toBeUndefined();
    });

    test('wait and duration with every time unit and decimals', async () => {
        const model = await parseModel('service S { process P { step A { wait 30 s duration 2.5 min next B } step B { wait 1 h duration 0.5 d next end } } }');
        const a = step(model, 'A');
        const b = step(model, 'B');
        expect([a.wait?.value, a.wait?.unit, a.duration?.value, a.duration?.unit]).toEqual([30, 's', 2.5, 'min']);
        expect([b.wait?.value, b.wait?.unit, b.duration?.value, b.duration?.unit]).toEqual([1, 'h', 0.5, 'd']);
    });

    test('moment anywhere in the block', async () => {
        const model = await parseModel('service S { process P { step A { moment } step B { next end moment } } }');
        expect(step(model, 'A').moment).toBe(true);
        expect(step(model, 'B').moment).toBe(true);
    });
});

describe('capacity', () => {
    test('serves, demand, servers, standard', async () => {
        const model = await parseModel(accountOpening);
        const counters = capacity(model, 'Counters');
        expect(counters.title).toBe('对私柜台');
        expect(counters.serves?.ref).toBe(step(model, 'Verify'));
        expect(counters.demand?.amount).toBe(40);
        expect(counters.demand?.per).toBe('h');
        expect(counters.servers).toBe(3);
        expect(counters.standard?.ref).toBe(standard(model, 'WaitMax15'));
    });

    test.each(['s', 'min', 'h', 'd'])('demand per %s', async unit => {
        const model = await parseModel(`service S { capacity C { demand 2.5 per ${unit} servers 1.5 } }`);
        expect(capacity(model, 'C').demand?.amount).toBe(2.5);
        expect(capacity(model, 'C').demand?.per).toBe(unit);
        expect(capacity(model, 'C').servers).toBe(1.5);
    });
});

describe('promise', () => {
    test('promise P "t" <= 20 min', async () => {
        const model = await parseModel(accountOpening);
        const within = promise(model, 'Within20');
        expect(within.title).toBe('20分钟办结');
        expect(within.comparator).toBe('<=');
        expect(within.quantity.value).toBe(20);
        expect(within.quantity.unit).toBe('min');
    });

    test.each(['<', '<=', '=', '>=', '>'])('promise with comparator %s, without title', async comparator => {
        const model = await parseModel(`service S { promise P ${comparator} 2 h }`);
        expect(promise(model, 'P').title).toBeUndefined();
        expect(promise(model, 'P').comparator).toBe(comparator);
        expect(promise(model, 'P').quantity.unit).toBe('h');
    });
});

describe('feedback', () => {
    test('channel and feeds of the LANGUAGE.md example', async () => {
        const model = await parseModel(accountOpening);
        const pad = feedback(model, 'Pad');
        expect(pad.title).toBe('柜台评价器');
        expect(pad.channel).toBe('counter');
        expect(pad.feeds.map(reference => reference.ref)).toEqual([kpi(model, 'Satisfaction')]);
    });

    test.each(['counter', 'phone', 'web', 'app', 'survey', 'social', 'email'])('channel %s', async channel => {
        expect(feedback(await parseModel(`service S { feedback F "f" { channel ${channel} } }`), 'F').channel).toBe(channel);
    });

    test('feeds a list of KPIs; a feedback may be empty', async () => {
        const model = await parseModel('service S { kpi K1 { } kpi K2 { } feedback F { feeds K1, K2 } feedback Bare { } }');
        expect(refNames(feedback(model, 'F').feeds)).toEqual(['K1', 'K2']);
        expect(feedback(model, 'Bare').feeds).toEqual([]);
        expect(feedback(model, 'Bare').channel).toBeUndefined();
    });
});

describe('measured data (language 1.1)', () => {
    test('measurements and survey of the LANGUAGE.md example, in a service', async () => {
        const model = await parseModel(`service S {
  measurements Monthly "2026年月度指标" from "data/kpi-2026.csv"   // KPI values per period
  survey Q3 "2026年三季度SERVQUAL问卷" from "data/servqual-q3.csv" scale 7
}`);
        const service = model.elements[0] as Service;
        expect(service.members.map(member => member.$type)).toEqual(['Measurements', 'Survey']);
        const monthly = named(model, isMeasurements, 'Monthly');
        expect(monthly.title).toBe('2026年月度指标');
        expect(monthly.path).toBe('data/kpi-2026.csv');
        const survey = named(model, isSurvey, 'Q3');
        expect(survey.path).toBe('data/servqual-q3.csv');
        expect(survey.scale).toBe(7);
    });

    test('title and scale are optional; measurements may stand at the top level', async () => {
        const model = await parseModel('measurements Yearly from "../data/kpi.csv"\nservice S { survey Q from "q.csv" }');
        expect(model.elements[0].$type).toBe('Measurements');
        expect(named(model, isMeasurements, 'Yearly').title).toBeUndefined();
        expect(named(model, isSurvey, 'Q').scale).toBeUndefined();
    });

    test('a survey stands only in a service; `from` and its path are required', async () => {
        expect((await parseRaw('survey Q from "q.csv"')).errors).not.toEqual([]);
        expect((await parseRaw('service S { measurements M "m" }')).errors).not.toEqual([]);
        expect((await parseRaw('service S { survey Q from }')).errors).not.toEqual([]);
    });
});

describe('improvement', () => {
    test('addresses, phase, owner, due of the LANGUAGE.md example', async () => {
        const model = await parseModel(accountOpening);
        const shorten = improvement(model, 'ShortenWait');
        expect(shorten.title).toBe('缩短等候时间');
        expect(shorten.addresses.map(reference => reference.ref)).toEqual([kpi(model, 'AvgWait')]);
        expect(shorten.phase).toBe('plan');
        expect(shorten.owner?.ref).toBe(actor(model, 'BranchManager'));
        expect(shorten.due).toBe('2027-03-31');
    });

    test('addresses both KPIs and standards', async () => {
        const model = await parseModel('service S { standard T { } kpi K { } improvement I { addresses K, T } }');
        const addresses = improvement(model, 'I').addresses.map(reference => reference.ref);
        expect(addresses).toEqual([kpi(model, 'K'), standard(model, 'T')]);
    });

    test.each(['plan', 'do', 'check', 'act'])('phase %s', async phase => {
        expect(improvement(await parseModel(`service S { improvement I { phase ${phase} due 2026-01-05 } }`), 'I').phase).toBe(phase);
    });
});

describe('top-level library elements', () => {
    test('actor, system, standard and kpi outside any service', async () => {
        const model = await parseModel(`
            actor Concierge "礼宾员" frontstage
            system PMS "酒店管理系统" support
            standard Smile "微笑服务" { dimension empathy kind soft target >= 90 % method mystery-shopper frequency quarterly owner Concierge }
            kpi SmileRate "微笑率" { measures Smile formula "smiles / visits" unit % direction higher target 95 warning 90 period quarterly source "神秘顾客" owner Concierge }
            service Hotel { process P { step Greet by Concierge { standard Smile next end } } }
        `);
        expect(model.elements.map(element => element.$type)).toEqual(['Actor', 'System', 'Standard', 'Kpi', 'Service']);
        expect(system(model, 'PMS').lane).toBe('support');
        expect(standard(model, 'Smile').$container).toBe(model);
        expect(standard(model, 'Smile').owner?.ref).toBe(actor(model, 'Concierge'));
        expect(kpi(model, 'SmileRate').measures[0].ref).toBe(standard(model, 'Smile'));
        expect(step(model, 'Greet').performer?.ref).toBe(actor(model, 'Concierge'));
        expect(step(model, 'Greet').standards[0].ref).toBe(standard(model, 'Smile'));
    });
});

describe('qualified names', () => {
    test('Service.Member from outside the service', async () => {
        const model = await parseModel(`
            service Bank { actor Manager "m" backstage standard Fast { } }
            kpi Speed { measures Bank.Fast owner Bank.Manager }
        `);
        expect(kpi(model, 'Speed').measures[0].$refText).toBe('Bank.Fast');
        expect(kpi(model, 'Speed').measures[0].ref).toBe(standard(model, 'Fast'));
        expect(kpi(model, 'Speed').owner?.ref).toBe(actor(model, 'Manager'));
    });

    test('Service.Member inside the same service', async () => {
        const model = await parseModel(`service Bank {
            actor Teller "t" frontstage
            process P { step A by Bank.Teller { next Bank.B } step B { fail "x" recover Bank.A next end } }
        }`);
        expect(step(model, 'A').performer?.ref).toBe(actor(model, 'Teller'));
        expect(step(model, 'A').next[0].$type).toBe('Successor');
        expect(step(model, 'A').next[0].target?.$refText).toBe('Bank.B');
        expect(step(model, 'A').next[0].target?.ref).toBe(step(model, 'B'));
        expect(step(model, 'B').fails[0].recover?.ref).toBe(step(model, 'A'));
    });

    test('qualified names with CJK and spaces around the dot', async () => {
        const model = await parseModel('service 银行 { actor 柜员 "t" frontstage } kpi K { owner 银行 . 柜员 }');
        expect(kpi(model, 'K').owner?.ref).toBe(actor(model, '柜员'));
    });
});

describe('comments', () => {
    test('// and /* */ comments anywhere are ignored', async () => {
        const model = await parseModel(`// a line comment before everything
/* a block comment
   spanning lines, with "quotes" and { braces } */
service S /* inline */ "s" { // trailing
  actor /* between keyword and name */ C "c" customer
  process P {
    step A /* here */ by C { wait /* there */ 3 min // rest of line
      next /* before target */ end }
  }
} // after
/* at the end */`);
        expect(step(model, 'A').wait?.value).toBe(3);
        expect(step(model, 'A').next[0].end).toBe(true);
        expect(actor(model, 'C').lane).toBe('customer');
    });

    test('// inside a string is not a comment', async () => {
        const model = await parseModel('service S { description "see https://example.com/a // b /* c */" }');
        expect(service(model, 'S').description).toBe('see https://example.com/a // b /* c */');
    });

    test('/** doc */ before a step and a standard is their documentation', async () => {
        const { model, services } = await parse(`service S {
  /** 叫号后30秒内主动问候客户 */
  standard Greet30 { target <= 30 s }
  process P {
    /**
     * 客户在取号机取号。
     */
    step TakeTicket { next end }
  }
}`);
        const provider = services.Svc.documentation.DocumentationProvider;
        expect(provider.getDocumentation(standard(model, 'Greet30'))?.trim()).toBe('叫号后30秒内主动问候客户');
        expect(provider.getDocumentation(step(model, 'TakeTicket'))?.trim()).toBe('客户在取号机取号。');
        const comments = services.Svc.documentation.CommentProvider;
        expect(comments.getComment(step(model, 'TakeTicket'))).toContain('客户在取号机取号。');
    });

    test('/** doc */ before a service and a top-level element', async () => {
        const { model, services } = await parse('/** 开户服务 */\nservice S { }\n/** 大堂经理 */\nactor Greeter "g" frontstage');
        const provider = services.Svc.documentation.DocumentationProvider;
        expect(provider.getDocumentation(service(model, 'S'))?.trim()).toBe('开户服务');
        expect(provider.getDocumentation(actor(model, 'Greeter'))?.trim()).toBe('大堂经理');
    });

    test('an element without a doc comment has no documentation', async () => {
        const { model, services } = await parse('service S { // not documentation\n  standard T { } }');
        expect(services.Svc.documentation.DocumentationProvider.getDocumentation(standard(model, 'T'))).toBeUndefined();
    });
});

describe('strings', () => {
    test('\\" and \\\\ escapes', async () => {
        const model = await parseModel(String.raw`service S "say \"hi\"" { description "C:\\temp\\ and \"quoted\" \\" }`);
        expect(service(model, 'S').title).toBe('say "hi"');
        expect(service(model, 'S').description).toBe('C:\\temp\\ and "quoted" \\');
    });

    test('any Unicode', async () => {
        const text = '中文 العربية עברית русский ελληνικά 한국어 日本語 emoji 😀🎉 “curly” ‘quotes’ — … ¥€£ 𠀀';
        const model = await parseModel(`service S "${text}" { process P { step A { evidence "${text}", "" next end } } }`);
        expect(service(model, 'S').title).toBe(text);
        expect(step(model, 'A').evidence).toEqual([text, '']);
    });
});

describe('numbers and dates', () => {
    test('decimal numbers 2.5 and 99.9 %', async () => {
        const model = await parseModel('service S { standard T { target >= 99.9 % tolerance 0.05 % } process P { step A { duration 2.5 min next end } } }');
        expect(standard(model, 'T').target?.quantity.value).toBe(99.9);
        expect(standard(model, 'T').target?.quantity.unit).toBe('%');
        expect(standard(model, 'T').tolerance?.value).toBe(0.05);
        expect(step(model, 'A').duration?.value).toBe(2.5);
        expect(typeof step(model, 'A').duration?.value).toBe('number');
    });

    test('integers and a date', async () => {
        const model = await parseModel('service S { capacity C { servers 200 demand 12 per min } improvement I { due 2027-03-31 } }');
        expect(capacity(model, 'C').servers).toBe(200);
        expect(capacity(model, 'C').demand?.amount).toBe(12);
        expect(improvement(model, 'I').due).toBe('2027-03-31');
    });
});

describe('identifiers', () => {
    test('CJK identifiers', async () => {
        const model = await parseModel(`service 开户 "开户" {
            actor 前台接待 "前台接待员" frontstage
            actor 客户 "客户" customer
            standard 等候15分钟 { target <= 15 min }
            process 主流程 {
                stage 到店 {
                    step 取号 "取号排队" by 客户 { standard 等候15分钟 next 问候 }
                    step 问候 by 前台接待 { next end }
                }
            }
        }`);
        expect(service(model, '开户').members).toHaveLength(4);
        expect(step(model, '取号').performer?.ref).toBe(actor(model, '客户'));
        expect(step(model, '取号').standards[0].ref).toBe(standard(model, '等候15分钟'));
        expect(step(model, '取号').next[0].target?.ref).toBe(step(model, '问候'));
        expect(step(model, '问候').performer?.ref).toBe(actor(model, '前台接待'));
    });

    test('CJK identifiers outside the Basic Multilingual Plane (Extension B, e.g. 𠮷)', async () => {
        // LANGUAGE.md: an identifier starts with "a letter (ASCII or CJK)"; U+20BB7 𠮷 is a CJK Unified Ideograph (Ext. B).
        const model = await parseModel('service 𠮷野家 { actor 𠮷田 "店员" frontstage process P { step 接待𠮷 by 𠮷田 { next end } } }');
        expect(service(model, '𠮷野家').members).toHaveLength(2);
        expect(step(model, '接待𠮷').performer?.ref).toBe(actor(model, '𠮷田'));
    });

    const mixed = ['step_1', 'GreetIn30s', 'd0', 'done', 'hours', 'minute', 'send', 'ending', 'scores', 'counter2', '_private', 'Ünïcødé', 'Шаг', 'ステップ', '단계'];

    test.each(mixed)('step named %s, referenced by next, recover and serves', async name => {
        const model = await parseModel(`service S {
            process P {
                step Start { fail "x" recover ${name} next ${name} }
                step ${name} "t" { next end }
            }
            capacity C { serves ${name} }
        }`);
        const target = step(model, name);
        expect(target.name).toBe(name);
        expect(step(model, 'Start').next.map(successor => [successor.end, successor.target?.ref])).toEqual([[false, target]]);
        expect(step(model, 'Start').fails[0].recover?.ref).toBe(target);
        expect(capacity(model, 'C').serves?.ref).toBe(target);
    });

    test.each(mixed)('actor, standard and KPI named %s', async name => {
        const model = await parseModel(`service S {
            actor ${name} "a" frontstage
            process P { step A by ${name} { next end } }
        }
        standard ${name}_std { owner S.${name} }
        kpi ${name}_kpi { measures ${name}_std }`);
        expect(step(model, 'A').performer?.ref).toBe(actor(model, name));
        expect(standard(model, `${name}_std`).owner?.ref).toBe(actor(model, name));
        expect(kpi(model, `${name}_kpi`).measures[0].ref).toBe(standard(model, `${name}_std`));
    });

    test('a step called wait, with a wait property, reached by next wait', async () => {
        const model = await parseModel(`service S { process P {
            step A { next wait }
            step wait "等候" { wait 3 min next end }
        } }`);
        const waitStep = step(model, 'wait');
        expect(waitStep.title).toBe('等候');
        expect(waitStep.wait?.value).toBe(3);
        expect(step(model, 'A').next[0].target?.ref).toBe(waitStep);
    });

    test('an actor called support in lane support, performing a step', async () => {
        const model = await parseModel('service S { owner support actor support "支持" support process P { step A by support { next end } } }');
        const supportActor = actor(model, 'support');
        expect(supportActor.lane).toBe('support');
        expect(step(model, 'A').performer?.ref).toBe(supportActor);
        expect(service(model, 'S').owner?.ref).toBe(supportActor);
    });

    test('a KPI called score with unit score, fed by a feedback', async () => {
        const model = await parseModel('service S { kpi score "评分" { unit score target 4 score } feedback F { feeds score } improvement I { addresses score } }');
        const scoreKpi = kpi(model, 'score');
        expect(scoreKpi.unit).toBe('score');
        expect(scoreKpi.target?.unit).toBe('score');
        expect(feedback(model, 'F').feeds[0].ref).toBe(scoreKpi);
        expect(improvement(model, 'I').addresses[0].ref).toBe(scoreKpi);
    });

    test('a standard called h, with a target in h, measured and used', async () => {
        const model = await parseModel(`service S {
            standard h "一小时内" { bounds lead-time target <= 1 h tolerance 5 min }
            kpi K { measures h unit h }
            process P { standard h step A { standard h next end } }
            capacity C { standard h }
        }`);
        const hStandard = standard(model, 'h');
        expect(hStandard.target?.quantity.unit).toBe('h');
        expect(kpi(model, 'K').measures[0].ref).toBe(hStandard);
        expect(kpi(model, 'K').unit).toBe('h');
        expect(processNamed(model, 'P').standards[0].ref).toBe(hStandard);
        expect(step(model, 'A').standards[0].ref).toBe(hStandard);
        expect(capacity(model, 'C').standard?.ref).toBe(hStandard);
    });

    test.each([
        'service', 'process', 'stage', 'step', 'next', 'when', 'fail', 'recover', 'moment', 'evidence', 'duration', 'by',
        'customer', 'frontstage', 'backstage', 'plan', 'do', 'min', 's', 'd', 'CNY', 'count', 'per', 'due', 'target', 'owner',
        'measurements', 'survey', 'from', 'scale'
    ])('keyword %s as a step name', async keyword => {
        const model = await parseModel(`service S { process P { step A { next ${keyword} } step ${keyword} { next end } } }`);
        expect(step(model, 'A').next[0].target?.ref).toBe(step(model, keyword));
    });
});

describe('syntax errors', () => {
    test('an unterminated string', async () => {
        const { errors } = await parseRaw('service S "unterminated { }\n');
        expect(errors.length).toBeGreaterThan(0);
    });

    test('an unterminated string inside a step', async () => {
        const { errors } = await parseRaw('service S { process P { step A { evidence "叫号单 next end } } }');
        expect(errors.length).toBeGreaterThan(0);
    });

    test('a missing }', async () => {
        const { errors } = await parseRaw('service S { process P { step A { next end } }\n');
        expect(errors.length).toBeGreaterThan(0);
        expect(errors.some(error => error.startsWith('parser:'))).toBe(true);
    });

    test('a missing } in the middle', async () => {
        const { errors } = await parseRaw('service S { process P { step A { next end  step B { next end } } }');
        expect(errors.length).toBeGreaterThan(0);
    });

    test('next without target', async () => {
        const { errors } = await parseRaw('service S { process P { step A { next } } }');
        expect(errors.length).toBeGreaterThan(0);
        expect(errors.some(error => error.startsWith('parser:'))).toBe(true);
    });

    test('next followed by a comma and nothing', async () => {
        const { errors } = await parseRaw('service S { process P { step A { next B, } step B { next end } } }');
        expect(errors.length).toBeGreaterThan(0);
    });

    test('an unknown lane, dimension or unit', async () => {
        expect((await parseRaw('service S { actor A "a" middle }')).errors.length).toBeGreaterThan(0);
        expect((await parseRaw('standard T { dimension speed }')).errors.length).toBeGreaterThan(0);
        expect((await parseRaw('service S { process P { step A { wait 3 weeks } } }')).errors.length).toBeGreaterThan(0);
    });

    test('end may be a name; after next it ends the process, and Service.end reaches the step', async () => {
        const model = await parseModel('service S { process P { step A { next end } step B { next S.end } step end { next A } } }');
        const steps = AstUtils.streamAllContents(model).filter(isStep).toArray();
        expect(steps.map(step => step.name)).toEqual(['A', 'B', 'end']);
        expect(steps[0].next[0].end).toBe(true);
        expect(steps[1].next[0].target?.ref?.name).toBe('end');
        expect(steps[2].next[0].target?.ref?.name).toBe('A');
    });

    test('a syntax error surfaces as a syntax-error diagnostic', async () => {
        const services = createNodeSvcServices(EmptyFileSystem);
        const document = await parseHelper<Model>(services.Svc)('service S { process P { step A { next } } }', { validation: true });
        expect(document.diagnostics?.some(diagnostic => diagnostic.code === 'syntax-error')).toBe(true);
    });
});

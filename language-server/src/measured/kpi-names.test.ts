import { EmptyFileSystem, URI } from 'langium';
import { beforeAll, describe, expect, test } from 'vitest';
import { isService, type Model, type Service } from '../generated/ast.js';
import { createNodeSvcServices } from '../svc-node-services.js';
import { KpiNames, type KpiLookup } from './kpi-names.js';

const counterSpec = `actor QA "质量管理部" backstage
standard Tidy "网点整洁" { dimension tangibles target >= 95 % }
kpi TidyRate "巡检通过率" { measures Tidy unit % }
kpi Shared "顶层同名指标" { unit count }
service Counter "对公柜台" {
  standard Quick "等候不超过20分钟" { dimension responsiveness target <= 20 min }
  standard Shared "与顶层指标同名的标准" { dimension reliability target >= 1 count }
  kpi AvgWait "平均等候" { measures Quick unit min }
  kpi AvgServe "平均办理" { unit min }
  kpi AvgSwap "平均换号" { unit min }
  kpi AvgWaste "平均空等" { unit min }
  process Visit "到店" {
    step Queue "排队" by QA { next end }
  }
  measurements Monthly "月报" from "data/counter.csv"
}
measurements HQ "总行周报" from "data/hq.csv"
`;

const hotlineSpec = `service Hotline "客服热线" {
  kpi AnswerTime "平均接听" { unit s }
  kpi Wait4 "等候4" { unit s }
  kpi Wait2 "等候2" { unit s }
  kpi Wait3 "等候3" { unit s }
  kpi Wait1 "等候1" { unit s }
}
`;

let names: KpiNames;
let counter: Service;
let hotline: Service;

beforeAll(async () => {
    const { shared } = createNodeSvcServices(EmptyFileSystem);
    const documents = [['counter.svc', counterSpec], ['hotline.svc', hotlineSpec]].map(([name, text]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/workspace/${name}`));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents);
    for (const document of documents) expect(document.parseResult.parserErrors).toEqual([]);
    const services = documents.flatMap(document => (document.parseResult.value as Model).elements.filter(isService));
    [counter, hotline] = services;
    names = new KpiNames(shared.workspace.IndexManager);
});

/** The KPI a name resolves to, as `Service.Kpi` or a top-level name; or the problem. */
function resolved(lookup: KpiLookup): string {
    if (!lookup.ok) return `problem: ${lookup.problem.en}`;
    const { kpi } = lookup;
    return isService(kpi.$container) ? `${kpi.$container.name}.${kpi.name}` : kpi.name;
}

describe('KpiNames inside a service', () => {
    test.each([
        ['AvgWait', 'Counter.AvgWait', 'a member by name'],
        ['TidyRate', 'TidyRate', 'a top-level name'],
        ['Hotline.AnswerTime', 'Hotline.AnswerTime', 'Service.Member of another service, in another file'],
        ['Counter.AvgWait', 'Counter.AvgWait', 'Service.Member of its own service']
    ])('%j resolves (%s)', (name, kpi) => {
        expect(resolved(names.resolve(name, counter))).toBe(kpi);
    });

    test('a member hides a top-level element of the same name, as in a reference', () => {
        expect(resolved(names.resolve('Shared', counter))).toBe("problem: 'Shared' names a standard, not a KPI: the kpi column takes KPI names.");
        expect(resolved(names.resolve('Shared', undefined))).toBe('Shared');
    });

    test("another service's member needs its service's name", () => {
        expect(names.resolve('AnswerTime', counter)).toMatchObject({ ok: false, suggestions: ['Hotline.AnswerTime'] });
    });

    test('names are matched exactly: another case is no match, but the first suggestion', () => {
        expect(names.resolve('avgwait', counter)).toMatchObject({ ok: false, suggestions: ['AvgWait', 'AvgWaste'] });
    });
});

describe('KpiNames at the top level', () => {
    test.each([
        ['TidyRate', 'TidyRate'],
        ['Counter.AvgWait', 'Counter.AvgWait'],
        ['Hotline.AnswerTime', 'Hotline.AnswerTime']
    ])('%j resolves: top-level names and Service.Member', (name, kpi) => {
        expect(resolved(names.resolve(name, undefined))).toBe(kpi);
    });

    test("a service's member by its name alone does not, and Service.Member is suggested", () => {
        expect(names.resolve('AvgWait', undefined)).toEqual({
            ok: false,
            suggestions: ['Counter.AvgWait'],
            problem: {
                en: "No KPI named 'AvgWait' is in scope at the top level. Did you mean 'Counter.AvgWait'?",
                'zh-CN': '在顶层找不到名为“AvgWait”的 KPI。是否要写 “Counter.AvgWait”？'
            }
        });
    });
});

describe('KpiNames, a name of another element', () => {
    test.each([
        ['Quick', 'in Counter', 'a standard', '服务标准'],
        ['Queue', 'in Counter', 'a step', '步骤'],
        ['Visit', 'in Counter', 'a process', '流程'],
        ['Monthly', 'in Counter', 'a measurements element', '指标数据'],
        ['QA', 'at the top level', 'an actor', '角色'],
        ['Counter', 'at the top level', 'a service', '服务'],
        ['Counter.Quick', 'at the top level', 'a standard', '服务标准']
    ])('%j %s names what it names, not a KPI', (name, scope, english, chinese) => {
        const lookup = names.resolve(name, scope === 'in Counter' ? counter : undefined);
        expect(lookup.ok).toBe(false);
        expect(!lookup.ok && lookup.problem).toEqual({
            en: `'${name}' names ${english}, not a KPI: the kpi column takes KPI names.`,
            'zh-CN': `“${name}”指向的是${chinese}，不是 KPI：指标列只能写 KPI 的名称。`
        });
    });
});

describe('KpiNames suggestions', () => {
    test('the closest names in scope, nearest first, in English and Chinese', () => {
        expect(names.resolve('AvgWastr', counter)).toEqual({
            ok: false,
            suggestions: ['AvgWaste', 'AvgWait'],
            problem: {
                en: "No KPI named 'AvgWastr' is in scope in service 'Counter'. Did you mean 'AvgWaste' or 'AvgWait'?",
                'zh-CN': '在服务“Counter”中找不到名为“AvgWastr”的 KPI。是否要写 “AvgWaste”或“AvgWait”？'
            }
        });
    });

    test('at most three, equally near ones in name order', () => {
        expect(names.resolve('Wait', hotline)).toMatchObject({ ok: false, suggestions: ['Wait1', 'Wait2', 'Wait3'] });
    });

    test("a misspelt member of another service suggests it as Service.Member", () => {
        expect(names.resolve('AvgServ', undefined)).toMatchObject({ ok: false, suggestions: ['Counter.AvgServe'] });
        expect(names.resolve('AnswerTim', counter)).toMatchObject({ ok: false, suggestions: ['Hotline.AnswerTime'] });
    });

    test('only names that resolve to a KPI here: no other kinds, no hidden names, each KPI once', () => {
        expect(names.resolve('Quik', counter)).toMatchObject({ ok: false, suggestions: [] });
        // `Shared` is the standard inside Counter; `Counter.AvgWait` is `AvgWait` there.
        expect(names.resolve('Share', counter)).toMatchObject({ ok: false, suggestions: [] });
        expect(names.resolve('Share', undefined)).toMatchObject({ ok: false, suggestions: ['Shared'] });
    });

    test('nothing close: says how to write a KPI name', () => {
        expect(names.resolve('营业额', hotline)).toEqual({
            ok: false,
            suggestions: [],
            problem: {
                en: "No KPI named '营业额' is in scope in service 'Hotline'. Write a KPI name as a reference in the .svc file would (Service.Kpi for another service).",
                'zh-CN': '在服务“Hotline”中找不到名为“营业额”的 KPI。请按 .svc 文件中引用的写法填写 KPI 名称（其他服务的 KPI 写作“服务.KPI”）。'
            }
        });
    });

    test('a hostile name is quoted, cut and shown with its escapes', () => {
        const lookup = names.resolve(`\u202E${'x'.repeat(100_000)}`, undefined);
        expect(!lookup.ok && lookup.problem.en).toBe(`No KPI named '\\u202E${'x'.repeat(59)}…' is in scope at the top level. Write a KPI name as a reference in the .svc file would (Service.Kpi for another service).`);
    });
});

describe('KpiNames.namesInScope', () => {
    test("in a service: its own KPIs by name first, then the workspace's KPI names that no member hides; never itself as Service.Kpi", () => {
        const inCounter = names.namesInScope(counter);
        expect(inCounter.slice(0, 4)).toEqual(['AvgWait', 'AvgServe', 'AvgSwap', 'AvgWaste']);
        expect(inCounter.slice(4).sort()).toEqual(['Hotline.AnswerTime', 'Hotline.Wait1', 'Hotline.Wait2', 'Hotline.Wait3', 'Hotline.Wait4', 'TidyRate']);
    });

    test('at the top level: top-level KPIs and every Service.Kpi', () => {
        expect([...names.namesInScope(undefined)].sort()).toEqual([
            'Counter.AvgServe', 'Counter.AvgSwap', 'Counter.AvgWait', 'Counter.AvgWaste',
            'Hotline.AnswerTime', 'Hotline.Wait1', 'Hotline.Wait2', 'Hotline.Wait3', 'Hotline.Wait4', 'Shared', 'TidyRate'
        ]);
    });
});

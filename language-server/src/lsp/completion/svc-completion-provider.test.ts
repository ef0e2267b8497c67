import { EmptyFileSystem } from 'langium';
import { expectCompletion } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver';
import { enumGlossary, enumValues, keywordGlossary, type EnumRuleName, type GlossaryEntry } from '../../i18n/domain-glossary.js';
import { locales, type Locale } from '#protocol/locale.js';
import { createNodeSvcServices } from '../../svc-node-services.js';

/** The completion items at the `<|>` mark, in the given locale. */
async function completionsAt(text: string, locale: Locale = 'en'): Promise<CompletionItem[]> {
    const { Svc } = createNodeSvcServices(EmptyFileSystem);
    Svc.i18n.Locale.current = locale;
    let items: CompletionItem[] = [];
    await expectCompletion(Svc)({ text, index: 0, disposeAfterCheck: true, assert: list => { items = list.items; } });
    return items;
}

const labelsOfKind = (items: CompletionItem[], kind: CompletionItemKind) =>
    items.filter(item => item.kind === kind).map(item => item.label);
const keywords = (items: CompletionItem[]) => labelsOfKind(items, CompletionItemKind.Keyword);
const enumMembers = (items: CompletionItem[]) => labelsOfKind(items, CompletionItemKind.EnumMember);
const references = (items: CompletionItem[]) => items
    .filter(item => item.kind !== CompletionItemKind.Keyword && item.kind !== CompletionItemKind.Snippet)
    .map(item => item.label);
const documentationOf = (item: CompletionItem | undefined) =>
    typeof item?.documentation === 'object' ? item.documentation.value : item?.documentation;

describe('keywords valid at the cursor, with their meaning', () => {
    test('at the top level: the library elements and services, not service members', async () => {
        const labels = keywords(await completionsAt('<|>'));
        expect(labels.sort()).toEqual(['actor', 'kpi', 'measurements', 'service', 'standard', 'system']);
    });

    test('in a service: measured data (language 1.1) among the members, `from` and `scale` where they go', async () => {
        expect(keywords(await completionsAt('service S { <|> }'))).toEqual(expect.arrayContaining(['measurements', 'survey', 'feedback']));
        expect(keywords(await completionsAt('service S { survey Q "问卷" <|> }'))).toEqual(['from']);
        expect(keywords(await completionsAt('service S { survey Q from "q.csv" <|> }'))).toContain('scale');
    });

    test('inside a step: the step properties, not those of a standard', async () => {
        const labels = keywords(await completionsAt('service S { process P { step A { <|> } } }'));
        expect(labels).toEqual(expect.arrayContaining(['evidence', 'wait', 'duration', 'standard', 'moment', 'fail', 'next']));
        expect(labels).not.toContain('dimension');
        expect(labels).not.toContain('service');
    });

    test('where a new name is written, no keywords (a keyword may be a name, but is no proposal)', async () => {
        expect(await completionsAt('service S { standard <|> }')).toEqual([]);
        expect(await completionsAt('service S { process P { step <|> } }')).toEqual([]);
    });

    for (const locale of locales) {
        test(`keyword items carry the glossary term and explanation (${locale})`, async () => {
            const items = await completionsAt('service S { process P { step A { <|> } } }', locale);
            const wait = items.find(item => item.label === 'wait' && item.kind === CompletionItemKind.Keyword);
            expect(wait?.detail).toBe(keywordGlossary.wait.term[locale]);
            expect(documentationOf(wait)).toBe(keywordGlossary.wait.explanation[locale]);
        });
    }
});

/** One place per enum family where its values are the thing to type. */
const enumPositions: Record<EnumRuleName, string> = {
    Lane: 'actor A "a" <|>',
    Dimension: 'standard G { dimension <|> }',
    StandardKind: 'standard G { kind <|> }',
    Bound: 'standard G { bounds <|> }',
    Method: 'standard G { method <|> }',
    Frequency: 'standard G { frequency <|> }',
    Channel: 'service S { feedback F { channel <|> } }',
    Phase: 'service S { improvement I { phase <|> } }',
    Direction: 'kpi K { direction <|> }',
    Comparator: 'standard G { target <|> }',
    Unit: 'kpi K { unit <|> }'
};

describe('enum values, each with a one-line explanation', () => {
    for (const [rule, text] of Object.entries(enumPositions) as Array<[EnumRuleName, string]>) {
        for (const locale of locales) {
            test(`${rule} (${locale})`, async () => {
                const items = await completionsAt(text, locale);
                expect(enumMembers(items)).toEqual(enumValues(rule));
                const glossary: Record<string, GlossaryEntry> = enumGlossary[rule];
                for (const item of items.filter(candidate => candidate.kind === CompletionItemKind.EnumMember)) {
                    expect(item.detail, item.label).toBe(glossary[item.label].term[locale]);
                    expect(documentationOf(item), item.label).toBe(glossary[item.label].explanation[locale]);
                }
            });
        }
    }

    test('a KPI period offers the frequencies; a promise the comparators; a wait the units', async () => {
        expect(enumMembers(await completionsAt('kpi K { period <|> }'))).toEqual(enumValues('Frequency'));
        expect(enumMembers(await completionsAt('service S { promise P <|> }'))).toEqual(enumValues('Comparator'));
        expect(enumMembers(await completionsAt('service S { process P { step A { wait 3 <|> } } }'))).toEqual(enumValues('Unit'));
    });

    test('`survey` is explained as a method after `method` and as a channel after `channel`', async () => {
        const asMethod = (await completionsAt('standard G { method <|> }')).find(item => item.label === 'survey');
        const asChannel = (await completionsAt('service S { feedback F { channel <|> } }')).find(item => item.label === 'survey');
        expect(documentationOf(asMethod)).toBe(enumGlossary.Method.survey.explanation.en);
        expect(documentationOf(asChannel)).toBe(enumGlossary.Channel.survey.explanation.en);
    });
});

const workspace = `service Bank {
  actor Greeter "大堂经理" frontstage
  system Core "核心系统" support
  standard GreetFast { dimension responsiveness }
  kpi AvgWait { measures GreetFast }
  process Open {
    step Ticket by Greeter { next Greet }
    step Greet by Greeter { fail "x" recover Ticket next end }
  }
  process Close {
    step Archive by Core { next end }
  }
  capacity Counters { serves Greet }
  feedback Pad { feeds AvgWait }
  improvement Faster { addresses AvgWait }
}
service Other {
  process Elsewhere { step Foreign { next end } }
}`;

/** The workspace spec with `original` rewritten as `fragment`, whose `|` marks the cursor. */
const at = (original: string, fragment: string) => workspace.replace(original, fragment.replace('|', '<|>'));

describe('references offer only what fits', () => {
    test('after `by`: actors and systems, each once (no `Bank.Greeter` alias), no standards, KPIs or steps', async () => {
        const items = await completionsAt(at('step Archive by Core', 'step Archive by |'));
        expect(references(items).sort()).toEqual(['Core', 'Greeter']);
    });

    test('after `by`: the service\'s own actors first, then top-level ones; other services\' only after their qualifier', async () => {
        const spec = (reference: string) => `actor Able customer service Other { actor Alpha customer } service S { actor Zed customer process P { step A by ${reference} } }`;
        const sorted = (items: CompletionItem[]) => items.filter(item => item.kind !== CompletionItemKind.Keyword && item.kind !== CompletionItemKind.Snippet)
            .sort((a, b) => `${a.sortText}${a.label}`.localeCompare(`${b.sortText}${b.label}`)).map(item => item.label);
        expect(sorted(await completionsAt(spec('<|>')))).toEqual(['Zed', 'Able']);
        expect(sorted(await completionsAt(spec('Other.<|>')))).toEqual(['Other.Alpha']);
        expect(sorted(await completionsAt(spec('S.<|>')))).toEqual(['S.Zed']);
    });

    test('after `measures`: standards only', async () => {
        expect(references(await completionsAt(at('measures GreetFast', 'measures |')))).toEqual(['GreetFast']);
    });

    test('after `feeds`: KPIs only', async () => {
        expect(references(await completionsAt(at('feeds AvgWait', 'feeds |')))).toEqual(['AvgWait']);
    });

    test('after `addresses`: KPIs and standards', async () => {
        expect(references(await completionsAt(at('addresses AvgWait', 'addresses |'))).sort()).toEqual(['AvgWait', 'GreetFast']);
    });

    test('after a standard\'s `owner`: actors and systems', async () => {
        const items = await completionsAt(at('dimension responsiveness', 'dimension responsiveness owner |'));
        expect(references(items).sort()).toEqual(['Core', 'Greeter']);
    });

    test('after `next`: `end` and the steps of the same process only', async () => {
        const items = await completionsAt(at('step Ticket by Greeter { next Greet }', 'step Ticket by Greeter { next | }'));
        expect(references(items).sort()).toEqual(['Greet', 'Ticket']);
        expect(keywords(items)).toContain('end');
    });

    test('after `recover`: the steps of the same process only', async () => {
        const items = await completionsAt(at('recover Ticket', 'recover |'));
        expect(references(items).sort()).toEqual(['Greet', 'Ticket']);
    });

    test('after `serves`: the steps of the same service only, from every process', async () => {
        const items = await completionsAt(at('serves Greet', 'serves |'));
        expect(references(items).sort()).toEqual(['Archive', 'Greet', 'Ticket']);
    });

    test('after `next`, a step called `end` is offered by its qualified name only', async () => {
        const items = await completionsAt('service S { process P { step A { next <|> } step end { } } }');
        expect(references(items).sort()).toEqual(['A', 'S.end']);
    });

    test('reference items say what the element is, its title and lane (en and zh-CN)', async () => {
        const text = at('step Archive by Core', 'step Archive by |');
        const greeter = (locale: Locale) => completionsAt(text, locale).then(items => items.find(item => item.label === 'Greeter'));
        expect((await greeter('en'))?.detail).toBe('Actor · 大堂经理 · Frontstage');
        expect((await greeter('zh-CN'))?.detail).toBe('角色 · 大堂经理 · 前台');
    });
});

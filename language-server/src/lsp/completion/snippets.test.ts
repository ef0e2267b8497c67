import { EmptyFileSystem } from 'langium';
import { expectCompletion, parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver';
import { locales, type Locale } from '#protocol/locale.js';
import { createNodeSvcServices } from '../../svc-node-services.js';
import { completionTexts, snippetRules, type SnippetRule } from './completion-texts.js';

/** Where each snippet is offered: a spec with the cursor `<|>` where the element may start. */
const snippetPlaces: Record<SnippetRule, string> = {
    Service: '<|>',
    Actor: '<|>',
    System: 'service S { <|> }',
    Standard: '<|>',
    Kpi: 'service S { <|> }',
    Process: 'service S { <|> }',
    Stage: 'service S { process P { <|> } }',
    Step: 'service S { process P { stage T { <|> } } }',
    Capacity: 'service S { <|> }',
    ServicePromise: 'service S { <|> }',
    Feedback: 'service S { <|> }',
    Improvement: 'service S { <|> }'
};

/** What the editor inserts when every tab stop keeps its default (the first choice). */
function expandDefaults(snippet: string): string {
    return snippet
        .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
        .replace(/\$\{\d+:([^}]*)\}/g, '$1')
        .replace(/\$\d+/g, '');
}

async function snippetsAt(text: string, locale: Locale): Promise<CompletionItem[]> {
    const { Svc } = createNodeSvcServices(EmptyFileSystem);
    Svc.i18n.Locale.current = locale;
    let items: CompletionItem[] = [];
    await expectCompletion(Svc)({ text, index: 0, disposeAfterCheck: true, assert: list => { items = list.items; } });
    return items.filter(item => item.kind === CompletionItemKind.Snippet);
}

async function syntaxErrors(text: string): Promise<string[]> {
    const { Svc } = createNodeSvcServices(EmptyFileSystem);
    const document = await parseHelper(Svc)(text);
    return [...document.parseResult.lexerErrors, ...document.parseResult.parserErrors].map(error => error.message);
}

describe('snippets', () => {
    test('the expansion of defaults used below is faithful', () => {
        expect(expandDefaults('a ${1:Name} ${2|x,y|} ${3|<=,<|} $0')).toBe('a Name x <= ');
    });

    for (const locale of locales) {
        for (const rule of snippetRules) {
            test(`${rule} (${locale}): offered with tab stops, and parses once the defaults are taken`, async () => {
                const place = snippetPlaces[rule];
                const snippet = (await snippetsAt(place, locale)).find(item => item.detail === completionTexts[locale].snippets[rule]);
                expect(snippet?.insertTextFormat).toBe(InsertTextFormat.Snippet);
                const body = snippet?.insertText ?? '';
                expect(body).toMatch(/\$\{1:/);
                expect(body).toContain(completionTexts[locale].placeholders.names[rule]);
                const expanded = place.replace('<|>', expandDefaults(body));
                expect(await syntaxErrors(expanded), expanded).toEqual([]);
            });
        }
    }

    test('the snippets offered at a place are exactly the elements that may start there', async () => {
        const details = async (text: string) => (await snippetsAt(text, 'en')).map(item => item.detail).sort();
        const words = completionTexts.en.snippets;
        expect(await details('<|>')).toEqual([words.Actor, words.Kpi, words.Service, words.Standard, words.System].sort());
        expect(await details('service S { process P { stage T { <|> } } }')).toEqual([words.Step]);
    });

    test('in a file of one-line blocks, the snippets of such elements are one line; processes stay open', async () => {
        const oneLine = 'service S { process P { step A { next end } <|> } }';
        const step = (await snippetsAt(oneLine, 'en')).find(item => item.detail === completionTexts.en.snippets.Step);
        expect(step?.insertText).not.toContain('\n');
        expect(expandDefaults(step?.insertText ?? '')).toBe('step StepName "Title" by Performer { duration 5 min next end }');
        expect(await syntaxErrors(oneLine.replace('<|>', expandDefaults(step?.insertText ?? '')))).toEqual([]);
        const process = (await snippetsAt('service S { kpi K { measures X } <|> }', 'en')).find(item => item.detail === completionTexts.en.snippets.Process);
        expect(process?.insertText).toContain('\n');
    });

    test('no standard snippet where `standard` names the standards of a step', async () => {
        expect(await snippetsAt('service S { process P { step A { <|> } } }', 'en')).toEqual([]);
    });
});

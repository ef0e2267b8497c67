import { AstUtils, GrammarAST } from 'langium';
import { describe, expect, test } from 'vitest';
import { SvcGrammar } from '../generated/grammar.js';
import { completionTexts } from '../lsp/completion/completion-texts.js';
import { hoverTexts } from '../lsp/hover/hover-texts.js';
import {
    blueprintLineGlossary, enumGlossary, glossaryEntryOfKeyword, keywordGlossary, type GlossaryEntry
} from './domain-glossary.js';
import { locales } from '#protocol/locale.js';

const parserRules = SvcGrammar().rules.filter(GrammarAST.isParserRule);
const keywordsOf = (rule: GrammarAST.ParserRule) => AstUtils.streamAst(rule.definition).filter(GrammarAST.isKeyword).toArray();

/** Data-type rules made of keywords only are the enums of the language (Lane, Unit, …). */
const grammarEnums = new Map(parserRules
    .filter(rule => rule.dataType && keywordsOf(rule).length > 0
        && AstUtils.streamAst(rule.definition).every(node => GrammarAST.isKeyword(node) || GrammarAST.isAlternatives(node)))
    .map(rule => [rule.name, keywordsOf(rule).map(keyword => keyword.value)]));

/** Keywords with letters that give structure (not enum values, not keywords allowed as names). */
const structuralKeywords = new Set(parserRules
    .filter(rule => !rule.dataType)
    .flatMap(keywordsOf)
    .map(keyword => keyword.value)
    .filter(value => /\p{L}/u.test(value)));

function untranslated(entries: Record<string, GlossaryEntry>): string[] {
    return Object.entries(entries).flatMap(([key, { term, explanation }]) => locales
        .filter(locale => !term[locale]?.trim() || !explanation[locale]?.trim())
        .map(locale => `${key} (${locale})`));
}

/** Leaves of a message table whose text is empty; functions are called with sample arguments. */
function emptyTexts(table: object, path = ''): string[] {
    return Object.entries(table).flatMap(([key, value]: [string, unknown]) => {
        const where = `${path}${key}`;
        if (typeof value === 'string') return value.trim() ? [] : [where];
        if (typeof value === 'function') {
            const text: unknown = value('X', 'Y', 'Z');
            return typeof text === 'string' && text.trim() ? [] : [where];
        }
        if (value && typeof value === 'object') return emptyTexts(value, `${where}.`);
        return [where];
    });
}

/** Key paths of a message table, to compare the locales' shapes. */
function keyPaths(table: object, path = ''): string[] {
    return Object.entries(table).flatMap(([key, value]: [string, unknown]) => value && typeof value === 'object'
        ? keyPaths(value, `${path}${key}.`)
        : [`${path}${key}`]).sort();
}

describe('domain glossary', () => {
    test('the grammar has enum rules (guards the derivation below)', () => {
        expect([...grammarEnums.keys()]).toEqual(expect.arrayContaining(['Lane', 'Dimension', 'Unit', 'Comparator']));
    });

    test('every enum rule of the grammar has a glossary with exactly its values, in grammar order', () => {
        const glossaries = Object.fromEntries(Object.entries(enumGlossary).map(([rule, values]) => [rule, Object.keys(values)]));
        expect(glossaries).toEqual(Object.fromEntries(grammarEnums));
    });

    test('every structural keyword of the grammar is explained, and nothing else', () => {
        expect(Object.keys(keywordGlossary).sort()).toEqual([...structuralKeywords].sort());
    });

    test('every glossary entry has a term and an explanation in every locale', () => {
        const all = {
            ...Object.fromEntries(Object.entries(enumGlossary).flatMap(([rule, values]) =>
                Object.entries(values as Record<string, GlossaryEntry>).map(([value, entry]) => [`${rule}.${value}`, entry]))),
            ...keywordGlossary,
            ...blueprintLineGlossary
        };
        expect(Object.keys(all).length).toBeGreaterThan(100);
        expect(untranslated(all)).toEqual([]);
    });

    test('a keyword is explained where it stands: `survey` as a method and as a channel, `wait` as property and bound', () => {
        const keyword = (ruleName: string, value: string) =>
            keywordsOf(parserRules.find(rule => rule.name === ruleName)!).find(candidate => candidate.value === value)!;
        expect(glossaryEntryOfKeyword(keyword('Method', 'survey'))).toBe(enumGlossary.Method.survey);
        expect(glossaryEntryOfKeyword(keyword('Channel', 'survey'))).toBe(enumGlossary.Channel.survey);
        expect(glossaryEntryOfKeyword(keyword('Bound', 'wait'))).toBe(enumGlossary.Bound.wait);
        expect(glossaryEntryOfKeyword(keyword('Step', 'wait'))).toBe(keywordGlossary.wait);
        // Keywords that are allowed as names carry no meaning there.
        expect(glossaryEntryOfKeyword(keyword('NameOtherThanEnd', 'wait'))).toBeUndefined();
    });
});

describe('messages of completion and hover', () => {
    for (const [name, table] of Object.entries({ completionTexts, hoverTexts })) {
        test(`${name}: both locales have the same messages, none empty`, () => {
            expect(keyPaths(table['zh-CN'])).toEqual(keyPaths(table.en));
            for (const locale of locales) expect(emptyTexts(table[locale]), locale).toEqual([]);
        });
    }
});

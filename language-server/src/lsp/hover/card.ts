import type { AstNode, Reference } from 'langium';
import { elementKindTerm, enumEntry, keywordGlossary, type EnumRuleName } from '../../i18n/domain-glossary.js';
import type { Locale } from '#protocol/locale.js';
import type { MeasuredAnalysis } from '../../measured/measured-analysis.js';
import { hoverTexts, type HoverTexts } from './hover-texts.js';

/** A summary of one element: a heading line, then one line per known fact. */
export interface Card {
    fields: Array<[label: string, value: string]>;
    /** A Markdown block after the fields, such as a table. */
    details?: string;
}

/** What the cards need besides the element: the reader's language and workspace questions. */
export interface CardContext {
    locale: Locale;
    texts: HoverTexts;
    /** Nodes that refer to `target` anywhere in the workspace (through the reference index). */
    referencesTo(target: AstNode): AstNode[];
    /** The workspace's measured data. */
    measured: MeasuredAnalysis;
    /** The URI of a data file's path, for a link that opens it. */
    fileUri(path: string): string;
}

export function cardContext(locale: Locale, referencesTo: (target: AstNode) => AstNode[], measured: MeasuredAnalysis, fileUri: (path: string) => string): CardContext {
    return { locale, texts: hoverTexts[locale], referencesTo, measured, fileUri };
}

/** Text written in the spec, shown literally in Markdown. */
export function literal(text: string): string {
    return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}

/** Names, values and quantities as code; none of them can hold a backtick. */
export const code = (text: string): string => `\`${text}\``;

/** A keyword's term, as the label of the property it introduces. */
export function label(keyword: string, locale: Locale): string {
    return keywordGlossary[keyword]?.term[locale] ?? keyword;
}

/** An enum value in the reader's words, with the value as written: `Responsiveness (responsiveness)`. */
export function enumValue(rule: EnumRuleName, value: string, locale: Locale): string {
    const term = enumEntry(rule, value)?.term[locale];
    return term ? `${term} (${code(value)})` : code(value);
}

/** A named element with its title. */
export function named(node: { name: string; title?: string }): string {
    return node.title ? `${code(node.name)} (${literal(node.title)})` : code(node.name);
}

/** A reference: its target with title when resolved, else as written. */
export function referenced(reference: Reference<AstNode & { name: string; title?: string }> | undefined): string | undefined {
    if (!reference) return undefined;
    return reference.ref ? named(reference.ref) : code(reference.$refText);
}

/** Adds a field when its value is known. */
export function field(card: Card, label: string, value: string | undefined): void {
    if (value !== undefined && value !== '') card.fields.push([label, value]);
}

export function renderCard(node: AstNode & { name: string; title?: string }, card: Card, documentation: string | undefined, locale: Locale): string {
    const kind = elementKindTerm(node.$type)?.[locale] ?? node.$type;
    const colon = locale === 'zh-CN' ? '：' : ': ';
    const heading = `**${kind}** ${code(node.name)}${node.title ? ` · ${literal(node.title)}` : ''}`;
    const fields = card.fields.map(([name, value]) => `- **${name}**${colon}${value}`).join('\n');
    return [heading, documentation, fields, card.details].filter(part => part).join('\n\n');
}

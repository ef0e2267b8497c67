import { GrammarAST, type AstNode } from 'langium';
import type { Lane } from '../../generated/ast.js';
import {
    blueprintLineGlossary, enumGlossary, glossaryEntryOfKeyword, isEnumRuleName, linesAroundLane, ruleOfKeyword,
    type EnumRuleName, type GlossaryEntry
} from '../../i18n/domain-glossary.js';
import type { Locale } from '#protocol/locale.js';
import { code } from './card.js';
import { hoverTexts } from './hover-texts.js';

/**
 * A keyword explained where it stands (`survey` as a method or a channel).
 * A lane also names the blueprint lines around it; a property keyword whose
 * value is an enum (`dimension`, `kind`) lists the values it accepts.
 */
export function keywordExplanation(keyword: GrammarAST.Keyword, locale: Locale): string | undefined {
    const meaning = glossaryEntryOfKeyword(keyword);
    if (!meaning) return undefined;
    const parts = [`${code(keyword.value)} · **${meaning.term[locale]}**`, meaning.explanation[locale]];
    if (ruleOfKeyword(keyword)?.name === 'Lane') parts.push(linesAround(keyword.value as Lane, locale));
    const valueRule = enumAfter(keyword);
    if (valueRule) parts.push(valueList(valueRule, locale));
    return parts.join('\n\n');
}

function linesAround(lane: Lane, locale: Locale): string {
    const texts = hoverTexts[locale];
    const { above, below } = linesAroundLane[lane];
    const line = (position: string, entry: GlossaryEntry) =>
        `- ${position} **${entry.term[locale]}** — ${entry.explanation[locale]}`;
    return [
        above && line(texts.lineAbove, blueprintLineGlossary[above]),
        below && line(texts.lineBelow, blueprintLineGlossary[below])
    ].filter(part => part).join('\n');
}

/** The enum rule assigned right after a keyword (`dimension` → Dimension). */
function enumAfter(keyword: GrammarAST.Keyword): EnumRuleName | undefined {
    // Langium's generated type of a keyword's container omits groups.
    const group: AstNode | undefined = keyword.$container;
    if (!GrammarAST.isGroup(group)) return undefined;
    const next = group.elements[group.elements.indexOf(keyword) + 1];
    const rule = GrammarAST.isAssignment(next) && GrammarAST.isRuleCall(next.terminal) ? next.terminal.rule.ref : undefined;
    return rule && isEnumRuleName(rule.name) ? rule.name : undefined;
}

function valueList(rule: EnumRuleName, locale: Locale): string {
    const values = Object.entries(enumGlossary[rule] as Record<string, GlossaryEntry>)
        .map(([value, entry]) => `- ${code(value)} · **${entry.term[locale]}** — ${entry.explanation[locale]}`);
    return [hoverTexts[locale].values, ...values].join('\n');
}

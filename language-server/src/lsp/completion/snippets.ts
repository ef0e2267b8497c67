import { enumValues } from '../../i18n/domain-glossary.js';
import type { Locale } from '#protocol/locale.js';
import { unitDimension } from '../../model/units.js';
import type { Unit } from '../../generated/ast.js';
import { completionTexts, snippetRules, type CompletionTexts, type SnippetRule } from './completion-texts.js';

/** A tab stop with a default text (LSP snippet syntax). */
const tab = (stop: number, text: string) => `\${${stop}:${text}}`;

/** A tab stop offering a choice; the first value is the default. */
const choice = (stop: number, values: readonly string[]) => `\${${stop}|${values.join(',')}|}`;

/** `values` with `first` moved to the front, so it becomes the default. */
const startingWith = <T>(values: readonly T[], first: T): T[] => [first, ...values.filter(value => value !== first)];

const timeUnits = enumValues('Unit').filter(unit => unitDimension[unit] === 'time');
const comparators = startingWith(enumValues('Comparator'), '<=');

type SnippetLines = (words: CompletionTexts['placeholders'], today: Date) => string[];

// One tab-indented line per property, as the formatter writes it; the editor adapts the tabs.
const bodies: Record<SnippetRule, SnippetLines> = {
    Service: words => [
        `service ${tab(1, words.names.Service)} "${tab(2, words.title)}" {`,
        `\tversion "${tab(3, '1.0')}"`,
        `\towner ${tab(4, words.owner)}`,
        `\tdescription "${tab(5, words.description)}"`,
        '\t$0',
        '}'
    ],
    Actor: words => [`actor ${tab(1, words.names.Actor)} "${tab(2, words.title)}" ${choice(3, enumValues('Lane'))}`],
    System: words => [`system ${tab(1, words.names.System)} "${tab(2, words.title)}" ${choice(3, startingWith(enumValues('Lane'), 'support'))}`],
    Standard: words => [
        `standard ${tab(1, words.names.Standard)} "${tab(2, words.title)}" {`,
        `\tdimension ${choice(3, enumValues('Dimension'))}`,
        `\tkind ${choice(4, enumValues('StandardKind'))}`,
        `\ttarget ${choice(5, comparators)} ${tab(6, '30')} ${choice(7, startingWith<Unit>(enumValues('Unit'), 'min'))}`,
        `\tmethod ${choice(8, enumValues('Method'))}`,
        `\tfrequency ${choice(9, startingWith(enumValues('Frequency'), 'monthly'))}`,
        `\towner ${tab(10, words.owner)}`,
        '}'
    ],
    Kpi: words => [
        `kpi ${tab(1, words.names.Kpi)} "${tab(2, words.title)}" {`,
        `\tmeasures ${tab(3, words.standard)}`,
        `\tformula "${tab(4, words.formula)}"`,
        `\tunit ${choice(5, startingWith<Unit>(enumValues('Unit'), 'min'))}`,
        // lower is better, so the warning lies above the target.
        `\tdirection ${choice(6, enumValues('Direction'))}`,
        `\tbaseline ${tab(7, '18')}`,
        `\ttarget ${tab(8, '10')}`,
        `\twarning ${tab(9, '15')}`,
        `\tperiod ${choice(10, startingWith(enumValues('Frequency'), 'monthly'))}`,
        `\tsource "${tab(11, words.source)}"`,
        `\towner ${tab(12, words.owner)}`,
        '}'
    ],
    Process: words => [
        `process ${tab(1, words.names.Process)} "${tab(2, words.title)}" {`,
        `\tstage ${tab(3, words.names.Stage)} "${tab(4, words.title)}" {`,
        `\t\tstep ${tab(5, words.names.Step)} "${tab(6, words.title)}" by ${tab(7, words.performer)} {`,
        `\t\t\tnext ${tab(8, 'end')}`,
        '\t\t}',
        '\t}',
        '}'
    ],
    Stage: words => [
        `stage ${tab(1, words.names.Stage)} "${tab(2, words.title)}" {`,
        `\tstep ${tab(3, words.names.Step)} "${tab(4, words.title)}" by ${tab(5, words.performer)} {`,
        `\t\tnext ${tab(6, 'end')}`,
        '\t}',
        '}'
    ],
    Step: words => [
        `step ${tab(1, words.names.Step)} "${tab(2, words.title)}" by ${tab(3, words.performer)} {`,
        `\tduration ${tab(4, '5')} ${choice(5, startingWith(timeUnits, 'min'))}`,
        `\tnext ${tab(6, 'end')}`,
        '}'
    ],
    Capacity: words => [
        `capacity ${tab(1, words.names.Capacity)} "${tab(2, words.title)}" {`,
        `\tserves ${tab(3, words.step)}`,
        `\tdemand ${tab(4, '40')} per ${choice(5, startingWith(timeUnits, 'h'))}`,
        `\tservers ${tab(6, '3')}`,
        '}'
    ],
    ServicePromise: words => [
        `promise ${tab(1, words.names.ServicePromise)} "${tab(2, words.title)}" ${choice(3, comparators)} ${tab(4, '20')} ${choice(5, startingWith(timeUnits, 'min'))}`
    ],
    Feedback: words => [
        `feedback ${tab(1, words.names.Feedback)} "${tab(2, words.title)}" {`,
        `\tchannel ${choice(3, enumValues('Channel'))}`,
        `\tfeeds ${tab(4, words.kpi)}`,
        '}'
    ],
    Improvement: (words, today) => [
        `improvement ${tab(1, words.names.Improvement)} "${tab(2, words.title)}" {`,
        `\taddresses ${tab(3, words.kpi)}`,
        `\tphase ${choice(4, enumValues('Phase'))}`,
        `\towner ${tab(5, words.owner)}`,
        `\tdue ${tab(6, `${today.getFullYear()}-12-31`)}`,
        '}'
    ]
};

export function isSnippetRule(name: string): name is SnippetRule {
    return (snippetRules as readonly string[]).includes(name);
}

/** Elements whose block holds properties only: in a file of one-line blocks their snippet is one line too. */
const propertyBlockRules: ReadonlySet<SnippetRule> = new Set(['Standard', 'Kpi', 'Step', 'Capacity', 'Feedback', 'Improvement']);

/** The snippet text of an element; its placeholders are written in the reader's language. */
export function snippetBody(rule: SnippetRule, locale: Locale, today: Date, oneLine = false): string {
    const lines = bodies[rule](completionTexts[locale].placeholders, today);
    return oneLine && propertyBlockRules.has(rule) ? lines.map(line => line.trim()).join(' ') : lines.join('\n');
}

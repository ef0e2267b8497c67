import type { Random } from '../helpers/generate-specs.js';

/** A token of a seed text, as the language's own lexer cut it (comments included). */
export interface TokenSpan {
    offset: number;
    end: number;
}

export interface Mutation {
    /** What was done, for the failure report. */
    kind: string;
    text: string;
}

/**
 * Characters that break naive text handling: lone and paired surrogates, bidi
 * controls, zero-width characters, a BOM, line and paragraph separators, NUL,
 * a lone CR, combining marks, and letters of other scripts.
 */
const hostileCharacters = [
    '\uD800', '\uDFFF', '\uDBFF\uDFFF', '😀', '\u200F', '\u200E', '\u202E', '\u2066', '\u2069', '\u200B', '\u200C', '\u200D',
    '\uFEFF', '\u2028', '\u2029', '\u0085', '\0', '\r', '\t', '\v', '\u0301', '服务', 'ﬂ', '¶', '\uFFFF', '\uE000', '"', '\\', '`', '%%'
];

/** Numbers at and beyond every limit: overflow to Infinity, lose precision, underflow, or are very long. */
const hugeNumbers = [
    '1e309', '9'.repeat(400), '0.' + '0'.repeat(400) + '1', '1' + '0'.repeat(30), '-0', '00000000', '1.7976931348623157e308',
    '9007199254740993', '4294967296', '0x10', '1e-400', '.5', '5.', '1_000', '٣'
];

/** Applies one random mutation, chosen among them all, to `text`. */
export function mutate(text: string, tokens: readonly TokenSpan[], vocabulary: readonly string[], random: Random): Mutation {
    const kinds = tokens.length > 0 ? tokenMutations : textMutations;
    const [kind, apply] = random.pick(kinds);
    return { kind, text: apply(text, tokens, vocabulary, random) };
}

type Mutator = (text: string, tokens: readonly TokenSpan[], vocabulary: readonly string[], random: Random) => string;

const textMutations: Array<[string, Mutator]> = [
    ['truncate', (text, _, __, random) => text.slice(0, random.int(0, text.length))],
    ['insert-unicode', (text, _, __, random) => insertAt(text, random.int(0, text.length), hostileRun(random))],
    ['random-bytes', (_, __, ___, random) => randomBytes(random)],
    ['deep-nesting', (text, _, __, random) => deepNesting(text, random)]
];

const tokenMutations: Array<[string, Mutator]> = [
    ...textMutations,
    ['delete-token', (text, tokens, _, random) => replaceSpan(text, random.pick(tokens), '')],
    ['delete-tokens', (text, tokens, _, random) => {
        const first = random.int(0, tokens.length - 1);
        const last = Math.min(tokens.length - 1, first + random.int(1, 12));
        return text.slice(0, tokens[first].offset) + text.slice(tokens[last].end);
    }],
    ['duplicate-token', (text, tokens, _, random) => {
        const token = random.pick(tokens);
        return insertAt(text, token.end, ' ' + text.slice(token.offset, token.end));
    }],
    ['duplicate-range', (text, tokens, _, random) => {
        const first = random.int(0, tokens.length - 1);
        const last = Math.min(tokens.length - 1, first + random.int(1, 60));
        return insertAt(text, tokens[last].end, '\n' + text.slice(tokens[first].offset, tokens[last].end));
    }],
    ['swap-tokens', (text, tokens, _, random) => {
        const [a, b] = [random.pick(tokens), random.pick(tokens)].sort((x, y) => x.offset - y.offset);
        if (a.end > b.offset) return text;
        return text.slice(0, a.offset) + text.slice(b.offset, b.end) + text.slice(a.end, b.offset) + text.slice(a.offset, a.end) + text.slice(b.end);
    }],
    ['replace-token', (text, tokens, vocabulary, random) => replaceSpan(text, random.pick(tokens), random.pick(vocabulary))],
    ['insert-token', (text, tokens, vocabulary, random) => insertAt(text, random.pick(tokens).offset, random.pick(vocabulary) + ' ')],
    ['huge-number', (text, tokens, _, random) => {
        const numbers = tokens.filter(token => /^[-+]?\d/.test(text.slice(token.offset, token.end)));
        const target = numbers.length > 0 ? random.pick(numbers) : random.pick(tokens);
        return replaceSpan(text, target, random.pick(hugeNumbers));
    }],
    ['unicode-in-token', (text, tokens, _, random) => {
        const token = random.pick(tokens);
        return insertAt(text, random.int(token.offset, token.end), hostileRun(random));
    }],
    ['truncate-at-token', (text, tokens, _, random) => text.slice(0, random.pick(tokens).end)],
    ['mix-line-endings', (text, _, __, random) => text.replace(/\n/g, () => random.pick(['\n', '\r\n', '\r', '\u2028']))]
];

function insertAt(text: string, offset: number, insert: string): string {
    return text.slice(0, offset) + insert + text.slice(offset);
}

function replaceSpan(text: string, span: TokenSpan, replacement: string): string {
    return text.slice(0, span.offset) + replacement + text.slice(span.end);
}

function hostileRun(random: Random): string {
    return Array.from({ length: random.int(1, 6) }, () => random.pick(hostileCharacters)).join('');
}

/** Bytes of any value, read as the CLI and the editor would read a file: UTF-8 with replacement characters. */
function randomBytes(random: Random): string {
    const bytes = Uint8Array.from({ length: random.int(0, 2000) }, () => random.int(0, 255));
    return new TextDecoder('utf-8').decode(bytes);
}

/** Thousands of nested blocks, or braces and steps without end, somewhere in the text. */
function deepNesting(text: string, random: Random): string {
    // Deep enough to overflow a naive recursive descent. The cost grows with the depth (3,000 nested
    // `service s {` take about 0.6 s of error recovery), so the deepest level comes one time in twenty.
    const depth = random.chance(0.05) ? 3000 : random.pick([16, 64, 256, 1024]);
    const opening = random.pick(['{', 'service s { ', 'step a { ', '(', '[', '"', '/*']);
    const nested = opening.repeat(depth) + (random.chance(0.5) ? random.pick(['}', ')', ']']).repeat(depth) : '');
    return insertAt(text, random.int(0, text.length), nested);
}

import type { Random } from '../helpers/generate-specs.js';
import { csvCell, dimensions, periodAt } from './data-seeds.js';

export interface DataMutation {
    /** What was done, for the failure report. */
    kind: string;
    text: string;
}

/** Values at and beyond every limit of a number: overflow, underflow, 400 digits, signs, separators, other digits, units. */
const hugeNumbers = [
    '1e308', '1e309', '-1e308', '1.7976931348623157e308', '1' + '0'.repeat(308), '9'.repeat(400), '-' + '9'.repeat(400), `0.${'0'.repeat(400)}1`,
    `${'9'.repeat(400)}.${'9'.repeat(400)}`, `${'9'.repeat(400)} min`, `${'9'.repeat(400)} %`, `-${'9'.repeat(309)} h`, '9007199254740993',
    '-0', '0', '00000000012', '.5', '5.', '+3', '1,5', '1.5.5', '1_000', 'NaN', 'Infinity', '-Infinity', '0x10', '１２', '٣', '12 minutes',
    '3 min', '3min', '3  min', '3 MIN', '50 %', '50%%', '2 count', '4.5 score', '100 CNY', '1e3', ' 7 ', '', '-'
];

/** Periods of every shape, far in the future and past, negative, impossible in the calendar, or very long. */
const hostilePeriods = [
    '-2026-09', '-1', '0', '0000', '0000-01', '0000-W01', '0000-01-01', '9999-12-31', '10000-01', '99999999-12', '275760-09-13', '275761-01-01',
    `${'9'.repeat(400)}-01`, `${'9'.repeat(400)}`, `2026-${'0'.repeat(300)}9`, '1e308', '2026-13', '2026-00', '2026-Q0', '2026-Q5', '2026-q3',
    '2026-W00', '2026-W53', '2020-W53', '2026-W99', '2026-02-29', '2024-02-29', '2026-02-30', '2026-09-31', '2026-9', '2026-09-1', '２０２６-09',
    '2026/09', '2026-09 ', ' 2026', '2026-H1', '2026-W5', '-2026-W01', '-2026-Q1'
];

/** Characters that break naive text handling, as in the spec mutations. */
const hostileCharacters = ['\uD800', '\uDFFF', '😀', '\u202E', '\u200B', '\uFEFF', '\u2028', '\u2029', '\u0085', '\0', '\t', '\v', '\u0301', '指标', '\uFFFD', '"', ',', '#'];

/** The most characters a mutation adds by repeating: big files are cases too, but each input must stay quick to make and check. */
const maxGrowth = 1_000_000;

type LineMutator = (lines: string[], random: Random, names: readonly string[]) => string[];

const lineMutations: Array<[string, LineMutator]> = [
    ['delete-row', (lines, random) => without(lines, random.int(0, lines.length - 1))],
    ['duplicate-row', (lines, random) => {
        const index = random.int(0, lines.length - 1);
        return [...lines.slice(0, index + 1), lines[index] ?? '', ...lines.slice(index + 1)];
    }],
    ['swap-rows', (lines, random) => {
        const copy = [...lines], a = random.int(0, copy.length - 1), b = random.int(0, copy.length - 1);
        [copy[a], copy[b]] = [copy[b], copy[a]];
        return copy;
    }],
    ['insert-row', (lines, random, names) => insert(lines, random, [random.pick(names), randomPeriod(random), random.pick(hugeNumbers), ''].map(csvCell).join(','))],
    ['insert-survey-row', (lines, random) => insert(lines, random, ['r9', random.pick(dimensions), random.pick(hugeNumbers), random.pick(hugeNumbers)].map(csvCell).join(','))],
    ['huge-number', (lines, random) => replaceCell(lines, random, () => random.pick(hugeNumbers))],
    ['hostile-period', (lines, random) => replaceCell(lines, random, () => random.pick(hostilePeriods))],
    ['kpi-name', (lines, random, names) => replaceCell(lines, random, () => random.pick([...names, 'Branch.', '.Wait', 'Branch.Branch.Wait', 'Quick', 'Branch', 'wait', ' Wait ', '服务', '']))],
    ['empty-cell', (lines, random) => replaceCell(lines, random, () => '')],
    ['long-cell', (lines, random) => replaceCell(lines, random, () => random.pick(['x', '指', '"', ',', '😀']).repeat(random.pick([1000, 20_000, 100_000])))],
    ['extra-cells', (lines, random) => editLine(lines, random, line => line + ','.repeat(random.int(1, 50)) + random.pick(['', 'x', '"']))],
    ['drop-cells', (lines, random) => editLine(lines, random, line => line.split(',').slice(0, random.int(0, 2)).join(','))],
    ['unbalanced-quote', (lines, random) => editLine(lines, random, line => insertAt(line, random.int(0, line.length), '"'))],
    ['doubled-quotes', (lines, random) => editLine(lines, random, line => insertAt(line, random.int(0, line.length), random.pick(['""', '""""', '"""'])))],
    ['quoted-cell', (lines, random) => replaceCell(lines, random, cell => random.pick([`"${cell}"`, `"${cell}"x`, `x"${cell}"`, `" ${cell} "`, `"${cell}\n${cell}"`, `"${cell}\r\n"`, `"${cell},"`]))],
    ['quote-to-end', (lines, random) => editLine(lines, random, line => `"${line}`)],
    ['empty-lines', (lines, random) => insert(lines, random, random.pick(['', ' ', '\t', ',,,', ', , ,', '""', '"",""', '\r']))],
    ['comment-lines', (lines, random) => insert(lines, random, random.pick(['#', '# expect: measurement-invalid', '#,kpi,period', ' # not a comment', '#"unclosed', '#' + '注'.repeat(5000)]))],
    ['hostile-unicode', (lines, random) => editLine(lines, random, line => insertAt(line, random.int(0, line.length), Array.from({ length: random.int(1, 4) }, () => random.pick(hostileCharacters)).join('')))],
    ['header-chinese', (lines, random) => header(lines, random, ['指标,期间,数值,备注', '维度,期望,感知,受访者,题目,重要性', '指标,指标,期间,数值', '  指标  ,期间,数值'])],
    ['header-english', (lines, random) => header(lines, random, ['kpi,period,value', 'KPI,PERIOD,VALUE,NOTE,extra', 'dimension,expectation,perception', 'kpi,kpi,period,value,value', 'kpi;period;value', '"kpi","period","value"'])],
    ['header-missing', (lines, random) => {
        const index = lines.findIndex(line => line !== '' && !line.startsWith('#'));
        return index < 0 ? lines : random.chance(0.5) ? without(lines, index) : [...lines.slice(0, index), random.pick(['', 'a,b,c', ',,', 'kpi', 'period,value']), ...lines.slice(index + 1)];
    }],
    ['many-rows', (lines, random) => {
        const row = lines[random.int(0, lines.length - 1)] ?? '';
        // Up to about a megabyte: a long cell repeated 10,000 times would make a file of gigabytes.
        const count = Math.min(random.pick([200, 2000, 10_000]), Math.floor(maxGrowth / (row.length + 1)));
        return [...lines, ...Array.from({ length: count }, () => row)];
    }],
    ['only-comments', () => ['# nothing but a comment']],
    ['empty-file', () => []]
];

/** Applies one random mutation to a data file's text (LF line ends, as the seeds write them). */
export function mutateData(text: string, random: Random, names: readonly string[]): DataMutation {
    const [kind, apply] = random.pick(lineMutations);
    const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
    return { kind, text: apply(lines, random, names).join('\n') + (random.chance(0.9) ? '\n' : '') };
}

const lineEndNames: Record<string, string> = { '\n': 'LF', '\r\n': 'CRLF', '\r': 'CR', '\u2028': 'LS', '\r\r\n': 'CR+CRLF' };

/** The text with each line end chosen anew: LF, CRLF or a lone CR, or the text's own ends. */
export function mixLineEndings(text: string, random: Random): DataMutation {
    const ends = random.pick([['\r\n'], ['\r'], ['\n', '\r\n'], ['\n', '\r\n', '\r'], ['\n', '\r\n', '\r', '\u2028', '\r\r\n']]);
    return { kind: `line-ends ${ends.map(end => lineEndNames[end]).join('/')}`, text: text.replace(/\r?\n/g, () => random.pick(ends)) };
}

function randomPeriod(random: Random): string {
    return random.chance(0.5) ? random.pick(hostilePeriods) : periodAt(random.pick(['daily', 'weekly', 'monthly', 'quarterly', 'yearly'] as const), random.int(0, 200));
}

function without(lines: string[], index: number): string[] {
    return [...lines.slice(0, index), ...lines.slice(index + 1)];
}

function insert(lines: string[], random: Random, line: string): string[] {
    const index = random.int(0, lines.length);
    return [...lines.slice(0, index), line, ...lines.slice(index)];
}

function insertAt(text: string, offset: number, insertion: string): string {
    return text.slice(0, offset) + insertion + text.slice(offset);
}

function editLine(lines: string[], random: Random, edit: (line: string) => string): string[] {
    if (lines.length === 0) return [edit('')];
    const index = random.int(0, lines.length - 1);
    return lines.map((line, at) => at === index ? edit(line) : line);
}

/** Replaces one cell of a random line (split at every comma: quoting is what other mutations break). */
function replaceCell(lines: string[], random: Random, replacement: (cell: string) => string): string[] {
    return editLine(lines, random, line => {
        const cells = line.split(',');
        const index = random.int(0, cells.length - 1);
        cells[index] = replacement(cells[index]);
        return cells.join(',');
    });
}

function header(lines: string[], random: Random, headers: readonly string[]): string[] {
    const index = lines.findIndex(line => line !== '' && !line.startsWith('#'));
    return index < 0 ? [random.pick(headers)] : lines.map((line, at) => at === index ? random.pick(headers) : line);
}

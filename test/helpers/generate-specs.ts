/**
 * A deterministic generator of valid `.svc` specs for tests and fuzzing. Every
 * construct of LANGUAGE.md appears (top-level library elements, services, actors,
 * systems, standards, KPIs, processes with stages and steps and all their properties,
 * capacities, promises, feedback, improvements), with ASCII and Chinese names and
 * texts, keywords used as names, qualified references, and comments and whitespace in
 * many layouts. The same seed always gives the same spec; every reference resolves and
 * every name is unique, so the specs parse and link cleanly.
 */

export interface GeneratedSpec {
    seed: number;
    text: string;
}

/** The spec for one seed. */
export function generateSpec(seed: number): string {
    const random = new Random(seed);
    const text = new SpecLayout(random).file(new SpecContent(random).items());
    return random.chance(0.05) ? text.replace(/\n/g, '\r\n') : text;
}

/** `count` specs for the seeds `firstSeed`, `firstSeed + 1`, … */
export function generateSpecs(count: number, firstSeed = 1): GeneratedSpec[] {
    return Array.from({ length: count }, (_, index) => ({ seed: firstSeed + index, text: generateSpec(firstSeed + index) }));
}

/** A small seeded generator (mulberry32): fast, and the same on every platform. */
export class Random {
    private state: number;

    constructor(seed: number) {
        this.state = seed >>> 0;
    }

    /** In [0, 1). */
    next(): number {
        this.state = (this.state + 0x6D2B79F5) >>> 0;
        let t = this.state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }

    /** A whole number from `min` to `max`, both included. */
    int(min: number, max: number): number {
        return min + Math.floor(this.next() * (max - min + 1));
    }

    chance(probability: number): boolean {
        return this.next() < probability;
    }

    pick<T>(items: readonly T[]): T {
        return items[Math.floor(this.next() * items.length)];
    }

    /** Between `min` and `max` distinct items, in random order. */
    some<T>(items: readonly T[], min: number, max: number): T[] {
        const pool = [...items];
        const result: T[] = [];
        const count = Math.min(pool.length, this.int(min, max));
        while (result.length < count) result.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]);
        return result;
    }
}

// ——— Content: what the spec says ———

/** An element with its header tokens and, for block elements, its items. */
export interface SpecElement {
    kind: 'element';
    header: string[];
    block?: SpecItem[];
}

/** A property of a block: its keyword and values, as tokens. */
export interface SpecProperty {
    kind: 'property';
    tokens: string[];
}

export type SpecItem = SpecElement | SpecProperty;

const element = (header: string[], block?: SpecItem[]): SpecElement => ({ kind: 'element', header, block });
const property = (...tokens: string[]): SpecProperty => ({ kind: 'property', tokens });

const lanes = ['customer', 'frontstage', 'backstage', 'support'] as const;
const dimensions = ['reliability', 'responsiveness', 'assurance', 'empathy', 'tangibles'];
const methods = ['observation', 'survey', 'system-log', 'mystery-shopper', 'audit'];
const frequencies = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly'];
const channels = ['counter', 'phone', 'web', 'app', 'survey', 'social', 'email'];
const comparators = ['<', '<=', '=', '>=', '>'];
const timeUnits = ['s', 'min', 'h', 'd'];
const units = [...timeUnits, '%', 'count', 'score', 'CNY'];

const asciiWords = ['Customer', 'Teller', 'Greeter', 'Review', 'Book', 'Handover', 'Ticket', 'Verify', 'Explain',
    'Submit', 'Desk', 'Counter', 'Kiosk', 'Agent', 'Nurse', 'Pharmacy', 'Refund', 'Install', 'Survey_Pad', 'step_'];
const chineseWords = ['客户', '柜员', '大堂经理', '审核岗', '取号', '迎宾', '核验', '复核', '记账', '交付', '签收', '等候',
    '问候', '满意度', '投诉', '回访', '评价器', '窗口', '社保', '挂号', '缴费', '取药', '报修', '上门', '退款', '面签', '𠮷野家'];
/** Keywords that are also valid names (decisions.md: keywords as names). */
const keywordNames = ['wait', 'support', 'daily', 'audit', 'score', 'h', 'phone', 'plan', 'hard', 'web', 'owner', 'kind', 'lower'];
const texts = ['客户', '到店取号排队', '迎宾引导', '核验证件', 'Greet within 30 s', '一次性告知补件要求', '后台复核',
    '交付银行卡与回执', 'avg(wait_time) / count(tickets)', '含\\"引号\\"的说明', 'C:\\\\路径\\\\表单', '满意度 ≥ 95%',
    '叫号单', '等候区座椅', 'Refund within 3 days', '资料齐全', '资料不全', '😀 评价', '  spaced  ', ''];

/** Unique names of every style, so references are unambiguous across the whole spec. */
class NameSource {
    private readonly used = new Set<string>();
    private counter = 0;

    constructor(private readonly random: Random) {}

    next(): string {
        const keyword = this.random.chance(0.08) ? keywordNames.find(name => !this.used.has(name) && this.random.chance(0.5)) : undefined;
        const name = keyword ?? `${this.random.pick(this.random.chance(0.5) ? chineseWords : asciiWords)}${++this.counter}`;
        this.used.add(name);
        return name;
    }
}

interface ServiceNames {
    service: string;
    /** Names declared in the service: only these may be written `Service.Member`. */
    members: Set<string>;
    performers: string[];
    standards: string[];
    kpis: string[];
}

class SpecContent {
    private readonly names: NameSource;
    private readonly libraryPerformers: string[] = [];
    private readonly libraryStandards: string[] = [];

    constructor(private readonly random: Random) {
        this.names = new NameSource(random);
    }

    /** Top-level library elements and one or two services, in a random arrangement. */
    items(): SpecItem[] {
        const library: SpecItem[] = [];
        for (let count = this.random.int(0, 3); count > 0; count--) {
            const name = this.names.next();
            this.libraryPerformers.push(name);
            library.push(this.performer(name));
        }
        for (let count = this.random.int(0, 2); count > 0; count--) {
            const name = this.names.next();
            this.libraryStandards.push(name);
            library.push(this.standard(name, this.libraryPerformers));
        }
        const services = Array.from({ length: this.random.int(1, 2) }, () => this.service());
        const libraryKpis = this.random.chance(0.5) ? [this.kpi(this.names.next(), this.libraryStandards.concat(
            services.flatMap(service => service.names.standards.map(standard => `${service.names.service}.${standard}`))), this.libraryPerformers)] : [];
        const all = [...library, ...services.map(service => service.element), ...libraryKpis];
        return this.random.chance(0.3) ? this.random.some(all, all.length, all.length) : all;
    }

    private performer(name: string, lane = this.random.pick(lanes)): SpecElement {
        return element([this.random.chance(0.7) ? 'actor' : 'system', name, ...this.title(0.9), lane]);
    }

    private service(): { element: SpecElement; names: ServiceNames } {
        const service = this.names.next();
        const names: ServiceNames = { service, members: new Set(), performers: [...this.libraryPerformers], standards: [], kpis: [] };
        const declare = (): string => {
            const name = this.names.next();
            names.members.add(name);
            return name;
        };
        const members: SpecItem[] = [];
        for (const lane of ['customer', 'frontstage', ...this.random.some(lanes, 0, 3)] as const) {
            const name = declare();
            names.performers.push(name);
            members.push(this.performer(name, lane));
        }
        for (let count = this.random.int(1, 4); count > 0; count--) {
            const name = declare();
            names.standards.push(name);
            members.push(this.standard(name, names.performers, names));
        }
        const measurable = [...names.standards, ...this.libraryStandards];
        for (let count = this.random.int(0, 3); count > 0; count--) {
            const name = declare();
            names.kpis.push(name);
            members.push(this.kpi(name, measurable, names.performers, names));
        }
        const steps: string[] = [];
        for (let count = this.random.int(1, 2); count > 0; count--) members.push(this.process(names, steps, declare));
        for (let count = this.random.int(0, 2); count > 0; count--) {
            members.push(element(['capacity', declare(), ...this.title(0.7)], this.random.some([
                property('serves', this.reference(this.random.pick(steps), names)),
                property('demand', this.number(1, 60), 'per', this.random.pick(timeUnits)),
                property('servers', String(this.random.int(0, 6))),
                property('standard', this.reference(this.random.pick(measurable), names))
            ], 0, 4)));
        }
        for (let count = this.random.int(0, 2); count > 0; count--) {
            members.push(element(['promise', declare(), ...this.title(0.8), this.random.pick(comparators), this.number(1, 90), this.random.pick(units)]));
        }
        for (let count = this.random.int(0, 2); count > 0; count--) {
            members.push(element(['feedback', declare(), ...this.title(0.8)], this.random.some([
                property('channel', this.random.pick(channels)),
                ...(names.kpis.length > 0 ? [property('feeds', ...this.list(names.kpis, names))] : [])
            ], 0, 2)));
        }
        for (let count = this.random.int(0, 2); count > 0; count--) {
            members.push(element(['improvement', declare(), ...this.title(0.8)], this.random.some([
                property('addresses', ...this.list([...measurable, ...names.kpis], names)),
                property('phase', this.random.pick(['plan', 'do', 'check', 'act'])),
                property('owner', this.reference(this.random.pick(names.performers), names)),
                property('due', `20${this.random.int(25, 39)}-${pad(this.random.int(1, 12))}-${pad(this.random.int(1, 28))}`)
            ], 0, 4)));
        }
        const serviceProperties = this.random.some([
            property('version', `"${this.random.int(1, 9)}.${this.random.int(0, 9)}"`),
            property('owner', this.reference(this.random.pick(names.performers), names)),
            property('description', this.string())
        ], 0, 3);
        for (const serviceProperty of serviceProperties) members.splice(this.random.int(0, Math.min(3, members.length)), 0, serviceProperty);
        return { element: element(['service', service, ...this.title(0.8)], members), names };
    }

    private standard(name: string, performers: readonly string[], service?: ServiceNames): SpecElement {
        const target = this.random.chance(0.8) ? [this.number(1, 120), this.random.pick(units)] : [this.number(1, 120)];
        return element(['standard', name, ...this.title(0.9)], this.random.some([
            property('dimension', this.random.pick(dimensions)),
            property('kind', this.random.pick(['hard', 'soft'])),
            property('bounds', this.random.pick(['wait', 'duration', 'lead-time'])),
            property('target', this.random.pick(comparators), ...target),
            property('tolerance', this.number(1, 10), this.random.pick(timeUnits)),
            property('method', this.random.pick(methods)),
            property('frequency', this.random.pick(frequencies)),
            ...(performers.length > 0 ? [property('owner', this.reference(this.random.pick(performers), service))] : [])
        ], 3, 8));
    }

    private kpi(name: string, standards: readonly string[], performers: readonly string[], service?: ServiceNames): SpecElement {
        return element(['kpi', name, ...this.title(0.9)], this.random.some([
            ...(standards.length > 0 ? [property('measures', ...this.list(standards, service))] : []),
            property('formula', this.string()),
            property('unit', this.random.pick(units)),
            property('direction', this.random.pick(['lower', 'higher'])),
            property('baseline', ...this.quantity(true)),
            property('target', ...this.quantity(false)),
            property('warning', ...this.quantity(false)),
            property('period', this.random.pick(frequencies)),
            property('source', this.string()),
            ...(performers.length > 0 ? [property('owner', this.reference(this.random.pick(performers), service))] : [])
        ], 2, 10));
    }

    private process(names: ServiceNames, serviceSteps: string[], declare: () => string): SpecElement {
        const steps = Array.from({ length: this.random.int(1, 7) }, declare);
        serviceSteps.push(...steps);
        const contents: SpecItem[] = [];
        if (this.random.chance(0.4) && names.standards.length > 0) contents.push(property('standard', ...this.list(names.standards, names)));
        let index = 0;
        while (index < steps.length) {
            const take = this.random.int(1, steps.length - index);
            const group = steps.slice(index, index + take).map((step, offset) => this.step(step, steps.slice(index + offset + 1), serviceSteps, names));
            contents.push(...(this.random.chance(0.6) ? [element(['stage', declare(), ...this.title(0.8)], group)] : group));
            index += take;
        }
        return element(['process', declare(), ...this.title(0.8)], contents);
    }

    private step(name: string, later: readonly string[], serviceSteps: readonly string[], names: ServiceNames): SpecElement {
        const performer = this.random.chance(0.9) ? ['by', this.reference(this.random.pick(names.performers), names)] : [];
        const successors = later.length > 0 && this.random.chance(0.85)
            ? this.random.some(later, 1, 3).map(target => this.successor(this.reference(target, names)))
            : [this.successor('end')];
        const items = this.random.some([
            property('evidence', ...this.separated(Array.from({ length: this.random.int(1, 3) }, () => this.string()))),
            property('wait', this.number(0, 30), this.random.pick(timeUnits)),
            property('duration', this.number(1, 30), this.random.pick(timeUnits)),
            ...(names.standards.length > 0 ? [property('standard', ...this.list(names.standards, names))] : []),
            property('moment'),
            property('fail', this.string(), ...(this.random.chance(0.6) ? ['recover', this.reference(this.random.pick(serviceSteps), names)] : [])),
            property('fail', this.string()),
            property('next', ...this.separated(successors))
        ], 0, 8);
        return element(['step', name, ...this.title(0.85), ...performer], items);
    }

    private successor(target: string): string {
        return this.random.chance(0.25) ? `${target} when ${this.string()}` : target;
    }

    /** A name; a member of `service` sometimes qualified (`Service.Member`), now and then spaced around the dot. */
    private reference(name: string, service?: ServiceNames): string {
        if (!service?.members.has(name) || !this.random.chance(0.25)) return name;
        return this.random.chance(0.8) ? `${service.service}.${name}` : `${service.service} . ${name}`;
    }

    private list(names: readonly string[], service?: ServiceNames): string[] {
        return this.separated(this.random.some(names, 1, 3).map(name => this.reference(name, service)));
    }

    /** Values with `,` tokens between them. */
    private separated(values: readonly string[]): string[] {
        return values.flatMap((value, index) => index === 0 ? [value] : [',', value]);
    }

    private title(probability: number): string[] {
        return this.random.chance(probability) ? [this.string()] : [];
    }

    private string(): string {
        return `"${this.random.pick(texts)}"`;
    }

    private number(min: number, max: number): string {
        const whole = this.random.int(min, max);
        return this.random.chance(0.2) ? `${whole}.${this.random.int(0, 99)}` : String(whole);
    }

    private quantity(mayBeNegative: boolean): string[] {
        const value = `${mayBeNegative && this.random.chance(0.3) ? '-' : ''}${this.number(0, 100)}`;
        return this.random.chance(0.5) ? [value, this.random.pick(units)] : [value];
    }
}

function pad(value: number): string {
    return String(value).padStart(2, '0');
}

// ——— Layout: how the spec is written ———

const lineComments = ['// 说明：本段由质检部维护', '// TODO check with the branch', '//no space after slashes', '// expect-nothing here',
    '// ——— 分隔线 ———', '//', '// "quoted" { braces } in a comment', '// svc-disable-next-line'];
const blockComments = ['/* inline */', '/*紧凑*/', '/** 文档注释 */', '/* { not a block } */', '/**/'];
const multiLineComments = ['/*\n * 多行说明\n * second line\n */', '/** Documentation\n    with an indented second line */'];
const directives = ['// svc-disable-next-line', '// svc-disable-next-line dead-end-step', '// svc-disable-next-line touchpoint-without-evidence, fail-without-recovery -- reviewed'];

type BlockStyle = 'one-line' | 'multi-line' | 'packed' | 'ragged';

/** Writes spec content with varied whitespace and comments; any layout it writes is valid. */
class SpecLayout {
    constructor(private readonly random: Random) {}

    file(items: readonly SpecItem[]): string {
        let text = this.random.chance(0.4) ? `${this.random.pick(lineComments)}\n${this.random.chance(0.5) ? '\n' : ''}` : '';
        for (const item of items) {
            text += this.blankLines() + this.before(0) + this.item(item, 0, false) + this.lineEnd();
        }
        return text + (this.random.chance(0.2) ? `${this.random.pick(lineComments)}\n` : '') + (this.random.chance(0.2) ? '\n\n' : '');
    }

    private item(item: SpecItem, level: number, inline: boolean): string {
        if (item.kind === 'property') return this.tokens(item.tokens, level, inline);
        const header = this.tokens(item.header, level, inline);
        if (!item.block) return header;
        const style = inline ? 'one-line' : this.random.pick<BlockStyle>(['one-line', 'multi-line', 'multi-line', 'packed', 'ragged']);
        const open = !inline && this.random.chance(0.1) ? `\n${this.indent(level)}{` : `${this.space()}{`;
        if (style === 'one-line' || item.block.length === 0) {
            const inside = item.block.map(child => this.item(child, level + 1, true)).join(this.inlineSpace());
            return `${header}${open}${inside.length > 0 ? ` ${inside} ` : this.random.pick(['', ' ', '  '])}}`;
        }
        let text = header + open + (this.random.chance(0.15) ? ` ${this.random.pick(lineComments)}` : '');
        let endsInLineComment = false;
        item.block.forEach((child, index) => {
            const joinLine = style === 'packed' && !endsInLineComment && child.kind === 'property'
                && item.block![index - 1]?.kind === 'property' && this.random.chance(0.6);
            text += joinLine ? this.random.pick(['  ', ' ', '\t']) : `\n${this.blankLines()}${this.before(level + 1)}${this.indent(level + 1)}`;
            text += this.item(child, level + 1, style !== 'ragged' && child.kind === 'property');
            endsInLineComment = this.random.chance(0.1);
            if (endsInLineComment) text += ` ${this.random.pick(lineComments)}`;
        });
        const closingComment = this.random.chance(0.1) ? `\n${this.indent(level + 1)}${this.random.pick(lineComments)}` : '';
        return `${text}${closingComment}\n${this.random.chance(0.1) ? '\n' : ''}${this.indent(level)}}`;
    }

    /** Tokens joined by varied spaces; in ragged blocks also by line breaks and comments. */
    private tokens(tokens: readonly string[], level: number, inline: boolean): string {
        return tokens.map((token, index) => {
            if (index === 0) return token;
            const tight = token === ',' || token === '.' || tokens[index - 1] === '.' || tokens[index - 1] === ',';
            if (tight && this.random.chance(0.7)) return (token === ',' || token === '.' ? '' : this.random.pick(['', ' '])) + token;
            if (!inline && this.random.chance(0.04)) return `${this.random.chance(0.5) ? ` ${this.random.pick(lineComments)}` : ''}\n${this.indent(level + 1)}${token}`;
            return this.inlineSpace() + token;
        }).join('');
    }

    /** Spaces between tokens on one line, sometimes with a block comment. */
    private inlineSpace(): string {
        if (this.random.chance(0.04)) return ` ${this.random.pick(blockComments)} `;
        return this.space();
    }

    private space(): string {
        return this.random.pick([' ', ' ', ' ', ' ', '  ', '\t', ' \t ', '\u3000']);
    }

    /** Comments, doc comments and suppression directives on their own lines before an item. */
    private before(level: number): string {
        let text = '';
        if (this.random.chance(0.12)) text += `${this.random.pick(lineComments)}\n${this.indent(level)}`;
        if (this.random.chance(0.05)) text += `${this.random.pick(multiLineComments)}\n${this.indent(level)}`;
        if (this.random.chance(0.08)) text += `${this.random.pick(blockComments)}${this.random.chance(0.5) ? ' ' : `\n${this.indent(level)}`}`;
        if (this.random.chance(0.06)) text += `${this.random.pick(directives)}\n${this.indent(level)}`;
        return text;
    }

    private lineEnd(): string {
        const trailing = this.random.chance(0.15) ? ` ${this.random.pick(lineComments)}` : this.random.chance(0.05) ? '   ' : '';
        return `${trailing}\n`;
    }

    private blankLines(): string {
        return this.random.pick(['', '', '', '\n', '\n', '  \n', '\n\n\n']);
    }

    private indent(level: number): string {
        return this.random.pick(['  '.repeat(level), '  '.repeat(level), '\t'.repeat(level), ' '.repeat(this.random.int(0, 6))]);
    }
}

import type { CapacityModel, StandardModel } from '#protocol/blueprint-schema.js';
import type { Unit } from '../generated/ast.js';
import { formatMinutes, formatPercent, formatRate } from '../model/format-quantity.js';
import { satisfies } from '../model/units.js';
import type { Block, Cell, Section } from './report-content.js';
import type { SectionContext } from './section-context.js';
import { meetsTime } from './time-targets.js';

/** Each capacity as an M/M/c queue: utilisation, Erlang C mean wait, and the wait standard it must meet. */
export function capacitySection(context: SectionContext): Section {
    const { labels } = context;
    const rows = context.service.capacities.map(capacity => capacityRow(capacity, context));
    const blocks: Block[] = rows.length > 0
        ? [{ kind: 'paragraph', text: labels.capacityMethod }, { kind: 'table', columns: labels.capacityColumns, rows }]
        : [{ kind: 'paragraph', text: labels.empty.capacities }];
    return { id: 'capacity', heading: labels.headings.capacity, pageBreak: true, blocks };
}

function capacityRow(capacity: CapacityModel, context: SectionContext): Cell[] {
    const { labels, lookup } = context;
    const served = lookup.step(capacity.serves);
    const standards = waitStandards(capacity, context);
    // ρ is null when there are no servers; the 1e-9 tolerance keeps a computed 0.9999999999999998 overloaded.
    const overloaded = capacity.rho === null || (capacity.rho !== undefined && !satisfies(capacity.rho, '<', 1));
    return [
        context.titled(capacity),
        served ? context.titled(served) : context.text(capacity.serves),
        demandText(capacity.demand, context),
        context.text(capacity.servers),
        capacity.serviceMinutes === undefined ? labels.none : formatMinutes(capacity.serviceMinutes),
        capacity.rho === undefined ? labels.none : capacity.rho === null ? labels.unbounded : formatPercent(capacity.rho),
        capacity.waitMinutes !== undefined ? formatMinutes(capacity.waitMinutes) : overloaded ? labels.unbounded : labels.none,
        standards.length > 0 ? standards.map(standard => standard.target ? labels.withTarget(standard.name, standard.target.text) : standard.name).join('\n') : labels.noWaitStandard,
        verdict(capacity, overloaded, standards, context)
    ];
}

/** The capacity's own standard, else the wait standards of the served step (as `queue-wait-exceeds-standard` checks). */
function waitStandards(capacity: CapacityModel, context: SectionContext): Array<Pick<StandardModel, 'name' | 'target'>> {
    const { lookup } = context;
    if (capacity.standard !== undefined) return [lookup.standard(capacity.standard) ?? { name: capacity.standard }];
    const served = lookup.step(capacity.serves);
    return (served?.standards ?? [])
        .map(name => lookup.standard(name))
        .filter((standard): standard is StandardModel => standard?.bounds === 'wait');
}

function verdict(capacity: CapacityModel, overloaded: boolean, standards: Array<Pick<StandardModel, 'name' | 'target'>>, context: SectionContext): Cell {
    const { labels } = context;
    if (overloaded) return { text: labels.overloaded, tone: 'bad' };
    if (capacity.rho === undefined) return labels.missingData;
    if (capacity.waitMinutes === undefined || standards.length === 0) return labels.none;
    const results = standards.map(standard => standard.target ? meetsTime(capacity.waitMinutes!, standard.target) : undefined);
    if (results.includes(false)) return { text: labels.notMet, tone: 'bad' };
    if (results.includes(undefined)) return labels.noTimeTarget;
    return { text: labels.met, tone: 'good' };
}

/** The model's `40 per h`, as written in the spec, shown as every rate is: `40 per h` / `40 / h`. */
function demandText(demand: string | undefined, context: SectionContext): string {
    const match = demand === undefined ? null : /^(\S+) per (\S+)$/.exec(demand);
    return match ? formatRate(Number(match[1]), match[2] as Unit, context.locale) : context.text(demand);
}

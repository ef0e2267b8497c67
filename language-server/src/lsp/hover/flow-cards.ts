import type { Capacity, Process, Standard, Step } from '../../generated/ast.js';
import { formatMinutes, formatPercent, formatRate } from '../../model/format-quantity.js';
import { laneOf } from '../../model/lanes.js';
import { analyseProcess } from '../../model/process-flow.js';
import { queueAt } from '../../model/queue.js';
import { formatQuantity, satisfies, toMinutes } from '../../model/units.js';
import { code, enumValue, field, label, literal, referenced, type Card, type CardContext } from './card.js';

/** `WaitMax15 (<= 15 min)`: a standard with its target, as steps and processes list them. */
function standardWithTarget(reference: { ref?: Standard; $refText: string }): string {
    const target = reference.ref?.target;
    const name = code(reference.ref?.name ?? reference.$refText);
    return target ? `${name} (${code(`${target.comparator} ${formatQuantity(target.quantity)}`)})` : name;
}

/** Lane, performer, wait and duration, standards, moment of truth, fail points and successors. */
export function stepCard(step: Step, context: CardContext): Card {
    const { locale, texts } = context;
    const card: Card = { fields: [] };
    const lane = laneOf(step);
    field(card, texts.lane, lane ? enumValue('Lane', lane, locale) : step.performer && texts.noLane);
    field(card, label('by', locale), referenced(step.performer));
    field(card, label('wait', locale), step.wait && code(formatQuantity(step.wait)));
    field(card, label('duration', locale), step.duration && code(formatQuantity(step.duration)));
    field(card, texts.standards, step.standards.map(standardWithTarget).join(', '));
    if (step.moment) field(card, label('moment', locale), '★');
    field(card, texts.failPoints, step.fails.map(fail =>
        `“${literal(fail.description)}” → ${referenced(fail.recover) ?? texts.noRecovery}`).join('; '));
    field(card, label('next', locale), step.next.map(successor => {
        const target = successor.end ? code('end') : referenced(successor.target) ?? '';
        // `when` as written in the spec keeps conditions apart from the titles in parentheses.
        return successor.condition ? `${target} when “${literal(successor.condition)}”` : target;
    }).join(', '));
    return card;
}

/** Lead time and its critical path (LANGUAGE.md: loops cut, recovery paths excluded). */
export function processCard(process: Process, context: CardContext): Card {
    const { texts } = context;
    const flow = analyseProcess(process);
    const card: Card = { fields: [] };
    if (flow.start) {
        field(card, texts.leadTime, code(formatMinutes(flow.leadTime.minutes)));
        field(card, texts.criticalPath, flow.leadTime.criticalPath.map(step => code(step.name)).join(' → '));
    } else {
        field(card, texts.leadTime, texts.noLeadTime);
    }
    field(card, texts.stepCount, String(flow.steps.length));
    field(card, texts.standards, process.standards.map(standardWithTarget).join(', '));
    return card;
}

/** The M/M/c queue: utilisation ρ and the Erlang C mean wait Wq, or what is missing to compute them. */
export function capacityCard(capacity: Capacity, context: CardContext): Card {
    const { locale, texts } = context;
    const card: Card = { fields: [] };
    field(card, label('serves', locale), referenced(capacity.serves));
    const serviceMinutes = toMinutes(capacity.serves?.ref?.duration);
    field(card, texts.serviceTime, serviceMinutes === undefined ? undefined : code(formatMinutes(serviceMinutes)));
    field(card, label('demand', locale), capacity.demand && code(formatRate(capacity.demand.amount, capacity.demand.per, locale)));
    field(card, label('servers', locale), capacity.servers === undefined ? undefined : code(String(capacity.servers)));
    const queue = queueAt(capacity);
    if (!queue) {
        field(card, texts.utilisation, texts.queueNeedsInputs);
    } else {
        // As the rules do: ρ computed as 0.9999999999999998 is an overload.
        const overloaded = !satisfies(queue.rho, '<', 1);
        const percent = code(formatPercent(queue.rho));
        field(card, texts.utilisation, overloaded ? `${percent} ${texts.overloaded}` : percent);
        if (queue.waitMinutes !== undefined) field(card, texts.meanWait, code(formatMinutes(queue.waitMinutes)));
        else if (!overloaded) field(card, texts.meanWait, texts.waitNeedsWholeServers);
    }
    field(card, label('standard', locale), capacity.standard && standardWithTarget(capacity.standard));
    return card;
}

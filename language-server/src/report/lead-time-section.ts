import type { ProcessModel, StandardModel } from '#protocol/blueprint-schema.js';
import type { Block, Cell, Section } from './report-content.js';
import { formatMinutes } from '../model/format-quantity.js';
import type { SectionContext } from './section-context.js';
import { meetsTime } from './time-targets.js';

/** Each process's lead time, the critical path that gives it, and its `bounds lead-time` standards. */
export function leadTimeSection(context: SectionContext): Section {
    const { labels } = context;
    const rows = context.service.processes.map(process => leadTimeRow(process, context));
    const blocks: Block[] = rows.length > 0
        ? [{ kind: 'paragraph', text: labels.leadTimeMethod }, { kind: 'table', columns: labels.leadTimeColumns, rows }]
        : [{ kind: 'paragraph', text: labels.empty.processes }];
    return { id: 'lead-time', heading: labels.headings.leadTime, pageBreak: false, blocks };
}

function leadTimeRow(process: ProcessModel, context: SectionContext): Cell[] {
    const { labels, lookup } = context;
    const { minutes, criticalPath } = process.leadTime;
    const standards = process.standards
        .map(name => lookup.standard(name))
        .filter((standard): standard is StandardModel => standard?.bounds === 'lead-time');
    const results = standards.map(standard => standard.target ? meetsTime(minutes, standard.target) : undefined);
    const resultWord = (met: boolean | undefined) => met === undefined ? labels.noTimeTarget : met ? labels.met : labels.notMet;
    return [
        context.titled(process),
        formatMinutes(minutes),
        criticalPath.length > 0 ? criticalPath.map(step => lookup.stepTitle(step)).join(' → ') : labels.none,
        standards.length > 0 ? standards.map(standard => labels.withTarget(standard.name, standard.target?.text ?? labels.none)).join('\n') : labels.noLeadTimeStandard,
        standards.length === 0 ? labels.none : {
            text: results.map(resultWord).join('\n'),
            tone: results.includes(false) ? 'bad' : results.every(met => met === true) ? 'good' : undefined
        }
    ];
}

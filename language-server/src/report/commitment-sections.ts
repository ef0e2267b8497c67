import { formatMinutes } from '../model/format-quantity.js';
import type { Cell, Section } from './report-content.js';
import { tableOrNote } from './report-content.js';
import type { SectionContext } from './section-context.js';
import { meetsTime, parseThreshold } from './time-targets.js';

/** Published promises, checked against every process's lead time (service-quality gap 4). */
export function promisesSection(context: SectionContext): Section {
    const { labels, service } = context;
    const leadTimes = service.processes.map(process => process.leadTime.minutes);
    const longest = leadTimes.length > 0 ? Math.max(...leadTimes) : undefined;
    const rows = service.promises.map((promise): Cell[] => {
        const threshold = parseThreshold(promise.text);
        const results = threshold ? leadTimes.map(minutes => meetsTime(minutes, threshold)) : [];
        const result: Cell = results.length === 0 || results.includes(undefined) ? labels.none
            : results.includes(false) ? { text: labels.notKept, tone: 'bad' } : { text: labels.kept, tone: 'good' };
        return [promise.name, context.text(promise.title), promise.text, longest === undefined ? labels.none : formatMinutes(longest), result];
    });
    return { id: 'promises', heading: labels.headings.promises, pageBreak: false, blocks: [tableOrNote(labels.promiseColumns, rows, labels.empty.promises)] };
}

export function feedbackSection(context: SectionContext): Section {
    const { labels } = context;
    const rows = context.service.feedback.map(feedback => [
        feedback.name, context.text(feedback.title), context.term('channel', feedback.channel), context.list(feedback.feeds)
    ]);
    return { id: 'feedback', heading: labels.headings.feedback, pageBreak: false, blocks: [tableOrNote(labels.feedbackColumns, rows, labels.empty.feedback)] };
}

export function improvementsSection(context: SectionContext): Section {
    const { labels } = context;
    const rows = context.service.improvements.map(improvement => [
        improvement.name,
        context.text(improvement.title),
        context.list(improvement.addresses),
        context.term('phase', improvement.phase),
        context.performer(improvement.owner),
        context.text(improvement.due)
    ]);
    return { id: 'improvements', heading: labels.headings.improvements, pageBreak: false, blocks: [tableOrNote(labels.improvementColumns, rows, labels.empty.improvements)] };
}

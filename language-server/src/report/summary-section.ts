import type { Block, Fact, Section } from './report-content.js';
import type { SectionContext } from './section-context.js';

export function summarySection(context: SectionContext): Section {
    const { service, labels } = context;
    const steps = service.processes.flatMap(process => process.steps);
    const count = (kind: 'actor' | 'system') => service.performers.filter(performer => performer.kind === kind).length;
    const facts: Fact[] = [];
    const add = (label: string, value: string | undefined) => {
        if (value) facts.push({ label, value });
    };
    add(labels.summary.description, service.description);
    add(labels.summary.documentation, service.documentation);
    facts.push({ label: labels.summary.owner, value: context.performer(service.owner) });
    facts.push({ label: labels.summary.version, value: context.text(service.version) });
    facts.push({ label: labels.summary.performers, value: labels.performerCounts(count('actor'), count('system')) });
    facts.push({ label: labels.summary.standards, value: String(service.standards.length) });
    facts.push({ label: labels.summary.kpis, value: String(service.kpis.length) });
    facts.push({ label: labels.summary.processes, value: String(service.processes.length) });
    facts.push({ label: labels.summary.steps, value: String(steps.length) });
    facts.push({ label: labels.summary.moments, value: String(steps.filter(step => step.moment).length) });
    facts.push({ label: labels.summary.failPoints, value: String(steps.reduce((sum, step) => sum + step.fails.length, 0)) });

    const blocks: Block[] = [{ kind: 'facts', facts }];
    const syntaxErrors = context.input.document.syntaxErrors;
    // A file that does not parse yields a partial model: say so before any figure is trusted.
    if (syntaxErrors > 0) blocks.unshift({ kind: 'paragraph', text: labels.syntaxErrors(syntaxErrors), tone: 'bad' });
    return { id: 'summary', heading: labels.headings.summary, pageBreak: false, blocks };
}

import type { ProcessModel } from '#protocol/blueprint-schema.js';
import type { Block, Cell, Section } from './report-content.js';
import type { SectionContext } from './section-context.js';

/**
 * The diagrams the caller rendered, then each process step by step, lane by
 * lane: the table prints legibly where a wide diagram shrinks, and stands in
 * for the diagram when none was rendered.
 */
export function blueprintSection(context: SectionContext): Section {
    const { input, labels } = context;
    const blocks: Block[] = [{
        kind: 'diagrams',
        sources: {
            svgs: input.blueprintSvgs ?? [],
            mermaid: input.blueprintMermaid ?? [],
            images: input.blueprintImages ?? [],
            pictures: input.blueprintPictures ?? [],
            missing: labels.blueprintMissing
        }
    }];
    for (const process of context.service.processes) {
        blocks.push({ kind: 'table', caption: labels.stepsOf(context.titled(process)), columns: labels.stepColumns, rows: stepRows(process, context) });
    }
    if (context.service.processes.length === 0) blocks.push({ kind: 'paragraph', text: labels.empty.processes });
    return { id: 'blueprint', heading: labels.headings.blueprint, pageBreak: true, blocks };
}

function stepRows(process: ProcessModel, context: SectionContext): Cell[][] {
    const { labels, lookup } = context;
    const stageTitles = new Map(process.stages.map(stage => [stage.name, stage.title ?? stage.name]));
    return process.steps.map(step => [
        context.text(step.stage === undefined ? undefined : stageTitles.get(step.stage)),
        context.titled(step),
        context.term('lane', step.lane),
        context.performer(step.performer),
        context.list(step.evidence),
        context.text(step.wait),
        context.text(step.duration),
        context.list(step.standards),
        step.moment ? labels.yes : labels.none,
        step.fails.length > 0
            ? step.fails.map(fail => fail.recover ? labels.recoveredBy(fail.description, lookup.stepTitle(fail.recover)) : fail.description).join('\n')
            : labels.none
    ]);
}

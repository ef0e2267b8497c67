import type { ProcessModel, StepModel } from '#protocol/blueprint-schema.js';
import type { MermaidDiagram } from '#protocol/diagram.js';
import { conditionLabel, label } from './encode-label.js';
import { drawLegend, stepLegend } from './legend.js';
import { MermaidWriter } from './mermaid-writer.js';
import { StepIds } from './step-ids.js';
import { displayName, stepClasses, stepHeading, stepTimes } from './step-text.js';
import { defineClasses, recoveryLinkCss } from './styles.js';
import type { DiagramTexts } from './texts.js';

/** A plain flowchart of one process: stages as boxes, one start and one end node. */
export function flowDiagram(process: ProcessModel, texts: DiagramTexts): MermaidDiagram {
    const ids = new StepIds(process.steps);
    const writer = new MermaidWriter('flowchart LR');
    const drawStep = (step: StepModel): void => {
        writer.node(ids.step(step), label(stepHeading(step), stepTimes(step, texts).join(' · ')), 'rounded');
        for (const className of stepClasses(step)) writer.addClass(ids.step(step), className);
    };

    writer.node('start0', label(texts.start), 'circle');
    process.stages.forEach((stage, index) => {
        const steps = process.steps.filter(step => step.stage === stage.name);
        if (steps.length > 0) writer.subgraph(`stage${index}`, label(displayName(stage)), () => steps.forEach(drawStep));
    });
    const staged = new Set(process.stages.map(stage => stage.name));
    process.steps.filter(step => step.stage === undefined || !staged.has(step.stage)).forEach(drawStep);
    const ends = process.steps.filter(step => step.isEnd);
    if (ends.length > 0) writer.node('stop0', label(texts.end), 'circle');
    drawLegend(writer, stepLegend(texts), texts);

    const stepsById = new Map(process.steps.map(step => [step.id, step]));
    const start = process.steps.find(step => step.isStart);
    if (start) writer.edge('start0', ids.step(start), '-->');
    for (const edge of process.edges) {
        const source = stepsById.get(edge.from);
        const target = stepsById.get(edge.to);
        if (!source || !target) continue;
        const text = conditionLabel(edge.condition);
        if (edge.kind === 'recover') writer.edge(ids.step(source), ids.step(target), '-.->', text, recoveryLinkCss);
        else writer.edge(ids.step(source), ids.step(target), '-->', text);
    }
    for (const step of ends) writer.edge(ids.step(step), 'stop0', '-->', conditionLabel(step.endCondition));

    defineClasses(writer, ['fail', 'wait', 'moment']);
    const nodes = Object.fromEntries(process.steps.map(step => [step.id, ids.step(step)]));
    return { title: displayName(process), text: writer.text(), view: 'flow', nodes, lanes: [] };
}

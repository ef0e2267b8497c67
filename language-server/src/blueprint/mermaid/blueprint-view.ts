import { blueprintLanes, type EdgeModel, type ProcessModel, type StepModel } from '#protocol/blueprint-schema.js';
import type { MermaidDiagram } from '#protocol/diagram.js';
import { conditionLabel, label } from './encode-label.js';
import { drawLegend, stepLegend } from './legend.js';
import type { MeasuredOverlay } from './measured-overlay.js';
import { MermaidWriter } from './mermaid-writer.js';
import { splitProcess, type ProcessPart } from './split-process.js';
import { StepIds } from './step-ids.js';
import { displayName, stepClasses, stepHeading, stepTimes } from './step-text.js';
import { defineClasses, recoveryLinkCss } from './styles.js';
import type { DiagramTexts } from './texts.js';

/** The lanes a blueprint can draw, in canonical order; `unassigned` only when needed. */
const drawableLanes = [...blueprintLanes, 'unassigned'] as const;
type DrawnLane = typeof drawableLanes[number];

/** A node standing for a step drawn in another diagram of the same process. */
interface Stub {
    id: string;
    step: StepModel;
    /** `to`: an edge leaves this diagram towards the step; `from`: it enters from the step. */
    direction: 'to' | 'from';
}

/** One swimlane diagram per process, or per stage (and chunk) of a large process; `overlay` marks the steps whose standard is not met. */
export function blueprintDiagrams(process: ProcessModel, maxSteps: number, texts: DiagramTexts, overlay: MeasuredOverlay = () => []): MermaidDiagram[] {
    const stepIds = new StepIds(process.steps);
    return splitProcess(process, maxSteps, texts).map(part => drawPart(process, part, { ids: stepIds, texts, overlay }));
}

/** Edges of a part, with stubs in place of the ends drawn elsewhere. */
interface RoutedEdges {
    edges: Array<{ from: string; to: string; edge: EdgeModel }>;
    stubs: Stub[];
}

/** What every part of a process is drawn with. */
interface DrawContext {
    ids: StepIds;
    texts: DiagramTexts;
    overlay: MeasuredOverlay;
}

function drawPart(process: ProcessModel, part: ProcessPart, { ids, texts, overlay }: DrawContext): MermaidDiagram {
    const { edges, stubs } = routeEdges(process, part, ids);
    const needsUnassigned = [...part.steps, ...stubs.map(stub => stub.step)].some(step => !step.lane);
    const lanes = drawableLanes.filter(lane => lane !== 'unassigned' || needsUnassigned);

    const writer = new MermaidWriter('swimlane-beta LR');
    for (const lane of lanes) {
        writer.subgraph(`lane${drawableLanes.indexOf(lane)}`, label(texts.lanes[lane]), () => drawLane(writer, lane, { process, part, stubs, ids, texts, overlay }));
    }
    drawLegend(writer, [...stepLegend(texts), { className: 'notMet', text: texts.legendNotMet }], texts);

    const start = part.steps.find(step => step.isStart);
    if (start) writer.edge('start0', ids.step(start), '-->');
    for (const { from, to, edge } of edges) {
        const text = conditionLabel(edge.condition);
        if (edge.kind === 'recover') writer.edge(from, to, '-.->', text, recoveryLinkCss);
        else writer.edge(from, to, '-->', text);
    }
    for (const step of part.steps) {
        if (step.isEnd) writer.edge(ids.step(step), ids.end(step), '-->', conditionLabel(step.endCondition));
        // Step first: the layout then ranks the evidence with its step, so it sits right above it.
        if (step.evidence.length > 0) writer.edge(ids.step(step), ids.evidence(step), '-.-');
    }
    defineClasses(writer, ['fail', 'wait', 'moment', 'notMet', 'evidence', 'stub', 'placeholder']);
    // fromEntries, not assignment: a step may be named `__proto__`.
    const nodes = Object.fromEntries(part.steps.map(step => [step.id, ids.step(step)]));
    const continuations = Object.fromEntries(stubs.map(stub => [stub.id, stub.step.id]));
    return { title: part.title, text: writer.text(), view: 'blueprint', nodes, lanes: [...lanes], continuations };
}

/** Every edge with an end in the part; the other end, when drawn elsewhere, becomes one stub per step and direction. */
function routeEdges(process: ProcessModel, part: ProcessPart, ids: StepIds): RoutedEdges {
    const inPart = new Set(part.steps.map(step => step.id));
    const stepsById = new Map(process.steps.map(step => [step.id, step]));
    const stubs = new Map<string, Stub>();
    const endOf = (step: StepModel, direction: Stub['direction']): string => {
        if (inPart.has(step.id)) return ids.step(step);
        const key = `${direction}:${step.id}`;
        const stub = stubs.get(key) ?? { id: `stub${stubs.size}`, step, direction };
        stubs.set(key, stub);
        return stub.id;
    };
    const edges: RoutedEdges['edges'] = [];
    for (const edge of process.edges) {
        const source = stepsById.get(edge.from);
        const target = stepsById.get(edge.to);
        if (source && target && (inPart.has(source.id) || inPart.has(target.id))) {
            edges.push({ from: endOf(source, 'from'), to: endOf(target, 'to'), edge });
        }
    }
    return { edges, stubs: [...stubs.values()] };
}

interface LaneContext extends DrawContext {
    process: ProcessModel;
    part: ProcessPart;
    stubs: Stub[];
}

/** One band: evidence, incoming stubs, the lane's steps with their start/end markers, outgoing stubs. */
function drawLane(writer: MermaidWriter, lane: DrawnLane, { process, part, stubs, ids, texts, overlay }: LaneContext): void {
    const steps = part.steps.filter(step => laneOf(step) === lane);
    const evidence = lane === 'evidence' ? part.steps.filter(step => step.evidence.length > 0) : [];
    const laneStubs = stubs.filter(stub => laneOf(stub.step) === lane);
    if (steps.length + evidence.length + laneStubs.length === 0) {
        // Mermaid leaves an empty subgraph out; an invisible node keeps the band, so every blueprint shows all five.
        const id = `gap${drawableLanes.indexOf(lane)}`;
        writer.node(id, label(' '));
        writer.addClass(id, 'placeholder');
    }
    for (const step of evidence) {
        writer.node(ids.evidence(step), label(...step.evidence));
        writer.addClass(ids.evidence(step), 'evidence');
    }
    for (const stub of laneStubs.filter(candidate => candidate.direction === 'from')) drawStub(writer, stub);
    for (const step of steps) {
        const id = ids.step(step);
        // Start and end markers sit in the lane of their step: a node outside every lane would open an extra band.
        if (step.isStart) writer.marker('start0', 'sm-circ');
        const notMet = overlay(step);
        writer.node(id, label(stepHeading(step), stepDetail(process, step, texts), ...notMet));
        for (const className of stepClasses(step)) writer.addClass(id, className);
        if (notMet.length > 0) writer.addClass(id, 'notMet');
        if (step.isEnd) writer.marker(ids.end(step), 'fr-circ');
    }
    for (const stub of laneStubs.filter(candidate => candidate.direction === 'to')) drawStub(writer, stub);
}

function laneOf(step: StepModel): DrawnLane {
    return step.lane ?? 'unassigned';
}

/** Second line: stage, then wait and duration — `Apply · ⏱ 8 min wait`. */
function stepDetail(process: ProcessModel, step: StepModel, texts: DiagramTexts): string {
    const stage = process.stages.find(candidate => candidate.name === step.stage);
    const stageTitle = stage ? displayName(stage) : step.stage;
    return [stageTitle, ...stepTimes(step, texts)].filter(Boolean).join(' · ');
}

function drawStub(writer: MermaidWriter, stub: Stub): void {
    writer.node(stub.id, label(`${stub.direction === 'to' ? '→' : '←'} ${displayName(stub.step)}`), 'stadium');
    writer.addClass(stub.id, 'stub');
}

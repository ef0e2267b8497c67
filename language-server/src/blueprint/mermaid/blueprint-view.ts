import { blueprintLanes, type EdgeModel, type ProcessModel, type StepModel } from '#protocol/blueprint-schema.js';
import type { MermaidDiagram, StageColumn } from '#protocol/diagram.js';
import { conditionLabel, label } from './encode-label.js';
import { stepLegend, usedLegend } from './legend.js';
import type { MeasuredOverlay } from './measured-overlay.js';
import { MermaidWriter } from './mermaid-writer.js';
import { splitProcess, stageRuns, type ProcessPart } from './split-process.js';
import { orderColumns, type ColumnOrder, type OrderedColumn } from './stage-order.js';
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

    const columns = stageColumns(process, part, ids);
    const order = orderColumns(columns);
    const writer = new MermaidWriter('swimlane-beta LR');
    for (const lane of lanes) {
        writer.subgraph(`lane${drawableLanes.indexOf(lane)}`, label(texts.lanes[lane]), () => drawLane(writer, lane, { part, stubs, ids, texts, overlay, order }));
    }

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
    for (const [from, to] of order.links) writer.edge(from, to, '~~~');
    defineClasses(writer, ['fail', 'wait', 'moment', 'notMet', 'evidence', 'stub', 'placeholder']);
    // fromEntries, not assignment: a step may be named `__proto__`.
    const nodes = Object.fromEntries(part.steps.map(step => [step.id, ids.step(step)]));
    const continuations = Object.fromEntries(stubs.map(stub => [stub.id, stub.step.id]));
    const stages = columns.map(({ title, members }): StageColumn => ({ ...title === undefined ? {} : { title }, nodes: members.map(member => member.id) }));
    const legend = usedLegend(writer, [...stepLegend(texts), { className: 'notMet', text: texts.legendNotMet }], texts);
    return { title: part.title, text: writer.text(), view: 'blueprint', nodes, lanes: [...lanes], continuations, stages, ...legend ? { legend } : {} };
}

/** Columns of a part: consecutive steps of one stage (titled) or of none (untitled), with their evidence and end markers. */
function stageColumns(process: ProcessModel, part: ProcessPart, ids: StepIds): Array<OrderedColumn & { title?: string }> {
    return stageRuns(part.steps).map(run => {
        const inRun = new Set(run.steps.map(step => step.id));
        // Recovery edges lead back: the order within the stage is that of its next edges.
        const inside = process.edges.filter(edge => edge.kind === 'next' && inRun.has(edge.from) && inRun.has(edge.to) && edge.from !== edge.to);
        const reached = new Set(inside.map(edge => edge.to));
        const stepsById = new Map(run.steps.map(step => [step.id, step]));
        const entries = run.steps.filter(step => !reached.has(step.id));
        const stage = process.stages.find(candidate => candidate.name === run.stage);
        const lane = (step: StepModel) => drawableLanes.indexOf(laneOf(step));
        return {
            title: stage ? displayName(stage) : run.stage,
            members: run.steps.flatMap(step => [
                { id: ids.step(step), lane: lane(step) },
                ...step.evidence.length > 0 ? [{ id: ids.evidence(step), lane: drawableLanes.indexOf('evidence') }] : [],
                ...step.isEnd ? [{ id: ids.end(step), lane: lane(step) }] : []
            ]),
            links: [
                ...inside.map(({ from, to }): [string, string] => [ids.step(stepsById.get(from)!), ids.step(stepsById.get(to)!)]),
                ...run.steps.flatMap(step => [
                    ...step.evidence.length > 0 ? [[ids.step(step), ids.evidence(step)] as [string, string]] : [],
                    ...step.isEnd ? [[ids.step(step), ids.end(step)] as [string, string]] : []
                ])
            ],
            entries: (entries.length > 0 ? entries : run.steps.slice(0, 1)).map(step => ids.step(step))
        };
    });
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
    part: ProcessPart;
    stubs: Stub[];
    order: ColumnOrder;
}

/** One band: evidence, incoming stubs, the lane's steps with their start/end markers, outgoing stubs, stage separators. */
function drawLane(writer: MermaidWriter, lane: DrawnLane, { part, stubs, ids, texts, overlay, order }: LaneContext): void {
    const steps = part.steps.filter(step => laneOf(step) === lane);
    const evidence = lane === 'evidence' ? part.steps.filter(step => step.evidence.length > 0) : [];
    const laneStubs = stubs.filter(stub => laneOf(stub.step) === lane);
    const separators = order.separators.get(drawableLanes.indexOf(lane)) ?? [];
    if (steps.length + evidence.length + laneStubs.length + separators.length === 0) {
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
        // The stage is its column's header, not repeated in each node.
        writer.node(id, label(stepHeading(step), stepTimes(step, texts).join(' · '), ...notMet));
        for (const className of stepClasses(step)) writer.addClass(id, className);
        if (notMet.length > 0) writer.addClass(id, 'notMet');
        if (step.isEnd) writer.marker(ids.end(step), 'fr-circ');
    }
    for (const stub of laneStubs.filter(candidate => candidate.direction === 'to')) drawStub(writer, stub);
    for (const separator of separators) {
        writer.node(separator, label(' '));
        writer.addClass(separator, 'placeholder');
    }
}

function laneOf(step: StepModel): DrawnLane {
    return step.lane ?? 'unassigned';
}

function drawStub(writer: MermaidWriter, stub: Stub): void {
    writer.node(stub.id, label(`${stub.direction === 'to' ? '→' : '←'} ${displayName(stub.step)}`), 'stadium');
    writer.addClass(stub.id, 'stub');
}

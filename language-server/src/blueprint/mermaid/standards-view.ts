import type { ProcessModel, ServiceModel, StandardModel } from '#protocol/blueprint-schema.js';
import type { MermaidDiagram } from '#protocol/diagram.js';
import { label } from './encode-label.js';
import { drawLegend } from './legend.js';
import { MermaidWriter, type Shape } from './mermaid-writer.js';
import { StepIds } from './step-ids.js';
import { displayName, stepHeading } from './step-text.js';
import { defineClasses, type StyleClass } from './styles.js';
import type { DiagramTexts } from './texts.js';

/** Something on the left of the map that names standards: the process itself, or a step. */
interface StandardUser {
    id: string;
    /** Plain text, encoded when drawn. */
    lines: string[];
    shape: Shape;
    className?: StyleClass;
    /** Set for steps, for the diagram's node map. */
    stepId?: string;
    standards: string[];
}

/** The process and its steps on the left, the standards they name in the middle, the KPIs measuring them on the right. */
export function processStandardsDiagram(service: ServiceModel, process: ProcessModel, texts: DiagramTexts): MermaidDiagram {
    const ids = new StepIds(process.steps);
    const processNode: StandardUser = { id: 'p0', lines: [displayName(process)], shape: 'subroutine', className: 'process', standards: process.standards };
    const users: StandardUser[] = [
        ...process.standards.length > 0 ? [processNode] : [],
        ...process.steps.filter(step => step.standards.length > 0).map(step => ({
            id: ids.step(step), lines: [stepHeading(step)], shape: 'box' as const, stepId: step.id, standards: step.standards
        }))
    ];
    // With nothing to map, the process alone says so rather than leaving the panel blank.
    const drawn = users.length > 0 ? users : [{ ...processNode, lines: [displayName(process), texts.noStandards] }];
    return drawStandardsMap(service, displayName(process), drawn, [], texts);
}

/** The service's standards that no process or step names (capacity and library standards), with their KPIs; none when there are none. */
export function otherStandardsDiagram(service: ServiceModel, texts: DiagramTexts): MermaidDiagram | undefined {
    const named = new Set(service.processes.flatMap(process => [...process.standards, ...process.steps.flatMap(step => step.standards)])
        .map(findStandard(service)));
    const others = service.standards.filter(standard => !named.has(standard));
    if (others.length === 0) return undefined;
    return drawStandardsMap(service, `${displayName(service)} › ${texts.standardsOutsideProcesses}`, [], others, texts);
}

function drawStandardsMap(service: ServiceModel, title: string, users: StandardUser[], alone: StandardModel[], texts: DiagramTexts): MermaidDiagram {
    const writer = new MermaidWriter('flowchart LR');
    for (const user of users) {
        writer.node(user.id, label(...user.lines), user.shape);
        if (user.className) writer.addClass(user.id, user.className);
    }

    const standards = new MapNodes(service.standards, 'std', findStandard(service));
    const kpis = new MapNodes(service.kpis, 'k', name => service.kpis.find(kpi => kpi.name === name));
    const standardEdges = users.flatMap(user => user.standards.map(reference => ({ from: user.id, to: standards.id(reference) })));
    for (const standard of alone) standards.id(standard.name);
    for (const { id, name, model } of standards.all()) {
        const measured = model ? model.measuredBy.length > 0 : true;
        writer.node(id, label(model ? displayName(model) : name, model && standardDetail(model, texts), measured ? undefined : texts.notMeasured));
        if (!measured) writer.addClass(id, 'unmeasured');
    }
    const kpiEdges = standards.all().flatMap(({ id, model }) => (model?.measuredBy ?? []).map(kpi => ({ from: id, to: kpis.id(kpi) })));
    for (const { id, name, model } of kpis.all()) {
        const target = model?.target === undefined ? undefined : texts.kpiTarget([model.target, model.unit].filter(Boolean).join(' '));
        writer.node(id, label(model ? displayName(model) : name, target), 'stadium');
        writer.addClass(id, 'kpi');
    }

    drawLegend(writer, [{ className: 'unmeasured', text: texts.legendUnmeasured }], texts);
    for (const edge of [...standardEdges, ...kpiEdges]) writer.edge(edge.from, edge.to, '-->');
    defineClasses(writer, ['process', 'kpi', 'unmeasured']);
    const nodes = Object.fromEntries(users.flatMap(user => user.stepId ? [[user.stepId, user.id]] : []));
    return { title, text: writer.text(), view: 'standards', nodes, lanes: [] };
}

/**
 * The standards (or KPIs) one diagram draws, in order of first mention. Ids
 * follow the position in the service, so an element keeps its id in every
 * diagram; a name without a model (unresolved) gets an id past the known ones.
 */
class MapNodes<T extends { name: string }> {
    private readonly entries = new Map<string, { id: string; name: string; model?: T }>();
    private unresolved = 0;

    constructor(private readonly models: readonly T[], private readonly prefix: string, private readonly find: (name: string) => T | undefined) {}

    id(name: string): string {
        const model = this.find(name);
        const key = model?.name ?? name;
        const entry = this.entries.get(key)
            ?? { id: `${this.prefix}${model ? this.models.indexOf(model) : this.models.length + this.unresolved++}`, name, model };
        this.entries.set(key, entry);
        return entry.id;
    }

    all(): Array<{ id: string; name: string; model?: T }> {
        return [...this.entries.values()];
    }
}

/** `≤ 15 min · responsiveness`. */
function standardDetail(standard: StandardModel, texts: DiagramTexts): string {
    const dimension = standard.dimension && Object.hasOwn(texts.dimensions, standard.dimension) ? texts.dimensions[standard.dimension] : standard.dimension;
    return [standard.target?.text, dimension].filter(Boolean).join(' · ');
}

/** A standard named as `Name` or `Service.Name`. */
function findStandard(service: ServiceModel): (reference: string) => StandardModel | undefined {
    return reference => service.standards.find(standard => standard.name === reference || reference.endsWith(`.${standard.name}`));
}

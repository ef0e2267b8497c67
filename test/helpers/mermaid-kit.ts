/**
 * Test helpers for the Mermaid generators (imported by `*.test.ts` only):
 * blueprint models built through the real pipeline, and Mermaid's own parser.
 */
import DOMPurify from 'dompurify';
import { EmptyFileSystem, URI } from 'langium';
import { expect } from 'vitest';
import { checkMeasured } from './measured-workspace.js';
import { createNodeSvcServices } from '../../language-server/src/svc-node-services.js';
import { checkFiles } from '../../language-server/src/workspace/check-files.js';
import type { BlueprintDocument, ProcessModel, ServiceModel } from '#protocol/blueprint-schema.js';
import { buildBlueprint } from '../../language-server/src/blueprint/build-blueprint.js';
import type { MermaidDiagram } from '#protocol/diagram.js';

/** Spec text that tries to break out of a label. */
export const hostileTexts = [
    '"]-->X',
    '%%{init: {"securityLevel":"loose"}}%%',
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    'click X call alert()',
    '`**markdown**`',
    'a\nb',
    'a\r\nb\u2028c\u2029d\u0085e',
    'end',
    '|x|',
    ';',
    'a; b # c % d & e',
    '([{}])',
    '$$x^2$$',
    'back\\slash',
    'ﬂ°°60¶ß',
    '#quot; #60; #35;',
    // Mermaid's clean-up of `style` lines, its HTML labels' `\n`, KaTeX and icons, and entity-looking text.
    'fill:#f00;',
    'style X fill:#f00',
    'classDef X fill:#f00;',
    '\\n',
    'a\\nb \\N',
    '#quot;',
    '#35;',
    '&lt;b&gt;',
    '&#60; &amp;',
    '$$x^2$$ and $ $',
    'fa:fa-car',
    '#br# <br/>'
];

/** Every lane, a step without performer, evidence, a wait, a moment, a fail point with recovery and conditions. */
export const clinicSpec = `
service Clinic "门诊" {
  actor Patient "患者" customer
  actor Nurse "护士" frontstage
  actor Lab "检验科" backstage
  system His "医院信息系统" support
  process Visit "门诊就诊" {
    stage Arrive "到院" {
      step Register "挂号" by Patient { evidence "挂号单", "候诊区" wait 12 min next Triage }
      step Triage "分诊" by Nurse {
        duration 3 min
        moment
        fail "分诊错误" recover Retriage
        next Test when "需检查", Leave when "无需检查"
      }
      step Retriage "重新分诊" by Nurse { next Test }
    }
    stage Treat "诊疗" {
      step Test "检验" by Lab { duration 30 min next Record }
      step Record "记录结果" by His { next Leave }
      step Leave "离院" by Patient { evidence "收据" next end }
      step Note { next end when "已离院" }
    }
  }
}
`;

/** Parses and validates files as one workspace, and returns the blueprint model of each, in the given order. */
export async function blueprintsOf(files: Record<string, string>): Promise<BlueprintDocument[]> {
    const { shared, Svc } = createNodeSvcServices(EmptyFileSystem);
    const documents = Object.entries(files).map(([name, text]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`memory:///workspace/${name}`));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return documents.map(document => buildBlueprint(document, Svc));
}

/** The one service of a spec that parses and links cleanly. */
export async function serviceOf(spec: string): Promise<ServiceModel> {
    const [blueprint] = await blueprintsOf({ 'spec.svc': spec });
    expect(blueprint.diagnostics.filter(diagnostic => ['syntax-error', 'unresolved-reference', 'duplicate-name'].includes(diagnostic.rule))).toEqual([]);
    expect(blueprint.services).toHaveLength(1);
    return blueprint.services[0];
}

/** The services of spec files checked on disk with their data files (paths under a temporary root → text). */
export async function measuredServicesOf(files: Record<string, string>): Promise<ServiceModel[]> {
    const workspace = await checkMeasured(files);
    try {
        return workspace.check.files.flatMap(file => buildBlueprint(file.document, workspace.check.services).services);
    } finally {
        workspace.remove();
    }
}

/** The services of files on disk (the examples), checked as one workspace as `svc check` does. */
export async function servicesOfFiles(paths: string[]): Promise<Array<{ file: string; service: ServiceModel }>> {
    const check = await checkFiles(paths);
    return check.files.flatMap(file => buildBlueprint(file.document, check.services).services.map(service => ({ file: file.file, service })));
}

/** What Mermaid's parser made of a chart (xychart-beta, quadrantChart, radar-beta): its type, title and database. */
export async function parseChart<Db>(text: string): Promise<{ type: string; title: string; db: Db }> {
    stubPurify();
    const mermaid = (await import('mermaid')).default;
    const { diagramType } = await mermaid.parse(text);
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
    const db = diagram.db as unknown as Db & { getDiagramTitle(): string };
    return { type: diagramType, title: db.getDiagramTitle(), db };
}

/** Under Node, DOMPurify lacks `addHook` and `sanitize`, which Mermaid calls while parsing: no-ops stand in (see parseMermaid). */
function stubPurify(): void {
    const purify = DOMPurify as unknown as Record<string, unknown>;
    if (typeof purify.sanitize !== 'function') {
        purify.addHook = () => undefined;
        purify.sanitize = (html: string) => html;
    }
}

export interface ParsedDiagram {
    type: string;
    /** Node id → text and classes, as Mermaid read them (entity codes still as Mermaid's placeholders). */
    vertices: Map<string, { text: string; classes: string[] }>;
    edges: Array<{ start: string; end: string; type: string; stroke: string; text: string }>;
    /** Top-level and nested subgraphs in declared order, with the ids of their direct members. */
    subgraphs: Array<{ id: string; title: string; nodes: string[] }>;
}

/**
 * Runs Mermaid's own parser and returns what it understood. Under Node,
 * DOMPurify has no window and exposes neither `addHook` nor `sanitize`, which
 * Mermaid calls on every label while parsing; they are replaced by no-ops here
 * (sanitising only matters for rendering in a browser, the grammar is Mermaid's).
 */
export async function parseMermaid(text: string): Promise<ParsedDiagram> {
    stubPurify();
    const mermaid = (await import('mermaid')).default;
    const { diagramType } = await mermaid.parse(text);
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
    const db = diagram.db as unknown as FlowDbView;
    return {
        type: diagramType,
        vertices: new Map([...db.getVertices().values()].map(vertex => [vertex.id, { text: vertex.text ?? '', classes: vertex.classes ?? [] }])),
        edges: db.getEdges().map(edge => ({ start: edge.start, end: edge.end, type: edge.type ?? '', stroke: edge.stroke ?? '', text: edge.text ?? '' })),
        subgraphs: db.getSubGraphs().map(subgraph => ({ id: subgraph.id, title: subgraph.title, nodes: subgraph.nodes }))
    };
}

/** The part of Mermaid's flowchart database the tests read. */
interface FlowDbView {
    getVertices(): Map<string, { id: string; text?: string; classes?: string[] }>;
    getEdges(): Array<{ start: string; end: string; type?: string; stroke?: string; text?: string }>;
    getSubGraphs(): Array<{ id: string; title: string; nodes: string[] }>;
}

/** The labels of a generated text: what stands between double quotes. */
export function labelsOf(text: string): string[] {
    return [...text.matchAll(/"([^"]*)"/g)].map(match => match[1]);
}

/** The text with every label emptied: its structure. */
export function structureOf(text: string): string {
    return text.replace(/"[^"]*"/g, '""');
}

/** Text as Mermaid will show it: its entity placeholders (`ﬂ°°60¶ß`) and our codes (`#60;`) turned back into characters, `<wbr>` drawing nothing. */
export function shownText(text: string): string {
    return text.replaceAll('<wbr>', '')
        .replace(/ﬂ°°(\d+)¶ß|#(\d+);/g, (_, placeholder?: string, code?: string) => String.fromCodePoint(Number(placeholder ?? code)));
}

/** `text` as an svc string literal (its only escapes are `\"` and `\\`). */
export function svcString(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** A spec whose every string is `text`: titles of the service, performers, standards, KPI, process, stages and steps, evidence, conditions, fail descriptions. */
export function hostileSpec(text: string): string {
    const t = svcString(text);
    return `
service S ${t} {
  actor C ${t} customer
  actor F ${t} frontstage
  system Core ${t} support
  standard Std ${t} { target <= 5 min }
  standard Lone ${t} { target <= 1 min }
  kpi K ${t} { measures Std unit min target 4 }
  process P ${t} {
    standard Std
    stage One ${t} {
      step A ${t} by C { evidence ${t}, ${t} wait 3 min next B }
      step B ${t} by F { moment standard Std fail ${t} recover D next Cc when ${t}, D when ${t} }
    }
    stage Two ${t} {
      step Cc ${t} by Core { duration 2 min next D }
      step D ${t} by F { next end }
      step E ${t} { next end }
    }
  }
}`;
}

/** The top-level subgraph (lane) a node was parsed into. */
export function laneOfNode(parsed: ParsedDiagram, nodeId: string): string | undefined {
    return parsed.subgraphs.find(subgraph => subgraph.nodes.includes(nodeId))?.id;
}

/** Drawn edges as `from -->|text| to`, with Mermaid's own notion of the arrow. */
export function edgeList(parsed: ParsedDiagram): string[] {
    const arrows: Record<string, string> = { 'arrow_point:normal': '-->', 'arrow_point:dotted': '-.->', 'arrow_open:dotted': '-.-' };
    // Invisible links only order the layout; they are no edges of the process.
    return parsed.edges.filter(edge => edge.stroke !== 'invisible').map(edge => {
        const arrow = arrows[`${edge.type}:${edge.stroke}`] ?? `${edge.type}:${edge.stroke}`;
        return `${edge.start} ${arrow}${edge.text ? `|${shownText(edge.text)}|` : ''} ${edge.end}`;
    });
}

/**
 * Asserts that every edge of the process is drawn in each diagram that holds
 * one of its ends — towards a "→ title" stub or from a "← title" stub when the
 * other end is drawn elsewhere — with its arrow and its label.
 */
export async function expectEveryEdgeKept(process: ProcessModel, diagrams: MermaidDiagram[]): Promise<void> {
    for (const diagram of diagrams) {
        const parsed = await parseMermaid(diagram.text);
        const stepOfNode = new Map(Object.entries(diagram.nodes).map(([step, node]) => [node, step]));
        const stepOfStub = (id: string, arrow: string): string | undefined => {
            const shown = shownText(parsed.vertices.get(id)?.text ?? '');
            const step = process.steps.find(candidate => `${arrow} ${candidate.title ?? candidate.name}` === shown);
            return step && !diagram.nodes[step.id] ? step.id : undefined;
        };
        const drawn = parsed.edges.map(edge => ({
            from: stepOfNode.get(edge.start) ?? stepOfStub(edge.start, '←'),
            to: stepOfNode.get(edge.end) ?? stepOfStub(edge.end, '→'),
            kind: edge.stroke === 'dotted' ? 'recover' : 'next',
            condition: edge.text ? shownText(edge.text) : undefined
        }));
        for (const edge of process.edges.filter(candidate => diagram.nodes[candidate.from] || diagram.nodes[candidate.to])) {
            expect(drawn, `${diagram.title}: ${JSON.stringify(edge)}`).toContainEqual({ from: edge.from, to: edge.to, kind: edge.kind, condition: edge.condition });
        }
    }
}

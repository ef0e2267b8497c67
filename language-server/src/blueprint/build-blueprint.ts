import { basename, dirname, relative, sep } from 'node:path';
import type { AstNode, LangiumDocument } from 'langium';
import { DiagnosticSeverity, type Range } from 'vscode-languageserver';
import {
    isActor, isCapacity, isFeedback, isImprovement, isKpi, isProcess, isServicePromise, isStage, isStep, isSurvey, isSystem,
    type Capacity, type Kpi, type Model, type Process, type Quantity, type Service, type Standard, type Step
} from '../generated/ast.js';
import { measuredKpi, measuredSurvey } from '../export/measured-export.js';
import { isDataElement } from '../measured/data-elements.js';
import type { MeasuredAnalysis } from '../measured/measured-analysis.js';
import { formatPeriod } from '../measured/periods.js';
import { standardMeasurements } from '../measured/standard-measurements.js';
import { formatMinutes } from '../model/format-quantity.js';
import { laneOf } from '../model/lanes.js';
import { analyseProcess, nextSteps, stepsOf } from '../model/process-flow.js';
import { queueAt } from '../model/queue.js';
import { formatQuantity, toMinutes } from '../model/units.js';
import { standardsOfService } from '../model/standards.js';
import { threshold } from '../validation/message-format.js';
import { messageText } from '../validation/svc-document-validator.js';
import { WorkspaceFacts } from '../validation/workspace-facts.js';
import type { SvcServices } from '../svc-module.js';
import { performerLanes } from '#protocol/blueprint-schema.js';
import type { BlueprintDocument, CapacityModel, KpiModel, ProcessModel, ServiceModel, StandardModel, StepModel } from '#protocol/blueprint-schema.js';
import type { WorkspaceFiles } from '../files/workspace-files.js';

const comparators = new Set(['<', '<=', '=', '>=', '>']);

const severities: Record<number, 'error' | 'warning' | 'info'> = {
    [DiagnosticSeverity.Error]: 'error', [DiagnosticSeverity.Warning]: 'warning', [DiagnosticSeverity.Information]: 'info'
};

/** The blueprint model of a linked (ideally validated) document. */
export function buildBlueprint(document: LangiumDocument, services: SvcServices, documentVersion = 0): BlueprintDocument {
    const model = document.parseResult.value as Model;
    const facts = new WorkspaceFacts(services);
    const measured: MeasuredContext = { analysis: services.measured.MeasuredData.current(), displayPath: dataFileShownFrom(document, services.files.WorkspaceFiles) };
    const comments = services.documentation.CommentProvider;
    const diagnostics = (document.diagnostics ?? []).filter(diagnostic => severities[diagnostic.severity ?? 1]);
    return {
        version: 1,
        uri: document.uri.toString(),
        documentVersion,
        syntaxErrors: diagnostics.filter(diagnostic => diagnostic.code === 'syntax-error').length,
        services: model.elements.filter((element): element is Service => element.$type === 'Service' && Boolean(element.name))
            .map(service => serviceModel(service, facts, comments.getComment(service), measured)),
        diagnostics: diagnostics.map(diagnostic => ({
            rule: String(diagnostic.code ?? 'unknown'),
            severity: severities[diagnostic.severity ?? 1],
            message: messageText(diagnostic),
            line: diagnostic.range.start.line + 1,
            column: diagnostic.range.start.character + 1
        }))
    };
}

/** The workspace's measured data, and how a data file is named to the reader of this spec. */
interface MeasuredContext {
    analysis: MeasuredAnalysis;
    displayPath: (file: string) => string;
}

/** Data files by their path relative to the spec's folder: what the spec's `from` strings look like. */
function dataFileShownFrom(document: LangiumDocument, files: WorkspaceFiles): (file: string) => string {
    const path = files.pathOf(document.uri);
    const folder = path === undefined ? undefined : dirname(path);
    return file => folder ? relative(folder, file).split(sep).join('/') : basename(file);
}

function serviceModel(service: Service, facts: WorkspaceFacts, comment: string | undefined, measured: MeasuredContext): ServiceModel {
    const members = service.members;
    return {
        name: service.name,
        title: service.title,
        version: service.version,
        owner: service.owner?.$refText,
        description: service.description,
        documentation: comment?.replace(/^\/\*\*|\*\/$/g, '').split('\n').map(line => line.replace(/^\s*\*?\s?/, '')).join('\n').trim(),
        performers: members.filter(member => isActor(member) || isSystem(member)).filter(hasName).filter(performer => performerLanes.includes(performer.lane)).map(performer => ({
            name: performer.name, title: performer.title, kind: isActor(performer) ? 'actor' as const : 'system' as const, lane: performer.lane
        })),
        standards: standardsOfService(service).filter(hasName).map(standard => standardModel(standard, facts, measured.analysis)),
        kpis: members.filter(isKpi).filter(hasName).map(kpiModel),
        processes: members.filter(isProcess).filter(hasName).map(processModel),
        capacities: members.filter(isCapacity).filter(hasName).map(capacityModel),
        promises: members.filter(isServicePromise).filter(hasName).filter(promise => promise.quantity).map(promise => ({ name: promise.name, title: promise.title, text: threshold(promise) })),
        feedback: members.filter(isFeedback).filter(hasName).map(feedback => ({
            name: feedback.name, title: feedback.title, channel: feedback.channel, feeds: feedback.feeds.map(reference => reference.$refText)
        })),
        improvements: members.filter(isImprovement).filter(hasName).map(improvement => ({
            name: improvement.name, title: improvement.title, addresses: improvement.addresses.map(reference => reference.$refText),
            phase: improvement.phase, owner: improvement.owner?.$refText, due: improvement.due
        })),
        measured: {
            dataElements: members.filter(isDataElement).length,
            kpis: members.filter(isKpi).flatMap(kpi => measuredKpi(kpi, measured.analysis, measured.displayPath) ?? []),
            surveys: members.filter(isSurvey).flatMap(survey => measuredSurvey(survey, measured.analysis, measured.displayPath) ?? [])
        },
        range: rangeOf(service)
    };
}

function standardModel(standard: Standard, facts: WorkspaceFacts, analysis: MeasuredAnalysis): StandardModel {
    const referencing = facts.referencingNodes(standard);
    const compared = standardMeasurements(standard, () => referencing, analysis);
    return {
        name: standard.name,
        title: standard.title,
        dimension: standard.dimension,
        kind: standard.kind,
        bounds: standard.bounds,
        target: standard.target?.quantity && comparators.has(standard.target.comparator) && Number.isFinite(standard.target.quantity.value) ? {
            comparator: standard.target.comparator,
            value: standard.target.quantity.value,
            unit: standard.target.quantity.unit,
            text: threshold(standard.target)
        } : undefined,
        tolerance: standard.tolerance ? formatQuantity(standard.tolerance) : undefined,
        method: standard.method,
        frequency: standard.frequency,
        owner: standard.owner?.$refText,
        measuredBy: unique(referencing.filter(isKpi).filter(hasName).map(kpi => kpi.name)),
        usedBy: unique(referencing.filter(isStep).filter(hasName).map(step => step.name)),
        measured: compared.length > 0 ? compared.map(({ kpi, label, latest, met }) => ({
            kpi: label, value: Number(latest.value.toPrecision(15)), unit: kpi.unit, period: formatPeriod(latest.period), met
        })) : undefined,
        range: rangeOf(standard)
    };
}

function kpiModel(kpi: Kpi): KpiModel {
    const quantity = (value: Quantity | undefined) => value ? formatQuantity(value) : undefined;
    return {
        name: kpi.name, title: kpi.title,
        measures: kpi.measures.map(reference => reference.$refText),
        formula: kpi.formula, unit: kpi.unit, direction: kpi.direction,
        baseline: quantity(kpi.baseline), target: quantity(kpi.target), warning: quantity(kpi.warning),
        period: kpi.period, source: kpi.source, owner: kpi.owner?.$refText,
        range: rangeOf(kpi)
    };
}

function processModel(process: Process): ProcessModel {
    const flow = analyseProcess(process);
    const members = new Set(flow.steps.filter(hasName));
    const edges: ProcessModel['edges'] = [];
    for (const step of members) {
        for (const { successor, target } of nextSteps(step)) {
            if (members.has(target)) edges.push({ from: step.name, to: target.name, kind: 'next', condition: successor.condition });
        }
    }
    for (const step of members) {
        for (const fail of step.fails) {
            const target = fail.recover?.ref;
            if (isStep(target) && members.has(target)) edges.push({ from: step.name, to: target.name, kind: 'recover', condition: fail.description });
        }
    }
    return {
        name: process.name,
        title: process.title,
        standards: process.standards.map(reference => reference.$refText),
        stages: process.contents.filter(isStage).filter(hasName).map(stage => ({ name: stage.name, title: stage.title })),
        steps: stepsOf(process).filter(hasName).map((step, index) => stepModel(step, index === 0)),
        edges,
        leadTime: { minutes: finite(flow.leadTime.minutes) ?? 0, text: formatMinutes(flow.leadTime.minutes), criticalPath: flow.leadTime.criticalPath.filter(hasName).map(step => step.name) },
        range: rangeOf(process)
    };
}

function stepModel(step: Step, isStart: boolean): StepModel {
    const stage = step.$container;
    return {
        id: step.name,
        name: step.name,
        title: step.title,
        stage: isStage(stage) ? stage.name : undefined,
        lane: laneOf(step),
        performer: step.performer?.$refText,
        evidence: step.evidence,
        waitMinutes: finite(toMinutes(step.wait)),
        durationMinutes: finite(toMinutes(step.duration)),
        wait: step.wait ? formatQuantity(step.wait) : undefined,
        duration: step.duration ? formatQuantity(step.duration) : undefined,
        standards: step.standards.map(reference => reference.$refText),
        moment: step.moment,
        fails: step.fails.map(fail => ({ description: fail.description ?? '', recover: fail.recover?.$refText })),
        isStart,
        isEnd: step.next.some(successor => successor.end),
        endCondition: step.next.find(successor => successor.end)?.condition,
        range: rangeOf(step)
    };
}

function capacityModel(capacity: Capacity): CapacityModel {
    const queue = queueAt(capacity);
    return {
        name: capacity.name,
        title: capacity.title,
        serves: capacity.serves?.$refText,
        demand: capacity.demand ? `${capacity.demand.amount} per ${capacity.demand.per}` : undefined,
        servers: finite(capacity.servers),
        serviceMinutes: finite(toMinutes(capacity.serves?.ref?.duration)),
        rho: queue ? (Number.isFinite(queue.rho) ? queue.rho : null) : undefined,
        waitMinutes: finite(queue?.waitMinutes),
        standard: capacity.standard?.$refText,
        range: rangeOf(capacity)
    };
}

/**
 * The parser recovers from syntax errors with elements that lack a name (the AST
 * types say otherwise); the model, like the diagrams, shows named elements only.
 */
function hasName<T extends { name?: string }>(element: T): boolean {
    return typeof element.name === 'string' && element.name.length > 0;
}

/** JSON (the LSP connection) has no NaN or Infinity, and the schema wants real numbers: a spec's `1e999` shows as unknown. */
function finite(value: number | undefined): number | undefined {
    return value !== undefined && Number.isFinite(value) ? value : undefined;
}

function rangeOf(node: AstNode): Range {
    return node.$cstNode?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

function unique(values: string[]): string[] {
    return [...new Set(values)];
}

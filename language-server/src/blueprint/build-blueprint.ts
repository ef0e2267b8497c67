import type { AstNode, LangiumDocument } from 'langium';
import { DiagnosticSeverity, type Range } from 'vscode-languageserver';
import {
    isActor, isCapacity, isFeedback, isImprovement, isKpi, isProcess, isServicePromise, isStage, isStep, isSystem,
    type Capacity, type Kpi, type Model, type Process, type Quantity, type Service, type Standard, type Step
} from '../generated/ast.js';
import { laneOf } from '../model/lanes.js';
import { analyseProcess, nextSteps, stepsOf } from '../model/process-flow.js';
import { queueAt } from '../model/queue.js';
import { formatMinutes, formatQuantity, toMinutes } from '../model/units.js';
import { standardsOfService } from '../model/standards.js';
import { threshold } from '../validation/message-format.js';
import { messageText } from '../validation/svc-document-validator.js';
import { WorkspaceFacts } from '../validation/workspace-facts.js';
import type { SvcServices } from '../svc-module.js';
import type { BlueprintDocument, CapacityModel, KpiModel, ProcessModel, ServiceModel, StandardModel, StepModel } from './blueprint-schema.js';

const severities: Record<number, 'error' | 'warning' | 'info'> = {
    [DiagnosticSeverity.Error]: 'error', [DiagnosticSeverity.Warning]: 'warning', [DiagnosticSeverity.Information]: 'info'
};

/** The blueprint model of a linked (ideally validated) document. */
export function buildBlueprint(document: LangiumDocument, services: SvcServices, documentVersion = 0): BlueprintDocument {
    const model = document.parseResult.value as Model;
    const facts = new WorkspaceFacts(services);
    const comments = services.documentation.CommentProvider;
    const diagnostics = (document.diagnostics ?? []).filter(diagnostic => severities[diagnostic.severity ?? 1]);
    return {
        version: 1,
        uri: document.uri.toString(),
        documentVersion,
        syntaxErrors: diagnostics.filter(diagnostic => diagnostic.code === 'syntax-error').length,
        services: model.elements.filter((element): element is Service => element.$type === 'Service' && Boolean(element.name))
            .map(service => serviceModel(service, facts, comments.getComment(service))),
        diagnostics: diagnostics.map(diagnostic => ({
            rule: String(diagnostic.code ?? 'unknown'),
            severity: severities[diagnostic.severity ?? 1],
            message: messageText(diagnostic),
            line: diagnostic.range.start.line + 1,
            column: diagnostic.range.start.character + 1
        }))
    };
}

function serviceModel(service: Service, facts: WorkspaceFacts, comment: string | undefined): ServiceModel {
    const members = service.members;
    return {
        name: service.name,
        title: service.title,
        version: service.version,
        owner: service.owner?.$refText,
        description: service.description,
        documentation: comment?.replace(/^\/\*\*|\*\/$/g, '').split('\n').map(line => line.replace(/^\s*\*?\s?/, '')).join('\n').trim(),
        performers: members.filter(member => isActor(member) || isSystem(member)).map(performer => ({
            name: performer.name, title: performer.title, kind: isActor(performer) ? 'actor' as const : 'system' as const, lane: performer.lane
        })),
        standards: standardsOfService(service).map(standard => standardModel(standard, facts)),
        kpis: members.filter(isKpi).map(kpiModel),
        processes: members.filter(isProcess).map(processModel),
        capacities: members.filter(isCapacity).map(capacityModel),
        promises: members.filter(isServicePromise).map(promise => ({ name: promise.name, title: promise.title, text: threshold(promise) })),
        feedback: members.filter(isFeedback).map(feedback => ({
            name: feedback.name, title: feedback.title, channel: feedback.channel, feeds: feedback.feeds.map(reference => reference.$refText)
        })),
        improvements: members.filter(isImprovement).map(improvement => ({
            name: improvement.name, title: improvement.title, addresses: improvement.addresses.map(reference => reference.$refText),
            phase: improvement.phase, owner: improvement.owner?.$refText, due: improvement.due
        })),
        range: rangeOf(service)
    };
}

function standardModel(standard: Standard, facts: WorkspaceFacts): StandardModel {
    const referencing = facts.referencingNodes(standard);
    return {
        name: standard.name,
        title: standard.title,
        dimension: standard.dimension,
        kind: standard.kind,
        bounds: standard.bounds,
        target: standard.target ? {
            comparator: standard.target.comparator,
            value: standard.target.quantity.value,
            unit: standard.target.quantity.unit,
            text: threshold(standard.target)
        } : undefined,
        tolerance: standard.tolerance ? formatQuantity(standard.tolerance) : undefined,
        method: standard.method,
        frequency: standard.frequency,
        owner: standard.owner?.$refText,
        measuredBy: unique(referencing.filter(isKpi).map(kpi => kpi.name)),
        usedBy: unique(referencing.filter(isStep).map(step => step.name)),
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
    const members = new Set(flow.steps);
    const edges: ProcessModel['edges'] = [];
    for (const step of flow.steps) {
        for (const { successor, target } of nextSteps(step)) {
            if (members.has(target)) edges.push({ from: step.name, to: target.name, kind: 'next', condition: successor.condition });
        }
    }
    for (const step of flow.steps) {
        for (const fail of step.fails) {
            const target = fail.recover?.ref;
            if (isStep(target) && members.has(target)) edges.push({ from: step.name, to: target.name, kind: 'recover', condition: fail.description });
        }
    }
    return {
        name: process.name,
        title: process.title,
        standards: process.standards.map(reference => reference.$refText),
        stages: process.contents.filter(isStage).map(stage => ({ name: stage.name, title: stage.title })),
        steps: stepsOf(process).map((step, index) => stepModel(step, index === 0)),
        edges,
        leadTime: { minutes: flow.leadTime.minutes, text: formatMinutes(flow.leadTime.minutes), criticalPath: flow.leadTime.criticalPath.map(step => step.name) },
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
        waitMinutes: toMinutes(step.wait),
        durationMinutes: toMinutes(step.duration),
        wait: step.wait ? formatQuantity(step.wait) : undefined,
        duration: step.duration ? formatQuantity(step.duration) : undefined,
        standards: step.standards.map(reference => reference.$refText),
        moment: step.moment,
        fails: step.fails.map(fail => ({ description: fail.description, recover: fail.recover?.$refText })),
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
        servers: capacity.servers,
        serviceMinutes: toMinutes(capacity.serves?.ref?.duration),
        rho: queue ? (Number.isFinite(queue.rho) ? queue.rho : null) : undefined,
        waitMinutes: queue?.waitMinutes,
        standard: capacity.standard?.$refText,
        range: rangeOf(capacity)
    };
}

function rangeOf(node: AstNode): Range {
    return node.$cstNode?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

function unique(values: string[]): string[] {
    return [...new Set(values)];
}

import type { AstNode } from 'langium';
import {
    isActor, isCapacity, isFeedback, isImprovement, isKpi, isMeasurements, isProcess, isService, isServicePromise, isStage,
    isStandard, isStep, isSurvey, isSystem, type Actor, type Feedback, type Improvement, type Measurements, type Service,
    type ServicePromise, type Stage, type Survey, type System
} from '../../generated/ast.js';
import { formatQuantity } from '../../model/units.js';
import { code, enumValue, field, label, literal, referenced, renderCard, type Card, type CardContext } from './card.js';
import { capacityCard, processCard, stepCard } from './flow-cards.js';
import { addSurveyData } from './measured-data-fields.js';
import { kpiCard, standardCard } from './measurement-cards.js';

type NamedElement = AstNode & { name: string; title?: string };

/**
 * The hover of an element: heading, doc comment and summary card; undefined
 * for nodes that are not elements of the language.
 */
export function elementHover(node: AstNode, documentation: string | undefined, context: CardContext): string | undefined {
    const card = elementCard(node, context);
    return card && renderCard(node as NamedElement, card, documentation, context.locale);
}

function elementCard(node: AstNode, context: CardContext): Card | undefined {
    if (isStandard(node)) return standardCard(node, context);
    if (isKpi(node)) return kpiCard(node, context);
    if (isStep(node)) return stepCard(node, context);
    if (isProcess(node)) return processCard(node, context);
    if (isCapacity(node)) return capacityCard(node, context);
    if (isActor(node) || isSystem(node)) return performerCard(node, context);
    if (isService(node)) return serviceCard(node, context);
    if (isStage(node)) return stageCard(node, context);
    if (isServicePromise(node)) return promiseCard(node, context);
    if (isFeedback(node)) return feedbackCard(node, context);
    if (isImprovement(node)) return improvementCard(node, context);
    if (isMeasurements(node) || isSurvey(node)) return dataCard(node, context);
    return undefined;
}

function performerCard(performer: Actor | System, { locale, texts }: CardContext): Card {
    const card: Card = { fields: [] };
    field(card, texts.lane, performer.lane && enumValue('Lane', performer.lane, locale));
    return card;
}

function serviceCard(service: Service, { locale }: CardContext): Card {
    const card: Card = { fields: [] };
    field(card, label('version', locale), service.version && literal(service.version));
    field(card, label('owner', locale), referenced(service.owner));
    field(card, label('description', locale), service.description && literal(service.description));
    return card;
}

function stageCard(stage: Stage, { texts }: CardContext): Card {
    const card: Card = { fields: [] };
    field(card, texts.stepCount, String(stage.steps.length));
    return card;
}

function promiseCard(promise: ServicePromise, { locale }: CardContext): Card {
    return { fields: [[label('target', locale), code(`${promise.comparator} ${formatQuantity(promise.quantity)}`)]] };
}

function feedbackCard(feedback: Feedback, { locale }: CardContext): Card {
    const card: Card = { fields: [] };
    field(card, label('channel', locale), feedback.channel && enumValue('Channel', feedback.channel, locale));
    field(card, label('feeds', locale), feedback.feeds.map(referenced).join(', '));
    return card;
}

function improvementCard(improvement: Improvement, { locale }: CardContext): Card {
    const card: Card = { fields: [] };
    field(card, label('addresses', locale), improvement.addresses.map(referenced).join(', '));
    field(card, label('phase', locale), improvement.phase && enumValue('Phase', improvement.phase, locale));
    field(card, label('owner', locale), referenced(improvement.owner));
    field(card, label('due', locale), improvement.due && code(improvement.due));
    return card;
}

/** The answer scale a survey without `scale` uses: the SERVQUAL 7-point scale (LANGUAGE.md). */
const defaultSurveyScale = 7;

function dataCard(element: Measurements | Survey, context: CardContext): Card {
    const { locale } = context;
    const card: Card = { fields: [] };
    field(card, label('from', locale), element.path && literal(element.path));
    if (isSurvey(element)) {
        field(card, label('scale', locale), String(element.scale ?? defaultSurveyScale));
        addSurveyData(card, element, context);
    }
    return card;
}

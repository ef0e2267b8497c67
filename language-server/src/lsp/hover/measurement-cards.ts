import { isKpi, type Kpi, type Quantity, type Standard } from '../../generated/ast.js';
import { formatQuantity } from '../../model/units.js';
import { code, enumValue, field, label, literal, named, referenced, type Card, type CardContext } from './card.js';
import { addKpiData } from './measured-data-fields.js';

/** Dimension, kind, target, method, frequency, owner — and which KPIs measure it. */
export function standardCard(standard: Standard, context: CardContext): Card {
    const { locale, texts } = context;
    const card: Card = { fields: [] };
    field(card, label('dimension', locale), standard.dimension && enumValue('Dimension', standard.dimension, locale));
    field(card, label('kind', locale), standard.kind && enumValue('StandardKind', standard.kind, locale));
    field(card, label('bounds', locale), standard.bounds && enumValue('Bound', standard.bounds, locale));
    field(card, label('target', locale), standard.target && code(`${standard.target.comparator} ${formatQuantity(standard.target.quantity)}`));
    field(card, label('tolerance', locale), standard.tolerance && code(formatQuantity(standard.tolerance)));
    field(card, label('method', locale), standard.method && enumValue('Method', standard.method, locale));
    field(card, label('frequency', locale), standard.frequency && enumValue('Frequency', standard.frequency, locale));
    field(card, label('owner', locale), referenced(standard.owner));
    const kpis = context.referencesTo(standard).filter(isKpi);
    field(card, texts.measuredBy, kpis.length > 0 ? kpis.map(named).join(', ') : texts.notMeasured);
    return card;
}

/**
 * Unit, direction, target, warning and baseline (bare numbers read in the KPI's unit), what it measures,
 * and its measured data.
 */
export function kpiCard(kpi: Kpi, context: CardContext): Card {
    const { locale } = context;
    const inKpiUnit = (quantity: Quantity | undefined) =>
        quantity && code(formatQuantity({ ...quantity, unit: quantity.unit ?? kpi.unit }));
    const card: Card = { fields: [] };
    field(card, label('measures', locale), kpi.measures.map(referenced).join(', '));
    field(card, label('unit', locale), kpi.unit && enumValue('Unit', kpi.unit, locale));
    field(card, label('direction', locale), kpi.direction && enumValue('Direction', kpi.direction, locale));
    field(card, label('target', locale), inKpiUnit(kpi.target));
    field(card, label('warning', locale), inKpiUnit(kpi.warning));
    field(card, label('baseline', locale), inKpiUnit(kpi.baseline));
    field(card, label('period', locale), kpi.period && enumValue('Frequency', kpi.period, locale));
    field(card, label('formula', locale), kpi.formula && literal(kpi.formula));
    field(card, label('source', locale), kpi.source && literal(kpi.source));
    field(card, label('owner', locale), referenced(kpi.owner));
    addKpiData(card, kpi, context);
    return card;
}

import type { Kpi, Survey } from '../../generated/ast.js';
import { enumEntry } from '../../i18n/domain-glossary.js';
import type { MeasuredPoint } from '../../measured/measurement-rows.js';
import { formatPeriod } from '../../measured/periods.js';
import { isGapBelowThreshold, type DimensionGap } from '../../measured/servqual-gap.js';
import { formatNumber } from '../../model/format-quantity.js';
import { satisfies } from '../../model/units.js';
import { code, field, label, literal, type Card, type CardContext } from './card.js';
import { fileName, measuredValue, readKpi, standingWords } from './kpi-reading.js';

/**
 * A KPI's latest value, status, trend and the row it came from; "no data yet"
 * when the workspace binds data but none for this KPI. A workspace without
 * data elements keeps the card as it was.
 */
export function addKpiData(card: Card, kpi: Kpi, context: CardContext): void {
    const { measured, texts, locale } = context;
    if (measured.isEmpty) return;
    const reading = readKpi(kpi, measured.kpi(kpi));
    if (!reading) {
        field(card, texts.latestValue, texts.noData);
        return;
    }
    const valueIn = (point: MeasuredPoint) => texts.inPeriod(code(measuredValue(point.value, kpi.unit)), formatPeriod(point.period));
    field(card, texts.latestValue, valueIn(reading.latest));
    const { standing, trend } = reading;
    field(card, texts.status, standing && `${standing === 'on-target' ? '' : '⚠ '}${standingWords[locale][standing]}`);
    field(card, texts.trend, trend && texts.trendFrom(trend.arrow, valueIn(trend.previous), trend.judgement && texts.judgement[trend.judgement]));
    field(card, label('from', locale), sourceLink(reading.latest, context));
}

/** The number of answered rows and a table of each dimension's mean expectation, perception and gap. */
export function addSurveyData(card: Card, survey: Survey, context: CardContext): void {
    const { measured, texts, locale } = context;
    const data = measured.survey(survey);
    if (!data || data.gaps.length === 0) return;
    field(card, texts.answers, String(data.answers));
    const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
    card.details = [
        row([label('dimension', locale), texts.expectation, texts.perception, texts.gap]),
        row(['---', '---:', '---:', '---:']),
        ...data.gaps.map(gap => row([
            enumEntry('Dimension', gap.dimension)?.term[locale] ?? gap.dimension,
            formatNumber(gap.meanExpectation), formatNumber(gap.meanPerception), gapText(gap)
        ]))
    ].join('\n');
}

/** `+0.3`, `-1.4 ⚠` (below the `servqual-gap` threshold). */
function gapText({ gap }: DimensionGap): string {
    // Means of the same answers can differ by rounding noise only: that is no gap.
    const shown = satisfies(gap, '=', 0) ? '0' : `${gap > 0 ? '+' : ''}${formatNumber(gap)}`;
    return isGapBelowThreshold(gap) ? `${shown} ⚠` : shown;
}

/** A link that opens the data file at the row; the file name comes from the file system and is escaped. */
function sourceLink(point: MeasuredPoint, { texts, fileUri }: CardContext): string {
    const line = point.line + 1;
    return `[${texts.fileLine(literal(fileName(point.file)), line)}](${fileUri(point.file)}#L${line})`;
}

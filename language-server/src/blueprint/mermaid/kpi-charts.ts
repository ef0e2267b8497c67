import type { ServiceModel, StandardModel } from '#protocol/blueprint-schema.js';
import type { MeasuredKpiExport } from '#protocol/measured-schema.js';
import { formatNumber } from '../../model/format-quantity.js';
import { chartNumber, chartString } from './chart-text.js';
import { valueRange } from './chart-range.js';
import { shorten, textWidth, widthFor } from './chart-width.js';
import type { MermaidDiagram } from '#protocol/diagram.js';
import { displayName } from './step-text.js';
import type { DiagramTexts } from './texts.js';

/**
 * Line colours (fixed text; each reads on Mermaid's light and dark chart backgrounds): the series by the latest status — blue, orange
 * off target, red at the warning — then the target (green) and the warning
 * (amber) as constant lines. xychart-beta colours its plots from this palette
 * in order and names them in its legend.
 */
const seriesColours = { onTarget: '#1e88e5', offTarget: '#e65100', atWarning: '#c62828' } as const;
const targetColour = '#2e7d32';
const warningColour = '#f9a825';

/**
 * xychart-beta's title size; the chart grows from 720 px with its title or
 * its period labels, up to 1200 px, past which the KPI's name is cut and the
 * period labels give way to the first and last period. The axes and the
 * legend take about 160 px beside the plot.
 */
const titleFontSize = 20;
const chartWidths = { minimum: 720, maximum: 1200 } as const;
const besidePlot = 160;
/** xychart draws period labels at 14 px; digits and dashes are narrower than the average Latin letter. */
const periodFontSize = 12;

/** The KPIs that measure the same standards, drawn one after the other under the standards' names. */
interface KpiGroup {
    title: string;
    kpis: MeasuredKpiExport[];
}

/**
 * One line chart per KPI with data: its series over its periods, target and
 * warning as horizontal lines, the latest value and status in the title.
 * KPIs are grouped by the standards they measure; a KPI at its warning comes
 * first, then one off target, then the others in text order — and the
 * groups follow their first KPI.
 */
export function kpiDiagrams(service: ServiceModel, kpis: readonly MeasuredKpiExport[], texts: DiagramTexts): MermaidDiagram[] {
    return groupKpis(service, kpis, texts).flatMap(group => group.kpis.map(kpi => ({
        title: group.title,
        text: kpiChart(kpi, texts),
        view: 'performance' as const,
        nodes: {},
        lanes: []
    })));
}

function groupKpis(service: ServiceModel, kpis: readonly MeasuredKpiExport[], texts: DiagramTexts): KpiGroup[] {
    const textOrder = (kpi: MeasuredKpiExport): number => {
        const index = service.kpis.findIndex(candidate => candidate.name === kpi.name);
        return index < 0 ? service.kpis.length + kpis.indexOf(kpi) : index;
    };
    const ordered = [...kpis].sort((a, b) => urgency(a) - urgency(b) || textOrder(a) - textOrder(b));
    const groups = new Map<string, KpiGroup>();
    for (const kpi of ordered) {
        const standards = kpi.status.standards.map(entry => entry.standard);
        const key = JSON.stringify(standards);
        const group = groups.get(key) ?? { title: groupTitle(service, standards, texts), kpis: [] };
        group.kpis.push(kpi);
        groups.set(key, group);
    }
    return [...groups.values()];
}

/** 0 at the warning, 1 off target, 2 otherwise. */
function urgency(kpi: MeasuredKpiExport): number {
    if (kpi.status.atWarning) return 0;
    return kpi.status.offTarget ? 1 : 2;
}

/** `受理后24小时内上门 ≤ 24 h · 准时上门 ≥ 95 %`: each standard's name and target. */
function groupTitle(service: ServiceModel, standards: readonly string[], texts: DiagramTexts): string {
    if (standards.length === 0) return texts.kpisWithoutStandard;
    return standards.map(reference => {
        const standard = findStandard(service, reference);
        return standard ? [displayName(standard), standard.target?.text].filter(Boolean).join(' ') : reference;
    }).join(' · ');
}

/** A standard named as `Name` or `Service.Name`. */
function findStandard(service: ServiceModel, reference: string): StandardModel | undefined {
    return service.standards.find(standard => standard.name === reference || reference.endsWith(`.${standard.name}`));
}

/**
 * `AvgWait 平均等候 — 8.7 min (2026-10) · on target`: the KPI, its latest
 * value and period, its status. A name too long for the widest chart is cut
 * (`…`), never the figures after it.
 */
export function kpiHeading(kpi: MeasuredKpiExport, texts: DiagramTexts): string {
    const name = kpi.title?.trim() && kpi.title !== kpi.name ? `${kpi.name} ${kpi.title}` : kpi.name;
    const { latest } = kpi.status;
    const status = [statusOf(kpi, texts), kpi.status.worsening ? texts.kpiStatus.worsening : undefined].filter(Boolean);
    const figures = [` — ${withUnit(latest.value, kpi.unit)} (${latest.period})`, ...status].join(' · ');
    const room = chartWidths.maximum - 2 * titleFontSize - textWidth(figures, titleFontSize);
    return `${shorten(name, Math.max(room, 10 * titleFontSize), titleFontSize)}${figures}`;
}

/** At the warning, off target, on target; nothing for a KPI without target or warning to compare with. */
function statusOf(kpi: MeasuredKpiExport, texts: DiagramTexts): string | undefined {
    if (kpi.status.atWarning) return texts.kpiStatus.atWarning;
    if (kpi.status.offTarget) return texts.kpiStatus.offTarget;
    return kpi.target === undefined ? undefined : texts.kpiStatus.onTarget;
}

function withUnit(value: number, unit: string | undefined): string {
    return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}

/** A plot of the chart: a name for the legend, a colour, its values as the grammar writes them. */
interface Plot {
    kind: 'line' | 'bar';
    name: string;
    colour: string;
    values: string[];
}

function kpiChart(kpi: MeasuredKpiExport, texts: DiagramTexts): string {
    const values = kpi.series.map(point => point.value);
    const latest = values[values.length - 1];
    const single = values.length === 1;
    // A line of one point draws nothing: a single value is a bar, with its value written on it.
    const series: Plot = { kind: single ? 'bar' : 'line', name: texts.measuredSeries, colour: seriesColours[statusKey(kpi)], values: values.map(chartNumber) };
    // The latest value is written at its point.
    if (!single) series.values[values.length - 1] += ` ${chartString(formatNumber(latest))}`;
    const thresholds = [
        kpi.target === undefined ? undefined : { name: texts.kpiTarget(withUnit(kpi.target, kpi.unit)), colour: targetColour, value: kpi.target },
        kpi.warning === undefined ? undefined : { name: texts.kpiWarning(withUnit(kpi.warning, kpi.unit)), colour: warningColour, value: kpi.warning }
    ].filter(threshold => threshold !== undefined);
    // Lines need two points: beside a single value, target and warning are named on the value axis instead.
    const plots: Plot[] = [series, ...single ? [] : thresholds.map(threshold => ({
        kind: 'line' as const, name: threshold.name, colour: threshold.colour, values: values.map(() => chartNumber(threshold.value))
    }))];
    const axisTitle = [kpi.unit, ...single ? thresholds.map(threshold => threshold.name) : []].filter(Boolean).join(' · ');
    const range = valueRange([...values, ...thresholds.map(threshold => threshold.value)], kpi.unit);
    const heading = kpiHeading(kpi, texts);
    const periods = kpi.series.map(point => point.period);
    const labelsWidth = periods.length * Math.max(...periods.map(period => textWidth(period, periodFontSize))) + besidePlot;
    // Labels that would overlap are left out; the axis title then says which periods the line spans.
    const labelled = labelsWidth <= chartWidths.maximum;
    const width = Math.max(widthFor(heading, titleFontSize, chartWidths.minimum, chartWidths.maximum), labelled ? Math.round(labelsWidth) : 0);
    const span = labelled ? '' : `${chartString(`${periods[0]} – ${periods[periods.length - 1]}`)} `;
    return [
        ...chartConfig({ width, labelled, dataLabel: single }, plots.map(plot => plot.colour)),
        'xychart-beta',
        `    title ${chartString(heading)}`,
        `    x-axis ${span}[${periods.map(chartString).join(', ')}]`,
        `    y-axis ${axisTitle ? `${chartString(axisTitle)} ` : ''}${chartNumber(range.min)} --> ${chartNumber(range.max)}`,
        ...plots.map(plot => `    ${plot.kind} ${chartString(plot.name)} [${plot.values.join(', ')}]`)
    ].join('\n') + '\n';
}

function statusKey(kpi: MeasuredKpiExport): keyof typeof seriesColours {
    if (kpi.status.atWarning) return 'atWarning';
    return kpi.status.offTarget ? 'offTarget' : 'onTarget';
}

/**
 * Front matter (numbers and fixed text, never spec text): the size, a legend
 * naming the plots, their colours, the period labels unless they would
 * overlap, a bar's value written above it.
 */
function chartConfig(layout: { width: number; labelled: boolean; dataLabel: boolean }, palette: readonly string[]): string[] {
    return [
        '---',
        'config:',
        '  xyChart:',
        `    width: ${layout.width}`,
        '    height: 400',
        '    showLegend: true',
        ...layout.dataLabel ? ['    showDataLabel: true', '    showDataLabelOutsideBar: true'] : [],
        ...layout.labelled ? [] : ['    xAxis:', '      showLabel: false'],
        '  themeVariables:',
        '    xyChart:',
        `      plotColorPalette: "${palette.join(', ')}"`,
        '---'
    ];
}

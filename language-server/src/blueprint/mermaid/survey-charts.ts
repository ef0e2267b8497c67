import type { MeasuredSurveyExport } from '#protocol/measured-schema.js';
import { chartLine, chartNumber, chartString, unitCoordinate } from './chart-text.js';
import { shorten, textWidth, widthFor } from './chart-width.js';
import type { MermaidDiagram } from '#protocol/diagram.js';
import { displayName } from './step-text.js';
import { dimensionName, type DiagramTexts } from './texts.js';

type SurveyDimension = MeasuredSurveyExport['dimensions'][number];

/** Expectation amber, perception blue: apart in light and dark themes (fixed text). */
const expectationColour = '#ef6c00';
const perceptionColour = '#1e88e5';

/** Title sizes (radar-beta 16 px on a drawing about 850 px wide; quadrantChart 20 px on a chart 500 to 900 px wide): a longer survey title is cut. */
const radarTitle = { fontSize: 16, width: 800 } as const;
const quadrantTitle = { fontSize: 20, minimum: 500, maximum: 900 } as const;

/** A survey's SERVQUAL chart, and its importance–performance matrix when its rows give importance; nothing without answered dimensions. */
export function surveyDiagrams(survey: MeasuredSurveyExport, texts: DiagramTexts): MermaidDiagram[] {
    if (survey.dimensions.length === 0) return [];
    const title = displayName(survey);
    const weighted = survey.dimensions.filter(dimension => dimension.meanImportance !== undefined);
    return [
        { title, text: servqualRadar(survey, texts), view: 'performance', nodes: {}, lanes: [] },
        ...weighted.length > 0 ? [{ title, text: importanceMatrix(survey, weighted, texts), view: 'performance' as const, nodes: {}, lanes: [] }] : []
    ];
}

/** `−0.37`, `+0.53`, `0`: the gap P − E to two decimals (answers are whole points), with its sign. */
export function signedGap(gap: number): string {
    const shown = Math.abs(gap).toFixed(2).replace(/\.?0+$/, '');
    if (shown === '0' || shown === '') return '0';
    return `${gap > 0 ? '+' : '−'}${shown}`;
}

/**
 * Mean expectation and perception per dimension as two polygons of a
 * radar-beta chart (a legend names them; straight edges, not splines), the
 * gap written after each dimension's name. The centre sits a point below the
 * lowest mean, so gaps of tenths of a point stay visible; the rim is the
 * scale's top.
 */
function servqualRadar(survey: MeasuredSurveyExport, texts: DiagramTexts): string {
    const lowest = Math.min(...survey.dimensions.flatMap(dimension => [dimension.meanExpectation, dimension.meanPerception]));
    const centre = Math.max(0, Math.min(survey.scale - 1, Math.floor(lowest) - 1));
    const axes = survey.dimensions.map((dimension, index) => `d${index}[${chartString(`${dimensionName(dimension.dimension, texts)} (${signedGap(dimension.gap)})`)}]`);
    const values = (pick: (dimension: SurveyDimension) => number): string => survey.dimensions.map(dimension => chartNumber(round2(pick(dimension)))).join(', ');
    return [
        '---',
        'config:',
        '  radar:',
        '    width: 420',
        '    height: 420',
        '    marginLeft: 170',
        // The legend starts three quarters of the way to the right edge: room for "expectation (E)".
        '    marginRight: 260',
        '    marginTop: 70',
        '    marginBottom: 40',
        '    curveTension: 0',
        '  themeVariables:',
        `    cScale0: "${expectationColour}"`,
        `    cScale1: "${perceptionColour}"`,
        '    radar:',
        '      curveOpacity: 0.12',
        '---',
        'radar-beta',
        `    title ${chartLine(fitted(title => texts.servqualTitle(title, `${chartNumber(centre)}–${chartNumber(survey.scale)}`), displayName(survey), radarTitle.width, radarTitle.fontSize))}`,
        `    axis ${axes.join(', ')}`,
        `    curve e[${chartString(texts.expectation)}]{${values(dimension => dimension.meanExpectation)}}`,
        `    curve p[${chartString(texts.perception)}]{${values(dimension => dimension.meanPerception)}}`,
        `    max ${chartNumber(survey.scale)}`,
        `    min ${chartNumber(centre)}`,
        `    ticks ${Math.max(1, survey.scale - centre)}`,
        '    graticule polygon'
    ].join('\n') + '\n';
}

/**
 * Importance–performance analysis (Martilla & James) as a quadrantChart,
 * whose axes run from 0 to 1 with the cross at 0.5. x: importance, split at
 * the mean importance of the dimensions — each one's distance from that
 * mean, over the largest such distance, scaled to 0.1..0.9 (importance is
 * relative: points out of 100 or a rating alike). y: perception on the
 * answer scale, 1 → 0.05 and the scale's top → 0.95 (a point on the border
 * would sit on no quadrant), so the cross is the scale's middle. High
 * importance with low perception: concentrate here.
 */
function importanceMatrix(survey: MeasuredSurveyExport, weighted: readonly SurveyDimension[], texts: DiagramTexts): string {
    const importances = weighted.map(dimension => dimension.meanImportance!);
    const mean = importances.reduce((sum, value) => sum + value, 0) / importances.length;
    const spread = Math.max(...importances.map(value => Math.abs(value - mean)));
    const x = (importance: number): number => spread === 0 ? 0.5 : 0.5 + 0.4 * (importance - mean) / spread;
    const y = (perception: number): number => survey.scale <= 1 ? 0.5 : 0.05 + 0.9 * (perception - 1) / (survey.scale - 1);
    const title = fitted(texts.importanceTitle, displayName(survey), quadrantTitle.maximum - 2 * quadrantTitle.fontSize, quadrantTitle.fontSize);
    const width = widthFor(title, quadrantTitle.fontSize, quadrantTitle.minimum, quadrantTitle.maximum);
    return [
        '---',
        'config:',
        '  quadrantChart:',
        `    chartWidth: ${width}`,
        '    chartHeight: 500',
        '---',
        'quadrantChart',
        `    title ${chartLine(title)}`,
        `    x-axis ${chartString(texts.importanceAxis[0])} --> ${chartString(texts.importanceAxis[1])}`,
        `    y-axis ${chartString(texts.perceptionAxis[0])} --> ${chartString(texts.perceptionAxis[1])}`,
        `    quadrant-1 ${chartString(texts.quadrants.keepUp)}`,
        `    quadrant-2 ${chartString(texts.quadrants.overkill)}`,
        `    quadrant-3 ${chartString(texts.quadrants.lowPriority)}`,
        `    quadrant-4 ${chartString(texts.quadrants.concentrate)}`,
        ...weighted.map(dimension => `    ${chartString(dimensionName(dimension.dimension, texts))}: [${unitCoordinate(x(dimension.meanImportance!))}, ${unitCoordinate(y(dimension.meanPerception))}]`)
    ].join('\n') + '\n';
}

/** A title made of the survey's title and fixed words, the survey's title cut so that the whole fits `width`. */
function fitted(make: (survey: string) => string, survey: string, width: number, fontSize: number): string {
    const words = textWidth(make(''), fontSize);
    return make(shorten(survey, Math.max(width - words, 10 * fontSize), fontSize));
}

function round2(value: number): number {
    return Math.round(value * 100) / 100;
}

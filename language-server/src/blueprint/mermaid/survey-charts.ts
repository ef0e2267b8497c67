import type { MeasuredSurveyExport } from '../measured-schema.js';
import { chartLine, chartNumber, chartString, unitCoordinate } from './chart-text.js';
import type { MermaidDiagram } from './diagram.js';
import { displayName } from './step-text.js';
import { dimensionName, type DiagramTexts } from './texts.js';

type SurveyDimension = MeasuredSurveyExport['dimensions'][number];

/** Expectation amber, perception blue: apart in light and dark themes (fixed text). */
const expectationColour = '#ef6c00';
const perceptionColour = '#1e88e5';

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
        '    marginRight: 170',
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
        `    title ${chartLine(texts.servqualTitle(displayName(survey), `${chartNumber(centre)}–${chartNumber(survey.scale)}`))}`,
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
 * mean, over the largest such distance, scaled to 0.05..0.95 (importance is
 * relative: points out of 100 or a rating alike). y: perception on the
 * answer scale, 1 → 0 and the scale's top → 1, so the cross is the scale's
 * middle. High importance with low perception: concentrate here.
 */
function importanceMatrix(survey: MeasuredSurveyExport, weighted: readonly SurveyDimension[], texts: DiagramTexts): string {
    const importances = weighted.map(dimension => dimension.meanImportance!);
    const mean = importances.reduce((sum, value) => sum + value, 0) / importances.length;
    const spread = Math.max(...importances.map(value => Math.abs(value - mean)));
    const x = (importance: number): number => spread === 0 ? 0.5 : 0.5 + 0.45 * (importance - mean) / spread;
    const y = (perception: number): number => survey.scale <= 1 ? 0.5 : (perception - 1) / (survey.scale - 1);
    return [
        'quadrantChart',
        `    title ${chartLine(texts.importanceTitle(displayName(survey)))}`,
        `    x-axis ${chartString(texts.importanceAxis[0])} --> ${chartString(texts.importanceAxis[1])}`,
        `    y-axis ${chartString(texts.perceptionAxis[0])} --> ${chartString(texts.perceptionAxis[1])}`,
        `    quadrant-1 ${chartString(texts.quadrants.keepUp)}`,
        `    quadrant-2 ${chartString(texts.quadrants.overkill)}`,
        `    quadrant-3 ${chartString(texts.quadrants.lowPriority)}`,
        `    quadrant-4 ${chartString(texts.quadrants.concentrate)}`,
        ...weighted.map(dimension => `    ${chartString(dimensionName(dimension.dimension, texts))}: [${unitCoordinate(x(dimension.meanImportance!))}, ${unitCoordinate(y(dimension.meanPerception))}]`)
    ].join('\n') + '\n';
}

function round2(value: number): number {
    return Math.round(value * 100) / 100;
}

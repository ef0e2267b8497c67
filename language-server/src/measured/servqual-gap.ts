import type { Dimension } from '../generated/ast.js';
import { enumValues } from '../i18n/domain-glossary.js';
import { satisfies } from '../model/units.js';

/** One survey row; an answer left empty is undefined. */
export interface SurveyAnswer {
    dimension: Dimension;
    expectation?: number;
    perception?: number;
    importance?: number;
}

/** SERVQUAL gap 5 of one dimension over its answered rows. */
export interface DimensionGap {
    dimension: Dimension;
    /** Rows with both an expectation and a perception. */
    answered: number;
    meanExpectation: number;
    meanPerception: number;
    /** mean(perception) − mean(expectation): negative when customers got less than they expected. */
    gap: number;
    /** Over the answered rows that give an importance; undefined when none does. */
    meanImportance?: number;
}

/** `servqual-gap` fires for a gap below this many points. */
export const servqualGapThreshold = -1;

interface Sums { answered: number; expectation: number; perception: number; weighted: number; importance: number }

/** The gap of each dimension that has answered rows, in the order of the grammar. */
export function servqualGaps(answers: Iterable<SurveyAnswer>): DimensionGap[] {
    const sums = new Map<Dimension, Sums>();
    for (const { dimension, expectation, perception, importance } of answers) {
        // A row with an empty expectation or perception is an unanswered question.
        if (expectation === undefined || perception === undefined) continue;
        const sum = sums.get(dimension) ?? { answered: 0, expectation: 0, perception: 0, weighted: 0, importance: 0 };
        sum.answered++;
        sum.expectation += expectation;
        sum.perception += perception;
        if (importance !== undefined) {
            sum.weighted++;
            sum.importance += importance;
        }
        sums.set(dimension, sum);
    }
    return enumValues('Dimension').flatMap(dimension => {
        const sum = sums.get(dimension);
        if (!sum) return [];
        const meanExpectation = sum.expectation / sum.answered, meanPerception = sum.perception / sum.answered;
        return [{
            dimension, answered: sum.answered, meanExpectation, meanPerception, gap: meanPerception - meanExpectation,
            ...(sum.weighted > 0 ? { meanImportance: sum.importance / sum.weighted } : {})
        }];
    });
}

/** Whether a gap lies below −1.0 point; a gap of exactly −1.0 after rounding noise does not. */
export function isGapBelowThreshold(gap: number): boolean {
    return satisfies(gap, '<', servqualGapThreshold);
}

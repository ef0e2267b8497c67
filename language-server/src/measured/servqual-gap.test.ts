import { describe, expect, test } from 'vitest';
import type { Dimension } from '../generated/ast.js';
import { isGapBelowThreshold, servqualGaps, type SurveyAnswer } from './servqual-gap.js';

/** Rows of one dimension from parallel lists of expectations and perceptions. */
function rows(dimension: Dimension, expectations: Array<number | undefined>, perceptions: Array<number | undefined>): SurveyAnswer[] {
    return expectations.map((expectation, index) => ({ dimension, expectation, perception: perceptions[index] }));
}

describe('servqualGaps', () => {
    test('means and gap per dimension, in the order of the grammar', () => {
        const gaps = servqualGaps([...rows('tangibles', [5, 6], [6, 6]), ...rows('reliability', [7, 7, 6], [6, 7, 5])]);
        expect(gaps).toEqual([
            { dimension: 'reliability', answered: 3, meanExpectation: 20 / 3, meanPerception: 6, gap: 6 - 20 / 3 },
            { dimension: 'tangibles', answered: 2, meanExpectation: 5.5, meanPerception: 6, gap: 0.5 }
        ]);
    });

    test('a row with an empty expectation or perception is unanswered and skipped', () => {
        const [empathy] = servqualGaps(rows('empathy', [6, 7, undefined, 5], [5, undefined, 4, 5]));
        expect(empathy).toMatchObject({ answered: 2, meanExpectation: 5.5, meanPerception: 5, gap: -0.5 });
    });

    test('a dimension without answered rows has no gap', () => {
        expect(servqualGaps(rows('assurance', [undefined], [6]))).toEqual([]);
        expect(servqualGaps([])).toEqual([]);
    });

    test('mean importance over the answered rows that give one', () => {
        const [reliability] = servqualGaps([
            { dimension: 'reliability', expectation: 5, perception: 3, importance: 30 },
            { dimension: 'reliability', expectation: 5, perception: 4, importance: 20 },
            { dimension: 'reliability', expectation: 4, perception: 4 },
            { dimension: 'reliability', expectation: 4, importance: 90 }
        ]);
        expect(reliability).toMatchObject({ answered: 3, meanImportance: 25 });
        expect(servqualGaps(rows('empathy', [5], [4]))[0]).not.toHaveProperty('meanImportance');
    });
});

describe('isGapBelowThreshold', () => {
    test('strictly below −1.0 only', () => {
        expect(isGapBelowThreshold(-1.01)).toBe(true);
        expect(isGapBelowThreshold(-1)).toBe(false);
        expect(isGapBelowThreshold(-0.5)).toBe(false);
        expect(isGapBelowThreshold(0.8)).toBe(false);
    });

    test('a gap of exactly −1.0 computed from means is not below, though the floating-point difference is', () => {
        // mean(3, 4, 4) − mean(4, 5, 5) is −1.0000000000000004 in binary floating point.
        const [reliability] = servqualGaps(rows('reliability', [4, 5, 5], [3, 4, 4]));
        expect(reliability.gap).toBeLessThan(-1);
        expect(isGapBelowThreshold(reliability.gap)).toBe(false);
    });
});

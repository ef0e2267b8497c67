import { describe, expect, test } from 'vitest';
import { convertTime, timeText } from './time-values.js';

describe('time values for drafted targets', () => {
    test('a time is written in the largest whole unit, never below the time itself', () => {
        expect(timeText(2880)).toBe('2 d');
        expect(timeText(180)).toBe('3 h');
        expect(timeText(90)).toBe('90 min');
        expect(timeText(2.5)).toBe('150 s');
        expect(timeText(1 / 3)).toBe('20 s');
        expect(timeText(0.0125)).toBe('1 s');
    });

    test('converts between time units only', () => {
        expect(convertTime(2, 'h', 'min')).toBe(120);
        expect(convertTime(90, 's', 'min')).toBe(1.5);
        expect(convertTime(1, 'd', 'h')).toBe(24);
        expect(convertTime(5, '%', 'min')).toBeUndefined();
    });
});

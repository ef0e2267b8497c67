import { describe, expect, test } from 'vitest';
import { daysInMonth, isLeapYear, isoWeeksInYear } from './calendar.js';

describe('isLeapYear', () => {
    test.each([[2024, true], [2026, false], [2000, true], [1900, false], [2100, false]])('%i → %s', (year, leap) => {
        expect(isLeapYear(year)).toBe(leap);
    });
});

describe('daysInMonth', () => {
    test('February has 29 days in a leap year only', () => {
        expect(daysInMonth(2024, 2)).toBe(29);
        expect(daysInMonth(2026, 2)).toBe(28);
    });

    test('the other months', () => {
        expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(month => daysInMonth(2026, month)))
            .toEqual([31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    });
});

describe('isoWeeksInYear', () => {
    test.each([[2015, 53], [2020, 53], [2026, 53], [2032, 53], [2021, 52], [2024, 52], [2025, 52], [2027, 52]])('%i has %i weeks', (year, weeks) => {
        expect(isoWeeksInYear(year)).toBe(weeks);
    });

    test('agrees with Date: 53 weeks exactly when 1 January or 31 December is a Thursday', () => {
        const thursday = 4;
        for (let year = 1970; year <= 2200; year++) {
            const startsOrEndsOnThursday = new Date(Date.UTC(year, 0, 1)).getUTCDay() === thursday
                || new Date(Date.UTC(year, 11, 31)).getUTCDay() === thursday;
            expect(isoWeeksInYear(year), String(year)).toBe(startsOrEndsOnThursday ? 53 : 52);
        }
    });
});

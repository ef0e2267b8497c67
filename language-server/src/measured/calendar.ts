/** Proleptic Gregorian calendar arithmetic for periods; no `Date`, so no time zones and no two-digit-year quirks. */

export function isLeapYear(year: number): boolean {
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const daysOfMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
    return month === 2 && isLeapYear(year) ? 29 : daysOfMonth[month - 1];
}

/** 0 = Sunday … 6 = Saturday, of 31 December of `year`. */
function weekdayOfYearEnd(year: number): number {
    return (year + Math.floor(year / 4) - Math.floor(year / 100) + Math.floor(year / 400)) % 7;
}

/**
 * ISO 8601 weeks in `year`: 53 when the year starts or ends on a Thursday, else 52
 * (week 01 is the week with the year's first Thursday).
 */
export function isoWeeksInYear(year: number): 52 | 53 {
    const thursday = 4, wednesday = 3;
    return weekdayOfYearEnd(year) === thursday || weekdayOfYearEnd(year - 1) === wednesday ? 53 : 52;
}

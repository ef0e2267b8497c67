import type { Frequency } from '../generated/ast.js';
import { daysInMonth, isoWeeksInYear } from './calendar.js';
import { parsed, problem, type Parsed } from './parse-result.js';
import { quoteCell } from './quote-cell.js';

/** A period's granularity is named like the KPI `period` it must match. */
export type Granularity = Frequency;

/** A period of a data row; `weekly` counts ISO 8601 weeks of the ISO week-year `year`. */
export type Period =
    | { granularity: 'yearly'; year: number }
    | { granularity: 'quarterly'; year: number; quarter: number }
    | { granularity: 'monthly'; year: number; month: number }
    | { granularity: 'weekly'; year: number; week: number }
    | { granularity: 'daily'; year: number; month: number; day: number };

// `q` and `w` are accepted in lower case too, as header names are: exports and hand edits vary.
const periodPattern = /^(\d{4})(?:-(?:[Qq](\d)|[Ww](\d{2})|(\d{2})(?:-(\d{2}))?))?$/;

/** `2026`, `2026-Q3`, `2026-09`, `2026-W37` or `2026-09-14`, exactly (the table trims cells). */
export function parsePeriod(text: string): Parsed<Period> {
    const match = periodPattern.exec(text);
    // Quoted only for a problem: valid cells are the many.
    const cell = () => quoteCell(text);
    if (!match) {
        return problem(
            `${cell().en} is not a period: write 2026 (year), 2026-Q3 (quarter), 2026-09 (month), 2026-W37 (ISO week) or 2026-09-14 (day).`,
            `${cell().zh}不是有效的期间：请写成 2026（年）、2026-Q3（季度）、2026-09（月）、2026-W37（ISO 周）或 2026-09-14（日）。`);
    }
    const [, yearText, quarterText, weekText, monthText, dayText] = match;
    const year = Number(yearText);
    if (quarterText !== undefined) {
        const quarter = Number(quarterText);
        return quarter >= 1 && quarter <= 4
            ? parsed({ granularity: 'quarterly', year, quarter })
            : problem(`${cell().en}: a year has the quarters Q1 to Q4.`, `${cell().zh}：一年只有 Q1 到 Q4 四个季度。`);
    }
    if (weekText !== undefined) {
        const week = Number(weekText), weeks = isoWeeksInYear(year);
        return week >= 1 && week <= weeks
            ? parsed({ granularity: 'weekly', year, week })
            : problem(`${cell().en}: ${year} has the ISO weeks W01 to W${weeks}.`, `${cell().zh}：${year} 年的 ISO 周为 W01 到 W${weeks}。`);
    }
    if (monthText === undefined) return parsed({ granularity: 'yearly', year });
    const month = Number(monthText);
    if (month < 1 || month > 12) {
        return problem(`${cell().en}: there is no month ${monthText}; months are 01 to 12.`, `${cell().zh}：不存在 ${monthText} 月，月份为 01 到 12。`);
    }
    if (dayText === undefined) return parsed({ granularity: 'monthly', year, month });
    const day = Number(dayText), days = daysInMonth(year, month);
    return day >= 1 && day <= days
        ? parsed({ granularity: 'daily', year, month, day })
        : problem(`${cell().en} is not a date: ${yearText}-${monthText} has ${days} days.`, `${cell().zh}不是有效日期：${yearText}-${monthText} 只有 ${days} 天。`);
}

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** The period as a data file writes it: `2026-W07`, `2026-Q3`. */
export function formatPeriod(period: Period): string {
    const year = String(period.year).padStart(4, '0');
    switch (period.granularity) {
        case 'yearly': return year;
        case 'quarterly': return `${year}-Q${period.quarter}`;
        case 'monthly': return `${year}-${twoDigits(period.month)}`;
        case 'weekly': return `${year}-W${twoDigits(period.week)}`;
        case 'daily': return `${year}-${twoDigits(period.month)}-${twoDigits(period.day)}`;
    }
}

/** Year, then the position within the year, then the day, as one number: orders periods of one granularity, and tells them apart. */
export function periodOrder(period: Period): number {
    const position = period.granularity === 'yearly' ? 0
        : period.granularity === 'quarterly' ? period.quarter
        : period.granularity === 'weekly' ? period.week
        : period.month;
    return (period.year * 100 + position) * 100 + (period.granularity === 'daily' ? period.day : 0);
}

/**
 * Negative when `a` comes before `b`, 0 when they are the same period.
 * Periods of different granularities overlap and have no order: group by granularity first.
 */
export function comparePeriods(a: Period, b: Period): number {
    if (a.granularity !== b.granularity) {
        throw new RangeError(`A ${a.granularity} and a ${b.granularity} period have no order.`);
    }
    return periodOrder(a) - periodOrder(b);
}

/** The period right after `period`: after `2026-12` comes `2027-01`, after the last ISO week of a year week 01 of the next. */
export function nextPeriod(period: Period): Period {
    const { year } = period;
    switch (period.granularity) {
        case 'yearly': return { granularity: 'yearly', year: year + 1 };
        case 'quarterly': return period.quarter === 4
            ? { granularity: 'quarterly', year: year + 1, quarter: 1 }
            : { granularity: 'quarterly', year, quarter: period.quarter + 1 };
        case 'monthly': return period.month === 12
            ? { granularity: 'monthly', year: year + 1, month: 1 }
            : { granularity: 'monthly', year, month: period.month + 1 };
        case 'weekly': return period.week === isoWeeksInYear(year)
            ? { granularity: 'weekly', year: year + 1, week: 1 }
            : { granularity: 'weekly', year, week: period.week + 1 };
        case 'daily': {
            if (period.day < daysInMonth(year, period.month)) return { ...period, day: period.day + 1 };
            return period.month === 12
                ? { granularity: 'daily', year: year + 1, month: 1, day: 1 }
                : { granularity: 'daily', year, month: period.month + 1, day: 1 };
        }
    }
}

/** Whether `b` is the period right after `a` (never across granularities). */
export function areConsecutive(a: Period, b: Period): boolean {
    return a.granularity === b.granularity && comparePeriods(nextPeriod(a), b) === 0;
}

import { describe, expect, test } from 'vitest';
import { fileNameOf, formatDate, formatDuration, formatLeadTime, formatPercent } from './report-format.js';

describe('formatDuration', () => {
    test('seconds under a minute, minutes under two hours, hours under two days, then days', () => {
        expect(formatDuration(0.2353)).toBe('14.1 s');
        expect(formatDuration(0)).toBe('0 min');
        expect(formatDuration(8.562)).toBe('8.6 min');
        expect(formatDuration(102)).toBe('102 min');
        expect(formatDuration(200)).toBe('3.3 h');
        expect(formatDuration(1316.33)).toBe('21.9 h');
        expect(formatDuration(2985)).toBe('2.1 d');
    });

    test('a lead time in hours or days keeps its exact minutes beside it', () => {
        expect(formatLeadTime(102)).toBe('102 min');
        expect(formatLeadTime(3449.5)).toBe('2.4 d (3449.5 min)');
        expect(formatLeadTime(200)).toBe('3.3 h (200 min)');
    });
});

test('formatPercent: one decimal at most', () => {
    expect(formatPercent(8 / 9)).toBe('88.9%');
    expect(formatPercent(0.75)).toBe('75%');
    expect(formatPercent(1)).toBe('100%');
});

test('formatDate: the local calendar day', () => {
    expect(formatDate(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
});

test('fileNameOf: the decoded last segment of a URI', () => {
    expect(fileNameOf('file:///work/examples/%E9%97%A8%E8%AF%8A%20visit.svc')).toBe('门诊 visit.svc');
    expect(fileNameOf('file:///c%3A/specs/bad%ZZ.svc')).toBe('bad%ZZ.svc');
});

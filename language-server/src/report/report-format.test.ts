import { expect, test } from 'vitest';
import { fileNameOf, formatDate } from './report-format.js';

test('formatDate: the local calendar day', () => {
    expect(formatDate(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
});

test('fileNameOf: the decoded last segment of a URI', () => {
    expect(fileNameOf('file:///work/examples/%E9%97%A8%E8%AF%8A%20visit.svc')).toBe('门诊 visit.svc');
    expect(fileNameOf('file:///c%3A/specs/bad%ZZ.svc')).toBe('bad%ZZ.svc');
});

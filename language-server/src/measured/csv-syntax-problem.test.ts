import { CsvError } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { describeCsvError } from './csv-syntax-problem.js';

describe('describeCsvError', () => {
    test('a quote that is never closed', () => {
        expect(describeCsvError(new CsvError('CSV_QUOTE_NOT_CLOSED', 'Quote Not Closed')).en).toMatch(/^A quoted cell is never closed/);
    });

    test('any other failure keeps its own reason, in both languages', () => {
        expect(describeCsvError(new CsvError('CSV_UNKNOWN_ERROR', 'Boom'))).toEqual({
            en: 'The file is not valid CSV here: Boom', 'zh-CN': '此处不是有效的 CSV：Boom'
        });
        expect(describeCsvError(new RangeError('Invalid string length')).en).toBe('The file is not valid CSV here: Invalid string length');
    });
});

import { describe, expect, test } from 'vitest';
import { parseServqualDimension } from './servqual-dimensions.js';

describe('parseServqualDimension', () => {
    test.each([
        ['reliability', 'reliability'], ['responsiveness', 'responsiveness'], ['assurance', 'assurance'],
        ['empathy', 'empathy'], ['tangibles', 'tangibles'],
        ['可靠性', 'reliability'], ['响应性', 'responsiveness'], ['保证性', 'assurance'], ['移情性', 'empathy'], ['有形性', 'tangibles'],
        ['Reliability', 'reliability'], ['TANGIBLES', 'tangibles'], ['  empathy ', 'empathy'], [' 有形性\u3000', 'tangibles']
    ])('%j is %s', (text, dimension) => {
        expect(parseServqualDimension(text)).toEqual({ ok: true, value: dimension });
    });

    test('an unknown dimension lists the names to write, in both languages', () => {
        expect(parseServqualDimension('friendliness')).toEqual({
            ok: false,
            problem: {
                en: "'friendliness' is not a SERVQUAL dimension: write one of reliability, responsiveness, assurance, empathy, tangibles (or 可靠性, 响应性, 保证性, 移情性, 有形性).",
                'zh-CN': '“friendliness”不是 SERVQUAL 维度：请写以下之一：可靠性、响应性、保证性、移情性、有形性（或 reliability、responsiveness、assurance、empathy、tangibles）。'
            }
        });
    });

    test.each(['', 'reliable', '可靠', 'reliability,'])('%j is no dimension', text => {
        expect(parseServqualDimension(text).ok).toBe(false);
    });
});

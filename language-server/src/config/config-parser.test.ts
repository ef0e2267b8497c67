import { describe, expect, test } from 'vitest';
import { parseConfig } from './config-parser.js';

const place = (text: string, offset: number) => text.substring(offset, text.indexOf('"', offset + 1) + 1);

describe('parseConfig', () => {
    test('a valid config', () => {
        expect(parseConfig('{ "rules": { "dead-end-step": "error", "syntax-error": "warn" }, "locale": "zh-CN" }')).toEqual({
            config: { rules: { 'dead-end-step': 'error', 'syntax-error': 'warn' }, locale: 'zh-CN' },
            problems: []
        });
        expect(parseConfig('{}').problems).toEqual([]);
    });

    test('an unknown rule id is reported on its key, in both languages', () => {
        const text = '{ "rules": { "dead-end": "off" } }';
        const [problem, ...rest] = parseConfig(text).problems;
        expect(rest).toEqual([]);
        expect(place(text, problem.offset)).toBe('"dead-end"');
        expect(problem.message.en).toBe("Unknown rule id 'dead-end'. See docs/rules for the rule ids.");
        expect(problem.message['zh-CN']).toContain('未知的规则 ID “dead-end”');
    });

    test('a bad severity is reported on its value', () => {
        const text = '{ "rules": { "dead-end-step": "warning" } }';
        const [problem] = parseConfig(text).problems;
        expect(place(text, problem.offset)).toBe('"warning"');
        expect(problem.message.en).toBe(`Severity of 'dead-end-step' must be "off", "info", "warn" or "error", not "warning".`);
    });

    test('a bad locale, an unknown setting, a wrong type', () => {
        const messages = (text: string) => parseConfig(text).problems.map(problem => problem.message.en);
        expect(messages('{ "locale": "fr" }')).toEqual([`"locale" must be "en" or "zh-CN", not "fr".`]);
        expect(messages('{ "rule": {} }')).toEqual([`Unknown setting 'rule'; svc.config.json allows "rules" and "locale".`]);
        expect(messages('{ "rules": [] }')).toEqual(['rules must be an object.']);
        expect(messages('[]')).toEqual(['The file must be an object.']);
    });

    test('malformed JSON: trailing comma, comments, empty file — each with a place', () => {
        const trailing = parseConfig('{ "rules": {}, }');
        expect(trailing.config).toEqual({});
        expect(trailing.problems[0].message.en).toMatch(/^Malformed JSON: /);
        expect(trailing.problems[0].offset).toBe(15);
        expect(parseConfig('// comment\n{}').problems[0].message.en).toMatch(/^Malformed JSON/);
        expect(parseConfig('').problems[0].message.en).toMatch(/^Malformed JSON/);
        expect(parseConfig('{ "rules": { "dead-end-step": "error" ').problems.length).toBeGreaterThan(0);
    });
});

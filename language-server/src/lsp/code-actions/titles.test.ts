import { describe, expect, test } from 'vitest';
import { configurableRuleIds } from '../../validation/rules/index.js';
import { allQuickFixes } from './index.js';

const chinese = /[\u4e00-\u9fff]/;
const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map(match => match[1]).sort();

describe('quick fix titles and rules', () => {
    const templates = allQuickFixes.flatMap(fix => Object.entries(fix.titles)
        .map(([key, template]) => [`${fix.rules === 'every' ? 'every rule' : fix.rules.join(', ')}: ${key}`, template] as const));

    test.each(templates)('%s: written in English and Chinese, with the same placeholders', (_key, template) => {
        expect(template.en.trim()).not.toBe('');
        expect(template['zh-CN'].trim()).not.toBe('');
        expect(template.en).not.toMatch(chinese);
        expect(template['zh-CN']).toMatch(chinese);
        expect(placeholders(template['zh-CN'])).toEqual(placeholders(template.en));
    });

    test('fixes answer rule ids that exist', () => {
        for (const fix of allQuickFixes) {
            if (fix.rules !== 'every') for (const rule of fix.rules) expect(configurableRuleIds).toContain(rule);
        }
    });

    test('eighteen rules have a fix of their own; silencing the line answers every rule', () => {
        const fixed = allQuickFixes.flatMap(fix => fix.rules === 'every' ? [] : fix.rules);
        expect(fixed.sort()).toEqual([
            'customer-step-unserved', 'dead-end-step', 'fail-without-recovery', 'feedback-unmapped', 'frontstage-without-standard', 'invalid-threshold',
            'kpi-incomplete', 'moment-unmeasured', 'no-feedback-channel', 'servqual-coverage', 'soft-standard-log-measured', 'stage-without-customer-action',
            'standard-incomplete', 'standard-unmeasured', 'touchpoint-without-evidence', 'unit-mismatch', 'unresolved-reference',
            'wait-without-standard'
        ]);
        expect(allQuickFixes.filter(fix => fix.rules === 'every')).toHaveLength(1);
    });
});

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { allRules, builtInRules, configurableRuleIds } from './index.js';

const repo = resolve(import.meta.dirname, '../../../..');

// That the catalog equals LANGUAGE.md's is checked by npm run test:conformance (test/conformance/rule-catalog.test.ts).
describe('the rule catalog', () => {
    test('every rule lives in the file named after its id', () => {
        for (const rule of allRules) {
            expect(existsSync(resolve(import.meta.dirname, `${rule.id}.ts`)), rule.id).toBe(true);
            expect(existsSync(resolve(import.meta.dirname, `${rule.id}.test.ts`)), `${rule.id} has a test`).toBe(true);
        }
    });

    test('every rule and built-in id has English and Chinese text and a documentation page', () => {
        for (const rule of allRules) {
            expect(rule.description.en.length, rule.id).toBeGreaterThan(10);
            expect(rule.description['zh-CN'], rule.id).toMatch(/[\u4e00-\u9fff]/);
            expect(typeof rule.message.en, rule.id).toBe('function');
            expect(typeof rule.message['zh-CN'], rule.id).toBe('function');
        }
        for (const [id, description] of Object.entries(builtInRules)) {
            expect(description['zh-CN'], id).toMatch(/[\u4e00-\u9fff]/);
        }
        for (const id of configurableRuleIds) {
            expect(existsSync(resolve(repo, `docs/rules/${id}.md`)), `docs/rules/${id}.md`).toBe(true);
        }
        // 27 rules of language 1.0, 8 measured-data rules of 1.1, syntax-error and unresolved-reference.
        expect(configurableRuleIds).toHaveLength(37);
    });

    test('the docs index links every rule page', () => {
        const index = readFileSync(resolve(repo, 'docs/rules/README.md'), 'utf-8');
        for (const id of configurableRuleIds) expect(index, id).toContain(`(${id}.md)`);
    });
});

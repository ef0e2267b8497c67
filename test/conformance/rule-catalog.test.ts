import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { languageOneZeroRules, measuredDataRules } from '../../language-server/src/validation/rules/index.js';
import { corpusRoot } from '../helpers/corpus.js';

const language = readFileSync(join(corpusRoot, 'LANGUAGE.md'), 'utf-8');

/** `[rule id, default severity]` of each row of the rule tables in a part of LANGUAGE.md. */
function catalogRows(text: string): string[][] {
    return [...text.matchAll(/^\| `([a-z-]+)` \| (error|warn|info) \|/gm)].map(match => [match[1], match[2]]);
}

describe('the rule catalog against LANGUAGE.md', () => {
    test('the rules of language 1.0, in the order and with the default severities of its table', () => {
        const [languageOneZero] = language.split(/^Measured-data rules \(language 1\.1\)/m);
        const table = catalogRows(languageOneZero);
        expect(table).toHaveLength(27);
        expect(languageOneZeroRules.map(rule => [rule.id, rule.severity])).toEqual(table);
    });

    test('the measured-data rules built so far stand in the table of language 1.1, with its default severities', () => {
        const [, languageOneOne] = language.split(/^Measured-data rules \(language 1\.1\)/m);
        const table = catalogRows(languageOneOne).map(row => row.join(':'));
        for (const rule of measuredDataRules) expect(table).toContain(`${rule.id}:${rule.severity}`);
    });
});

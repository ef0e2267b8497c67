import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { isService, type Model, type Service } from '../generated/ast.js';
import { stringLiteral } from '../lsp/code-actions/text-layout.js';
import { SvcFormatter } from '../lsp/formatting/svc-formatter.js';
import { createNodeSvcServices } from '../svc-node-services.js';
import { stringValue } from './svc-value-converter.js';

const { Svc } = createNodeSvcServices(EmptyFileSystem);
const parse = parseHelper<Model>(Svc);

/** The service of a one-service file that must parse without errors. */
async function serviceOf(text: string): Promise<Service> {
    const { parseResult } = await parse(text);
    expect([...parseResult.lexerErrors, ...parseResult.parserErrors].map(error => error.message)).toEqual([]);
    const service = parseResult.value.elements.find(isService);
    if (!service) throw new Error('no service');
    return service;
}

describe('string values', () => {
    test('\\" and \\\\ are the escapes', async () => {
        const service = await serviceOf(String.raw`service S "say \"hi\" \\ bye" { }`);
        expect(service.title).toBe('say "hi" \\ bye');
    });

    test('any other backslash is kept as written: nothing is dropped, no control or bidi character appears', async () => {
        const service = await serviceOf(String.raw`service S "abc\u202e" { description "tab\tnew\nline\0" }`);
        expect(service.title).toBe(String.raw`abc\u202e`);
        expect(service.description).toBe(String.raw`tab\tnew\nline\0`);
        expect(`${service.title}${service.description}`).not.toMatch(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069]/);
    });

    test('a backslash written as \\\\ means the same as one kept as written', async () => {
        expect(stringValue(String.raw`"C:\\data\\kpi.csv"`)).toBe(String.raw`C:\data\kpi.csv`);
        expect(stringValue(String.raw`"C:\data\kpi.csv"`)).toBe(String.raw`C:\data\kpi.csv`);
        expect(stringValue(String.raw`"ends with \\"`)).toBe('ends with \\');
    });

    test('the literals that quick fixes write read back as the text they were given', () => {
        for (const text of ['plain', 'say "hi"', String.raw`abc\u202e`, String.raw`\\ and \" and \n`, '服务“网点”']) {
            expect(stringValue(stringLiteral(text))).toBe(text);
        }
    });
});

describe('formatting keeps strings as written', () => {
    test('unknown escapes survive formatting unchanged, and so does their value', async () => {
        const text = String.raw`service S   "abc\u202e" {
      description    "a\tb \"q\" \\ c\x"
}
`;
        const formatted = new SvcFormatter(Svc).formattedText(await parse(text));
        expect(formatted).toBe(String.raw`service S "abc\u202e" {
  description "a\tb \"q\" \\ c\x"
}
`);
        const before = await serviceOf(text);
        const after = await serviceOf(formatted!);
        expect([after.title, after.description]).toEqual([before.title, before.description]);
        expect(after.description).toBe(String.raw`a\tb "q" \ c\x`);
    });
});

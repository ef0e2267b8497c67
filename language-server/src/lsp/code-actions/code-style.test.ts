import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { applyFix, offeredFixes } from '../../../../test/helpers/quick-fix-kit.js';
import { createNodeSvcServices } from '../../svc-node-services.js';
import { codeStyleOf } from './code-style.js';
import { elementLines } from './element-draft.js';

const styleOf = async (text: string) => codeStyleOf(await parseHelper(createNodeSvcServices(EmptyFileSystem).Svc)(text));

describe('the style of a file, as fixes read it', () => {
    test('one-line blocks against blocks written open; empty blocks and containers do not count; a tie is open', async () => {
        const oneLine = 'service S {\n  standard A { dimension empathy }\n  process P {\n    step X { next end }\n    step Y { }\n  }\n}\n';
        expect((await styleOf(oneLine)).oneLine).toBe(true);
        expect((await styleOf(oneLine.replace('{ next end }', '{\n      next end\n    }'))).oneLine).toBe(false);
        expect((await styleOf('service S {\n  process P {\n    step Y { }\n  }\n}\n')).oneLine).toBe(false);
    });

    test('the indentation the file uses, two spaces when it shows none', async () => {
        expect((await styleOf('service S {\n\tstandard A {\n\t\tdimension empathy\n\t}\n}\n')).indent).toBe('\t');
        expect((await styleOf('service S {\n    standard A {\n        dimension empathy\n    }\n}\n')).indent).toBe('    ');
        expect((await styleOf('service S { }\n')).indent).toBe('  ');
    });

    test('Chinese names make Chinese names and titles; Chinese titles make Chinese titles only', async () => {
        expect(await styleOf('service 开户 {\n  actor 柜员 frontstage\n}\n')).toMatchObject({ chineseNames: true, language: 'zh-CN' });
        expect(await styleOf('service Open "开户" {\n  actor Teller "柜员" frontstage\n}\n')).toMatchObject({ chineseNames: false, language: 'zh-CN' });
        expect(await styleOf('service Open "Account opening" {\n  actor Teller "柜员" frontstage\n}\n')).toMatchObject({ chineseNames: false, language: 'en' });
    });

    test('an element drafted once is laid out on one line or one property per line', () => {
        const draft = { keyword: 'step', name: 'A', title: 'say "hi"', tail: 'by B', properties: ['wait 2 min', 'next end'] };
        expect(elementLines(draft, { oneLine: true, indent: '  ', chineseNames: false, language: 'en' })).toEqual(['step A "say \\"hi\\"" by B { wait 2 min next end }']);
        expect(elementLines(draft, { oneLine: false, indent: '\t', chineseNames: false, language: 'en' })).toEqual(['step A "say \\"hi\\"" by B {', '\twait 2 min', '\tnext end', '}']);
        expect(elementLines({ keyword: 'actor', name: 'B', tail: 'frontstage' }, { oneLine: true, indent: '  ', chineseNames: false, language: 'en' })).toEqual(['actor B frontstage']);
    });

    test('a fix indents what it inserts as the file does', async () => {
        const tabbed = 'service Desk {\n\tprocess P {\n\t\tstep A {\n\t\t\tnext end\n\t\t}\n\t}\n}\n';
        const applied = await applyFix(await offeredFixes(tabbed, { rule: 'no-feedback-channel' }), "Add survey feedback 'F_Survey'");
        expect(applied.text).toBe('service Desk {\n\tprocess P {\n\t\tstep A {\n\t\t\tnext end\n\t\t}\n\t}\n\tfeedback F_Survey "Customer survey" {\n\t\tchannel survey\n\t}\n}\n');
    });
});

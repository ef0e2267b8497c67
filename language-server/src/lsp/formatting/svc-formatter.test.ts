import { EmptyFileSystem } from 'langium';
import { expectFormatting, parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { createNodeSvcServices } from '../../svc-node-services.js';
import { SvcFormatter } from './svc-formatter.js';

const { Svc } = createNodeSvcServices({ ...EmptyFileSystem });
const formatting = expectFormatting(Svc);

/** Formats `before` (which must parse: a file with syntax errors is left alone) and expects `after`. */
async function expectFormatted(before: string, after: string): Promise<void> {
    const { parseResult } = await parseHelper(Svc)(before);
    expect([...parseResult.lexerErrors, ...parseResult.parserErrors].map(error => error.message)).toEqual([]);
    await formatting({ before, after, disposeAfterCheck: true });
}

describe('layout', () => {
    test('two-space indentation and one property per line in multi-line blocks', async () => {
        await expectFormatted(
            'service S {\n\tactor A "a"   customer\n        standard Std {\n  dimension  empathy   kind soft\n      owner A }\n}\n',
            'service S {\n  actor A "a" customer\n  standard Std {\n    dimension empathy\n    kind soft\n    owner A\n  }\n}\n'
        );
    });

    test('editor tab settings do not change the canonical indentation', async () => {
        await formatting({
            before: 'service S {\nactor A customer\n}',
            after: 'service S {\n  actor A customer\n}\n',
            options: { tabSize: 8, insertSpaces: false },
            disposeAfterCheck: true
        });
    });

    test('a block written on one line stays on one line; a multi-line one stays multi-line', async () => {
        await expectFormatted(
            'service S {\n  process P {\n    step A   by X {  duration 2 min   next B }\n    step B {\n      next end\n    }\n  }\n}\n',
            'service S {\n  process P {\n    step A by X { duration 2 min next B }\n    step B {\n      next end\n    }\n  }\n}\n'
        );
    });

    test('nested one-line blocks stay on one line when the whole line fits', async () => {
        await expectFormatted(
            'service S { process P { step A { next end } } }',
            'service S { process P { step A { next end } } }\n'
        );
    });

    test('a one-line block that does not fit in 100 columns is written one property per line', async () => {
        const fits = `standard S "${'x'.repeat(73)}" { kind hard }`;
        expect(fits).toHaveLength(100);
        await expectFormatted(fits, `${fits}\n`);
        const tooLong = `standard S "${'x'.repeat(74)}" { kind hard }`;
        await expectFormatted(tooLong, `standard S "${'x'.repeat(74)}" {\n  kind hard\n}\n`);
    });

    test('Chinese text counts two columns a character', async () => {
        const title = '中'.repeat(37); // 64 characters, 101 columns
        await expectFormatted(`standard S "${title}" { kind hard }`, `standard S "${title}" {\n  kind hard\n}\n`);
        const shorter = '中'.repeat(36); // 99 columns
        await expectFormatted(`standard S "${shorter}" { kind hard }`, `standard S "${shorter}" { kind hard }\n`);
        const source = '源'.repeat(42); // inside the block: 103 columns
        await expectFormatted(`kpi K { source "${source}" }`, `kpi K {\n  source "${source}"\n}\n`);
    });

    test('only the outer block is opened when the inner ones then fit', async () => {
        const step = `step A "${'步'.repeat(30)}" { next end }`;
        await expectFormatted(
            `service S "${'流'.repeat(20)}" { process P { ${step} } }`,
            `service S "${'流'.repeat(20)}" {\n  process P { ${step} }\n}\n`
        );
    });

    test('measured data stays on one line, one space between its tokens, each item on its own line', async () => {
        await expectFormatted(
            'measurements  Yearly\n  from   "data/kpi.csv"\nservice S {  measurements M "月报"  from "m.csv" survey Q from\n"q.csv"   scale 5\n}',
            'measurements Yearly from "data/kpi.csv"\nservice S {\n  measurements M "月报" from "m.csv"\n  survey Q from "q.csv" scale 5\n}\n'
        );
    });

    test('empty blocks become { }', async () => {
        await expectFormatted('service S {\n  process P {}\n  feedback F {\n\n  }\n}', 'service S {\n  process P { }\n  feedback F { }\n}\n');
    });

    test('tokens: one space between, none before a comma or around the dot of a qualified name', async () => {
        await expectFormatted(
            'service S{process P{step A{standard X ,Y,\tS . Z next S.B when "是"  ,end}}}',
            'service S { process P { step A { standard X, Y, S.Z next S.B when "是", end } } }\n'
        );
    });

    test('an opening brace on its own line joins its header; full-width spaces become spaces', async () => {
        await expectFormatted('service\u3000S\n{\n  actor A customer\n}', 'service S {\n  actor A customer\n}\n');
    });

    test('inline elements: actors, systems and promises keep their header on one line', async () => {
        await expectFormatted(
            'service S {\n  actor\n    A "客户"\n    customer\n  promise P "承诺" <=\n 20 min\n}',
            'service S {\n  actor A "客户" customer\n  promise P "承诺" <= 20 min\n}\n'
        );
    });
});

describe('blank lines', () => {
    test('at most one blank line is kept where the author left some, none added', async () => {
        await expectFormatted(
            'actor A customer\n\n\n\nactor B customer\nactor C customer\n\n  \nservice S {\n  actor D customer\n\n\n  actor E customer\n  actor F customer\n}\n',
            'actor A customer\n\nactor B customer\nactor C customer\n\nservice S {\n  actor D customer\n\n  actor E customer\n  actor F customer\n}\n'
        );
    });

    test('none at the start and end of the file, right after { or before }', async () => {
        await expectFormatted(
            '\n\n\nservice S {\n\n  actor A customer\n\n}\n\n\n',
            'service S {\n  actor A customer\n}\n'
        );
    });

    test('an empty file stays empty', async () => {
        await expectFormatted('  \n\n', '');
    });
});

describe('comments', () => {
    test('a trailing comment stays after its token, one space away', async () => {
        await expectFormatted(
            'service S {           // the service\n  actor A customer          // the customer\n  promise P <= 5 min// short\n}',
            'service S { // the service\n  actor A customer // the customer\n  promise P <= 5 min // short\n}\n'
        );
    });

    test('comments on their own line stay there, indented like what follows; blank lines around them are kept', async () => {
        await expectFormatted(
            '// header\n\n/** The service. */\nservice S {\n        // actors\n  actor A customer\n\n      // standards next\n  standard X { kind hard }\n     // last words\n}\n// end\n',
            '// header\n\n/** The service. */\nservice S {\n  // actors\n  actor A customer\n\n  // standards next\n  standard X { kind hard }\n  // last words\n}\n// end\n'
        );
    });

    test('block comments between tokens stay inline, also in a one-line block', async () => {
        await expectFormatted(
            'service S { process P { step A /* no performer yet */ { next /*first*/ B ,  /* or */ end } } }',
            'service S { process P { step A /* no performer yet */ { next /*first*/ B, /* or */ end } } }\n'
        );
    });

    test('a line comment inside an item keeps its line break; the item goes on one level deeper', async () => {
        await expectFormatted(
            'service S {\n  process P {\n    step A "取号" // who?\n by C {\n      next B, // first choice\n      C\n    }\n  }\n}',
            'service S {\n  process P {\n    step A "取号" // who?\n      by C {\n      next B, // first choice\n        C\n    }\n  }\n}\n'
        );
    });

    test('a comment after { stays there and the block is not joined', async () => {
        await expectFormatted(
            'standard S { // why\n  kind hard }',
            'standard S { // why\n  kind hard\n}\n'
        );
    });

    test('a block comment after { is trailing; the first property goes on its own line', async () => {
        await expectFormatted('standard S { /* why */ kind hard\n}', 'standard S { /* why */\n  kind hard\n}\n');
    });

    test('a comment that leads its line keeps the token after it on that line', async () => {
        await expectFormatted('standard S {\n     /* first */   kind hard\n}', 'standard S {\n  /* first */ kind hard\n}\n');
    });

    test('doc comments keep their element; stars of a doc comment line up wherever it moves', async () => {
        await expectFormatted(
            'service S {\n/**\n       * The customer.\n       */\nactor A customer\n}',
            'service S {\n  /**\n   * The customer.\n   */\n  actor A customer\n}\n'
        );
    });

    test('other multi-line comments are kept exactly as written', async () => {
        await expectFormatted(
            'service S {\n/* keep\n      this   shape */\nactor A customer\n}',
            'service S {\n  /* keep\n      this   shape */\n  actor A customer\n}\n'
        );
    });
});

describe('svc-disable-next-line', () => {
    test('the line a suppression names keeps its pieces together, however long', async () => {
        const long = `step A "${'长'.repeat(45)}" by C { evidence "单" fail "x" next end }`;
        await expectFormatted(
            `service S { process P {\n// svc-disable-next-line fail-without-recovery\n${long}\nstep B { evidence "单" fail "y" }\n} }`,
            `service S {\n  process P {\n    // svc-disable-next-line fail-without-recovery\n    ${long}\n    step B { evidence "单" fail "y" }\n  }\n}\n`
        );
    });

    test('nothing joins the named line, and items on it are not split', async () => {
        await expectFormatted(
            'standard S {\n// svc-disable-next-line\n  kind hard   method audit\n  // svc-disable-next-line\n  owner\n  X\n}',
            'standard S {\n  // svc-disable-next-line\n  kind hard method audit\n  // svc-disable-next-line\n  owner\n    X\n}\n'
        );
    });
});

describe('safety', () => {
    test('a file with syntax errors gets no edits', async () => {
        const document = await parseHelper(Svc)('service S {\n    actor A "a" customer\n  standard X { kind }\n');
        expect(document.parseResult.parserErrors.length).toBeGreaterThan(0);
        expect(await Svc.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 2, insertSpaces: true } })).toEqual([]);
        expect((Svc.lsp.Formatter as SvcFormatter).formattedText(document)).toBeUndefined();
    });

    test('a file with an unknown character gets no edits', async () => {
        const document = await parseHelper(Svc)('service S {  actor A customer } §');
        expect(document.parseResult.lexerErrors.length).toBeGreaterThan(0);
        expect(await Svc.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 2, insertSpaces: true } })).toEqual([]);
    });

    test('Windows line breaks are kept', async () => {
        const document = await parseHelper(Svc)('service S {\r\n    actor A customer\r\n\r\n\r\n}\r\n');
        expect((Svc.lsp.Formatter as SvcFormatter).formattedText(document)).toBe('service S {\r\n  actor A customer\r\n}\r\n');
    });

    test('on-type formatting is not offered', () => {
        expect(Svc.lsp.Formatter!.formatOnTypeOptions).toBeUndefined();
    });
});

describe('range formatting', () => {
    test('only the selected lines change', async () => {
        await formatting({
            before: 'service S {\n      actor A   customer\n      actor B   customer\n      actor C   customer\n}',
            range: { start: { line: 2, character: 0 }, end: { line: 2, character: 30 } },
            after: 'service S {\n      actor A   customer\n  actor B customer\n      actor C   customer\n}',
            disposeAfterCheck: true
        });
    });
});

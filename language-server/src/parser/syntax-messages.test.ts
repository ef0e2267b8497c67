import { describe, expect, test } from 'vitest';
import { diagnose } from '../../../test/helpers/diagnose.js';

const syntaxErrors = async (text: string, locale: 'en' | 'zh-CN' = 'en') =>
    (await diagnose(text, locale)).filter(diagnostic => diagnostic.rule === 'syntax-error').map(({ line, column, message }) => ({ line, column, message }));

describe('syntax error messages', () => {
    test('a missing name says "a name", not every keyword', async () => {
        expect(await syntaxErrors('service S {\n  actor "客户" customer\n}\n')).toEqual([
            { line: 2, column: 9, message: 'Expecting a name but found `"客户"`.' }
        ]);
        expect((await syntaxErrors('service S {\n  actor "客户" customer\n}\n', 'zh-CN'))[0].message).toBe('此处应为名称，却出现了 `"客户"`。');
    });

    test('a missing lane lists the lanes', async () => {
        const [error] = await syntaxErrors('service S {\n  actor A "a" lobby\n}\n');
        expect(error.message).toBe("Expecting 'customer', 'frontstage', 'backstage' or 'support' but found `lobby`.");
    });

    test('full-width punctuation gets the half-width character to type', async () => {
        const [error] = await syntaxErrors('service S {\n  kpi K "k" { measures A，B }\n}\n');
        expect(error).toEqual({ line: 2, column: 25, message: "Unexpected character '，': full-width punctuation is not part of the syntax; type ',' instead." });
        const [chinese] = await syntaxErrors('service S {\n  kpi K "k" { measures A，B }\n}\n', 'zh-CN');
        expect(chinese.message).toBe('无法识别的字符“，”：语法中不使用全角标点，请改用半角的 ,。');
    });

    test('a unit written in Chinese gets the unit keyword', async () => {
        const [error] = await syntaxErrors('standard Q "q" { target <= 5 分钟 }\n');
        expect(error.message).toContain("Write the unit as 'min'");
        const [chinese] = await syntaxErrors('standard Q "q" { target <= 5 小时 }\n', 'zh-CN');
        expect(chinese.message).toContain('单位请写作 h');
    });

    test('an unclosed block names the end of the file', async () => {
        const [error] = await syntaxErrors('service S {\n  actor A "a" customer\n');
        expect(error.message).toBe("Expecting '}' but found the end of the file.");
    });
});

import { describe, expect, test } from 'vitest';
import { ResponseError } from 'vscode-languageserver';
import type { Locale } from '#protocol/locale.js';
import { applyEdit, openWorkspace, uriOf, type TestWorkspace } from '../../../../test/helpers/editor-workspace.js';

async function rename(workspace: TestWorkspace, file: string, fragment: string, newName: string, at = 0) {
    const params = { textDocument: { uri: uriOf(file) }, position: workspace.position(file, fragment, { at }), newName };
    return applyEdit(workspace, await workspace.svc.lsp.RenameProvider!.rename(workspace.documents[file], params));
}

/** The localized reason a rename is refused, or a failure when it is not refused. */
async function refusal(files: Record<string, string>, file: string, fragment: string, newName: string, locale: Locale = 'en'): Promise<string> {
    const workspace = await openWorkspace(files, locale);
    try {
        await rename(workspace, file, fragment, newName);
    } catch (error) {
        expect(error).toBeInstanceOf(ResponseError);
        return (error as ResponseError<unknown>).message;
    }
    throw new Error(`renaming '${fragment}' to '${newName}' was not refused`);
}

const bank = `service Bank {
  actor Teller "柜员" frontstage
  standard Fast { owner Bank.Teller }
  kpi Speed { measures Fast }
  process P { step Verify by Teller { standard Fast next end } }
}`;
const audit = `kpi Reuse { measures Bank.Fast owner Bank . Teller }
service Audit {
  capacity C { serves Bank.Verify standard Bank./* the bank's */Fast }
}`;

describe('rename across files', () => {
    test('a member renames its plain and its Service.Member references, keeping the qualifier', async () => {
        const workspace = await openWorkspace({ 'bank.svc': bank, 'audit.svc': audit });
        expect(await rename(workspace, 'bank.svc', 'Fast', 'Quick')).toEqual({
            'bank.svc': bank.replaceAll('Fast', 'Quick'),
            'audit.svc': audit.replaceAll('Fast', 'Quick')
        });
    });

    test('started from a reference in another file', async () => {
        const workspace = await openWorkspace({ 'bank.svc': bank, 'audit.svc': audit });
        expect(await rename(workspace, 'audit.svc', 'Teller', '柜员', 2)).toEqual({
            'bank.svc': bank.replaceAll(' Teller', ' 柜员').replace('Bank.Teller', 'Bank.柜员'),
            'audit.svc': audit.replace('Teller', '柜员')
        });
    });

    test('a service renames the Service part of every Service.Member', async () => {
        const workspace = await openWorkspace({ 'bank.svc': bank, 'audit.svc': audit });
        const expected = { 'bank.svc': bank.replaceAll('Bank', '银行'), 'audit.svc': audit.replaceAll('Bank.', '银行.').replace('Bank .', '银行 .') };
        expect(await rename(workspace, 'bank.svc', 'Bank', '银行')).toEqual(expected);
        // Started from the `Bank` of `Bank.Fast`, it is the service that is renamed, not the standard.
        const again = await openWorkspace({ 'bank.svc': bank, 'audit.svc': audit });
        expect(await rename(again, 'audit.svc', 'Bank.Fast', '银行', 1)).toEqual(expected);
    });

    test('a top-level element and its uses in services of other files', async () => {
        const library = 'actor 礼宾员 "礼宾员" frontstage\nstandard 微笑服务 { owner 礼宾员 }';
        const hotel = 'service Hotel {\n  owner 礼宾员\n  process P { step Greet by 礼宾员 { standard 微笑服务 next end } }\n}';
        const workspace = await openWorkspace({ 'library.svc': library, 'hotel.svc': hotel });
        expect(await rename(workspace, 'hotel.svc', '礼宾员', '大堂经理', 1)).toEqual({
            'library.svc': library.replaceAll('礼宾员 ', '大堂经理 ').replace('owner 礼宾员', 'owner 大堂经理'),
            'hotel.svc': hotel.replaceAll('礼宾员', '大堂经理')
        });
    });

    test('to a keyword that may name an element', async () => {
        const workspace = await openWorkspace({ 'spec.svc': 'service S { process P { step A { next B } step B { next end } } }' });
        expect(await rename(workspace, 'spec.svc', 'B {', 'wait')).toEqual({ 'spec.svc': 'service S { process P { step A { next wait } step wait { next end } } }' });
    });
});

describe('prepare rename', () => {
    const spec = 'service S {\n  actor 柜员 "t" frontstage\n  process P { step A by 柜员 { next Missing } }\n}';

    test('offers the name under the cursor, at a declaration and at a reference', async () => {
        const workspace = await openWorkspace({ 'spec.svc': spec });
        const prepare = (fragment: string, occurrence = 0) => workspace.svc.lsp.RenameProvider!.prepareRename(workspace.documents['spec.svc'],
            { textDocument: { uri: uriOf('spec.svc') }, position: workspace.position('spec.svc', fragment, { occurrence, at: 1 }) });
        const start = workspace.position('spec.svc', '柜员', { occurrence: 1 });
        expect(await prepare('柜员', 1)).toEqual({ start, end: { line: start.line, character: start.character + 2 } });
        expect(await prepare('柜员')).toEqual({ start: workspace.position('spec.svc', '柜员'), end: workspace.position('spec.svc', '柜员', { at: 2 }) });
    });

    test('offers nothing on a keyword, a string or an unresolved name', async () => {
        const workspace = await openWorkspace({ 'spec.svc': spec });
        const prepare = (fragment: string) => workspace.svc.lsp.RenameProvider!.prepareRename(workspace.documents['spec.svc'],
            { textDocument: { uri: uriOf('spec.svc') }, position: workspace.position('spec.svc', fragment, { at: 1 }) });
        expect(await prepare('frontstage')).toBeUndefined();
        expect(await prepare('"t"')).toBeUndefined();
        expect(await prepare('Missing')).toBeUndefined();
    });
});

describe('a new name is refused, with the reason in the editor language', () => {
    const spec = 'service S {\n  actor Teller "t" frontstage\n  standard Fast { }\n  process P { step A by Teller { standard Fast next B } step B { next end } }\n}';

    test.each(['1abc', 'two words', 'Bank.Fast', '', 'lead-time', 'foo-bar', '"Fast"', '%', 'Fast // c', '柜员！'])('%j is not a name', async name => {
        expect(await refusal({ 'spec.svc': spec }, 'spec.svc', 'Fast', name)).toBe(
            `'${name}' is not a valid name: start with a letter (ASCII or CJK) or '_', then use letters, digits or '_'.`);
    });

    test('in Chinese', async () => {
        expect(await refusal({ 'spec.svc': spec }, 'spec.svc', 'Fast', '1号', 'zh-CN')).toBe('“1号”不是有效的名称：须以字母（ASCII 或中文等）或“_”开头，其后只能是字母、数字或“_”。');
    });

    test('a step or a service may not be called end, an actor may', async () => {
        expect(await refusal({ 'spec.svc': spec }, 'spec.svc', 'B {', 'end')).toBe("'end' cannot name a step: after 'next', 'end' ends the process.");
        expect(await refusal({ 'spec.svc': spec }, 'spec.svc', 'S', 'end', 'zh-CN')).toBe('服务不能命名为“end”：在 next 之后，end 表示流程结束。');
        const workspace = await openWorkspace({ 'spec.svc': spec });
        expect((await rename(workspace, 'spec.svc', 'Teller', 'end'))['spec.svc']).toBe(spec.replaceAll('Teller', 'end'));
    });

    test('the name of another member of the same service, whatever its kind', async () => {
        expect(await refusal({ 'spec.svc': spec }, 'spec.svc', 'Fast', 'B')).toBe("'B' is already the name of a step in service 'S'; names must be unique within a service.");
        expect(await refusal({ 'spec.svc': spec }, 'spec.svc', 'A by', 'Teller', 'zh-CN')).toBe('服务“S”中已有名为“Teller”的角色；服务内的名称必须唯一。');
    });

    test('a top-level name used in another file', async () => {
        const files = { 'library.svc': 'standard Smile { }\nkpi SmileRate { measures Smile }', 'spec.svc': spec };
        expect(await refusal(files, 'spec.svc', 'S', 'SmileRate')).toBe("'SmileRate' is already the name of a KPI in library.svc; top-level names must be unique in the workspace.");
        expect(await refusal(files, 'library.svc', 'Smile', 'S', 'zh-CN')).toBe('spec.svc 中已有名为“S”的服务；顶层元素的名称在整个工作区内必须唯一。');
    });

    test('a member name that would capture a reference to a top-level element', async () => {
        const files = { 'library.svc': 'standard Smile { }', 'spec.svc': spec.replace('standard Fast next B', 'standard Smile next B') };
        expect(await refusal(files, 'spec.svc', 'Fast', 'Smile')).toBe(
            "Renaming to 'Smile' would change what 'Smile' on line 4 of spec.svc refers to: inside a service, a member hides a top-level element of the same name.");
    });

    test('a member name that a reference of another type spells captures nothing and is allowed', async () => {
        // `standard Smile` wants a standard: an actor called Smile does not hide the top-level standard.
        const files = { 'library.svc': 'standard Smile { }', 'spec.svc': spec.replace('standard Fast next B', 'standard Smile next B') };
        const workspace = await openWorkspace(files);
        expect(await rename(workspace, 'spec.svc', 'Teller', 'Smile')).toEqual({ 'spec.svc': files['spec.svc'].replaceAll('Teller', 'Smile') });
    });

    test('a top-level name that a member would hide where the element is used', async () => {
        const files = { 'library.svc': 'standard Smile { }', 'spec.svc': spec.replace('standard Fast next B', 'standard Smile next B') };
        expect(await refusal(files, 'library.svc', 'Smile', 'Fast', 'zh-CN')).toBe(
            '改名为“Fast”会改变 spec.svc 第 4 行的“Fast”所指的元素：在服务内，成员会遮蔽同名的顶层元素。');
    });

    test('a name whose holder is of a type the references do not accept changes nothing and is allowed', async () => {
        // Inside S, `Teller` names an actor; `standard Smile` wants a standard, so it keeps meaning the top-level one.
        const files = { 'library.svc': 'standard Smile { }', 'spec.svc': spec.replace('standard Fast next B', 'standard Smile next B') };
        const workspace = await openWorkspace(files);
        expect(await rename(workspace, 'library.svc', 'Smile', 'Teller')).toEqual({
            'library.svc': 'standard Teller { }',
            'spec.svc': files['spec.svc'].replace('standard Smile', 'standard Teller')
        });
    });
});

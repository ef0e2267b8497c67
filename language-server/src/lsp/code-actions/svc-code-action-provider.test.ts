import { EmptyFileSystem } from 'langium';
import { parseHelper, textDocumentParams } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { createNodeSvcServices } from '../../svc-node-services.js';
import { SvcCodeActionProvider } from './svc-code-action-provider.js';

const spec = `
service Lab {
  process Test {
    step Only { }
  }
}
`;

async function setUp() {
    const { Svc } = createNodeSvcServices(EmptyFileSystem);
    const document = await parseHelper(Svc)(spec, { validation: true });
    const deadEnd = document.diagnostics!.find(diagnostic => diagnostic.code === 'dead-end-step')!;
    const ask = async (diagnostics: Diagnostic[], only?: string[]) => (await Svc.lsp.CodeActionProvider!.getCodeActions(document, {
        ...textDocumentParams(document), range: deadEnd.range, context: { diagnostics, only, triggerKind: 1 }
    }) ?? []) as CodeAction[];
    return { Svc, deadEnd, ask };
}

describe('SvcCodeActionProvider', () => {
    test('is the code action provider of the language services', () => {
        expect(createNodeSvcServices(EmptyFileSystem).Svc.lsp.CodeActionProvider).toBeInstanceOf(SvcCodeActionProvider);
    });

    test('answers each diagnostic with quick fixes that name it', async () => {
        const { deadEnd, ask } = await setUp();
        const actions = await ask([deadEnd]);
        expect(actions.map(action => action.title)).toEqual(["Add 'next end'", "Disable 'dead-end-step' for this line"]);
        for (const action of actions) {
            expect(action.kind).toBe(CodeActionKind.QuickFix);
            expect(action.diagnostics).toEqual([deadEnd]);
        }
    });

    test('only when quick fixes are wanted', async () => {
        const { deadEnd, ask } = await setUp();
        expect(await ask([deadEnd], [CodeActionKind.Refactor])).toEqual([]);
        expect(await ask([deadEnd], [CodeActionKind.QuickFix])).toHaveLength(2);
        expect(await ask([deadEnd], [''])).toHaveLength(2);
    });

    test("other tools' diagnostics are left alone", async () => {
        const { deadEnd, ask } = await setUp();
        expect(await ask([{ ...deadEnd, source: 'spell-checker' }])).toEqual([]);
        expect(await ask([{ ...deadEnd, code: 42 }])).toEqual([]);
    });

    test('titles follow the locale at the time of the request', async () => {
        const { Svc, deadEnd, ask } = await setUp();
        Svc.i18n.Locale.current = 'zh-CN';
        expect((await ask([deadEnd])).map(action => action.title)).toEqual(['添加“next end”', '在此行禁用“dead-end-step”']);
    });

    test('a diagnostic that no longer fits the text gets no rule fix, only the directive', async () => {
        const { deadEnd, ask } = await setUp();
        const stale = { ...deadEnd, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 7 } } };
        expect((await ask([stale])).map(action => action.title)).toEqual(["Disable 'dead-end-step' for this line"]);
    });

    test('a diagnostic whose rule no longer holds at its place gets no rule fix', async () => {
        const { Svc } = createNodeSvcServices(EmptyFileSystem);
        const clean = `
service Desk {
  actor Clerk "clerk" frontstage
  standard Fast {
    dimension responsiveness
    kind hard
    bounds wait
    target <= 5 min
    method system-log
    frequency monthly
    owner Clerk
  }
  kpi K_Fast {
    measures Fast
    formula "avg(wait)"
    unit min
    direction lower
    target 4
    warning 6
    period monthly
    source "queue log"
    owner Clerk
  }
  process P {
    step Serve by Clerk {
      wait 3 min
      standard Fast
      moment
      fail "lost" recover Serve
      next end
    }
  }
  feedback Pad {
    channel counter
    feeds K_Fast
  }
}
`;
        const document = await parseHelper(Svc)(clean, { validation: true });
        const at = (fragment: string, length = fragment.length) => {
            const offset = clean.indexOf(fragment);
            return { start: document.textDocument.positionAt(offset), end: document.textDocument.positionAt(offset + length) };
        };
        const stale: Array<[string, string]> = [
            ['dead-end-step', 'Serve by'], ['moment-unmeasured', 'moment'], ['fail-without-recovery', 'fail "lost"'],
            ['wait-without-standard', '3 min'], ['frontstage-without-standard', 'Serve by'], ['standard-unmeasured', 'Fast {'],
            ['standard-incomplete', 'Fast {'], ['kpi-incomplete', 'K_Fast'], ['invalid-threshold', '6\n'], ['unit-mismatch', 'min\n    direction'],
            ['no-feedback-channel', 'Desk'], ['feedback-unmapped', 'Pad'], ['touchpoint-without-evidence', 'Serve by'],
            ['soft-standard-log-measured', 'system-log'], ['unresolved-reference', 'Fast\n      moment']
        ];
        for (const [code, fragment] of stale) {
            const diagnostic: Diagnostic = { range: at(fragment), message: 'stale', code, source: 'svc' };
            const actions = (await Svc.lsp.CodeActionProvider!.getCodeActions(document, {
                ...textDocumentParams(document), range: diagnostic.range, context: { diagnostics: [diagnostic] }
            }) ?? []) as CodeAction[];
            expect(actions.map(action => action.title), code).toEqual([`Disable '${code}' for this line`]);
        }
    });
});

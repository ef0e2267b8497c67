import { describe, expect, test } from 'vitest';
import { InlayHintKind, type InlayHint } from 'vscode-languageserver';
import type { Locale } from '#protocol/locale.js';
import { openWorkspace, uriOf } from '../../../../test/helpers/editor-workspace.js';

interface ShownHint { after: string; label: string; tooltip?: string; kind?: InlayHintKind }

/** Each hint with the text of its line up to the hint, so the test reads like the editor. */
async function hintsOf(files: Record<string, string>, file = Object.keys(files)[0], locale: Locale = 'en', lines?: [number, number]): Promise<ShownHint[]> {
    const workspace = await openWorkspace(files, locale);
    const document = workspace.documents[file];
    const range = lines
        ? { start: { line: lines[0], character: 0 }, end: { line: lines[1], character: 0 } }
        : { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(document.textDocument.getText().length) };
    const hints: InlayHint[] = await workspace.svc.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: { uri: uriOf(file) }, range }) ?? [];
    return hints.map(hint => ({
        after: document.textDocument.getText({ start: { line: hint.position.line, character: 0 }, end: hint.position }).trim(),
        label: String(hint.label),
        ...(hint.tooltip === undefined ? {} : { tooltip: String(hint.tooltip) }),
        ...(hint.kind === undefined ? {} : { kind: hint.kind })
    }));
}

const labels = (hints: ShownHint[]) => hints.map(hint => `${hint.after} ⟨${hint.label}⟩`);

const bank = `service 开户 {
  actor 客户 "客户" customer
  actor 柜员 "柜员" frontstage
  system 核心系统 support
  process 主流程 "开户主流程" {
    stage 到店 {
      step 取号 by 客户 { wait 12 min next 核验 }
      step 核验 by 柜员 { duration 4 min next 记账, 复核 }
    }
    step 复核 by Bank.Nobody { duration 100 min next end }
    step 记账 by 核心系统 { duration 2 h next end }
  }
  capacity 柜台 "对私柜台" { serves 核验 demand 40 per h servers 3 }
}`;

describe('inlay hints', () => {
    test('lead time after the process header, ρ and Wq after the capacity header, the lane after each resolved performer', async () => {
        expect(labels(await hintsOf({ 'bank.svc': bank }))).toEqual([
            'process 主流程 "开户主流程" ⟨lead time 2.27 h⟩',
            'step 取号 by 客户 ⟨: customer⟩',
            'step 核验 by 柜员 ⟨: frontstage⟩',
            'step 记账 by 核心系统 ⟨: support⟩',
            'capacity 柜台 "对私柜台" ⟨ρ = 88.9 %, Wq = 9.57 min⟩'
        ]);
    });

    test('in Chinese', async () => {
        expect(labels(await hintsOf({ 'bank.svc': bank }, 'bank.svc', 'zh-CN'))).toEqual([
            'process 主流程 "开户主流程" ⟨总时长 2.27 h⟩',
            'step 取号 by 客户 ⟨: 顾客⟩',
            'step 核验 by 柜员 ⟨: 前台⟩',
            'step 记账 by 核心系统 ⟨: 支持⟩',
            'capacity 柜台 "对私柜台" ⟨ρ = 88.9 %，Wq = 9.57 min⟩'
        ]);
    });

    test('tooltips: the critical path, and how ρ and Wq are computed', async () => {
        const hints = await hintsOf({ 'bank.svc': bank });
        expect(hints[0].tooltip).toBe("Longest wait + duration from the start step along 'next'; critical path: 取号 → 核验 → 记账.");
        expect(hints[0].kind).toBeUndefined();
        expect(hints[1].kind).toBe(InlayHintKind.Type);
        expect(hints[4].tooltip).toBe('Utilisation ρ = λ / (c·μ) = 88.9 %; mean queue wait Wq (M/M/c, Erlang C) = 9.57 min.');
        const zh = await hintsOf({ 'bank.svc': bank }, 'bank.svc', 'zh-CN');
        expect(zh[0].tooltip).toBe('从首个步骤沿 next 走到结束，等候与办理时长之和的最大值；关键路径：取号 → 核验 → 记账。');
    });

    test('lead time without a title, 90 s in seconds, and 0 for steps without times; none for a process without steps', async () => {
        const spec = 'service S {\n  process Short { step A { wait 30 s duration 1 min next end } }\n  process Untimed { step A2 { next end } }\n  process Empty { }\n}';
        expect(labels(await hintsOf({ 'spec.svc': spec }))).toEqual([
            'process Short ⟨lead time 90 s⟩',
            'process Untimed ⟨lead time 0 min⟩'
        ]);
    });

    test('an overloaded capacity shows ρ ≥ 100 %, its exact ρ in the tooltip', async () => {
        // 9 per h at 20 min on 3 servers is exactly ρ = 1 (computed 0.9999999999999998).
        const spec = 'service S {\n  process P { step A { duration 20 min next end } }\n  capacity Full { serves A demand 9 per h servers 3 }\n  capacity None { serves A demand 1 per h servers 0 }\n}';
        const hints = await hintsOf({ 'spec.svc': spec });
        expect(labels(hints).slice(1)).toEqual(['capacity Full ⟨ρ ≥ 100 %⟩', 'capacity None ⟨ρ ≥ 100 %⟩']);
        expect(hints[1].tooltip).toBe('Overloaded: ρ = 100 % ≥ 100 %, the queue grows without bound.');
        expect(hints[2].tooltip).toBe('Overloaded: ρ = ∞ ≥ 100 %, the queue grows without bound.');
        expect((await hintsOf({ 'spec.svc': spec }, 'spec.svc', 'zh-CN'))[1].tooltip).toBe('超负荷：ρ = 100 % ≥ 100 %，队列将无限增长。');
    });

    test('a capacity with a fractional number of servers shows ρ only; one missing its figures shows nothing', async () => {
        const spec = 'service S {\n  process P { step A { duration 6 min next end } step B { next end } }\n  capacity Half { serves A demand 5 per h servers 1.5 }\n  capacity NoDemand { serves A servers 2 }\n  capacity Untimed { serves B demand 5 per h servers 1 }\n}';
        const hints = await hintsOf({ 'spec.svc': spec });
        expect(labels(hints).slice(1)).toEqual(['capacity Half ⟨ρ = 33.3 %⟩']);
        expect(hints[1].tooltip).toBe('Utilisation ρ = λ / (c·μ) = 33.3 %; no Erlang C wait for a fractional number of servers.');
    });

    test('the lane of a performer from another file, through Service.Member', async () => {
        const files = {
            'spec.svc': 'service S {\n  process P { step A by Bank.Teller { next B } step B by 礼宾员 { next end } }\n}',
            'library.svc': 'actor 礼宾员 "礼宾员" frontstage\nservice Bank { actor Teller "t" backstage }'
        };
        expect(labels(await hintsOf(files)).slice(1)).toEqual(['process P { step A by Bank.Teller ⟨: backstage⟩', 'process P { step A by Bank.Teller { next B } step B by 礼宾员 ⟨: frontstage⟩']);
    });

    test('only hints of the requested range', async () => {
        expect(labels(await hintsOf({ 'bank.svc': bank }, 'bank.svc', 'en', [6, 8]))).toEqual([
            'step 取号 by 客户 ⟨: customer⟩',
            'step 核验 by 柜员 ⟨: frontstage⟩'
        ]);
    });
});

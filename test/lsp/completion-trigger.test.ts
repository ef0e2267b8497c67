import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CompletionTriggerKind, type CompletionItem, type CompletionList, type CompletionParams } from 'vscode-languageserver-protocol';
import { LspClient, uriOf } from '../helpers/lsp-client.js';

/*
 * Completion as an editor asks for it while the user types, through the built server:
 * a space after a reference keyword opens the list (trigger character ' '), a space
 * anywhere else gets nothing, and other services' members come only after their qualifier.
 */

const library = `actor Auditor "审计" backstage
standard Fast { dimension responsiveness }
measurements Monthly from "kpi.csv"
`;

const data = 'kpi,period,value\nDesk.Speed,2026-09,3\n';

const others = `service Branch {
  actor Teller "柜员" frontstage
  actor Porter "保安" frontstage
  actor Cleaner "保洁" support
  standard Tidy { dimension tangibles }
}
service Hotline {
  actor Agent "坐席" frontstage
  system Ivr "语音导航" frontstage
}
`;

const desk = `service Desk "服务台" {
  actor Guest "客户" customer
  actor Clerk "窗口人员" frontstage
  standard Polite { dimension assurance }
  kpi Speed { measures Fast }
  process Main {
    step Ask "咨询" by Guest { next Answer }
    step Answer "答复" by Clerk { next end }
  }
}
`;

let client: LspClient;
let folder: string;
let deskPath: string;

beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'svc-completion-'));
    deskPath = join(folder, 'desk.svc');
    writeFileSync(join(folder, 'library.svc'), library);
    writeFileSync(join(folder, 'others.svc'), others);
    writeFileSync(deskPath, desk);
    writeFileSync(join(folder, 'kpi.csv'), data);
    client = await LspClient.start(folder);
    await client.open(deskPath, desk);
    await client.waitFor(deskPath, () => true);
}, 60_000);

afterAll(async () => {
    await client?.stop();
    rmSync(folder, { recursive: true, force: true });
});

/** The desk spec with `original` replaced by `typed`; completion at the end of `typed`, as if its last character was just typed. */
async function typing(original: string, typed: string, trigger?: string): Promise<CompletionItem[]> {
    expect(desk).toContain(original);
    const text = desk.replace(original, typed);
    await client.change(deskPath, text);
    const before = text.slice(0, text.indexOf(typed) + typed.length).split('\n');
    const params: CompletionParams = {
        textDocument: { uri: uriOf(deskPath) },
        position: { line: before.length - 1, character: before.at(-1)!.length },
        context: trigger ? { triggerKind: CompletionTriggerKind.TriggerCharacter, triggerCharacter: trigger } : { triggerKind: CompletionTriggerKind.Invoked }
    };
    const answer = await client.request<CompletionList | CompletionItem[] | null>('textDocument/completion', params);
    return Array.isArray(answer) ? answer : answer?.items ?? [];
}

const labels = (items: CompletionItem[]) => items.map(item => item.label).sort();
/** Labels in the order the editor shows them (by sort text, then label). */
const shown = (items: CompletionItem[]) => [...items]
    .sort((a, b) => `${a.sortText ?? a.label}\u0000${a.label}`.localeCompare(`${b.sortText ?? b.label}\u0000${b.label}`)).map(item => item.label);

describe('completion while typing, over a real LSP connection', () => {
    test('the server lists the space and the dot as trigger characters', () => {
        expect(client.capabilities.completionProvider?.triggerCharacters).toEqual(expect.arrayContaining([' ', '.']));
    });

    test('typing "by " lists the service\'s own performers first, then the top-level ones, nothing of other services', async () => {
        const items = await typing('step Answer "答复" by Clerk', 'step Answer "答复" by ', ' ');
        expect(shown(items)).toEqual(['Clerk', 'Guest', 'Auditor']);
    });

    test('typing "next ", "measures ", "standard " opens the list of steps, standards', async () => {
        expect(labels(await typing('next Answer', 'next ', ' '))).toEqual(expect.arrayContaining(['Answer', 'Ask', 'end']));
        expect(labels(await typing('measures Fast', 'measures ', ' '))).toEqual(['Fast', 'Polite']);
        expect(labels(await typing('by Clerk { next end }', 'by Clerk { standard ', ' '))).toEqual(['Fast', 'Polite']);
    });

    test('a space after other words, in a title or in a comment gets no items', async () => {
        for (const [original, typed] of [
            ['step Ask "咨询" by Guest', 'step Ask '],
            ['step Ask "咨询" by Guest', 'step Ask "a walk by '],
            ['step Ask "咨询" by Guest', 'step Ask "walk by " '],
            ['kpi Speed { measures Fast }', 'kpi Speed { measures Fast } // goes by '],
            ['standard Polite { dimension assurance }', 'standard Polite { dimension '],
            ['standard Polite { dimension assurance }', 'standard '],
            ['actor Clerk "窗口人员" frontstage', 'actor Clerk "窗口人员" ']
        ]) {
            expect(await typing(original, typed, ' '), typed).toEqual([]);
        }
    });

    test('after a qualifier the members of that service, by their qualified name', async () => {
        expect(labels(await typing('by Clerk', 'by Branch.', '.'))).toEqual(['Branch.Cleaner', 'Branch.Porter', 'Branch.Teller']);
        expect(labels(await typing('by Clerk', 'by Hotline.'))).toEqual(['Hotline.Agent', 'Hotline.Ivr']);
        expect(labels(await typing('measures Fast', 'measures Branch.', '.'))).toEqual(['Branch.Tidy']);
    });

    test('a dot after a number or inside a title gets no items', async () => {
        expect(await typing('kpi Speed { measures Fast }', 'kpi Speed { measures Fast target 2.', '.')).toEqual([]);
        expect(await typing('step Ask "咨询" by Guest', 'step Ask "Mr.', '.')).toEqual([]);
    });

    test('asked for (Ctrl+Space) after "by" it answers as when typed', async () => {
        expect(shown(await typing('step Answer "答复" by Clerk', 'step Answer "答复" by '))).toEqual(['Clerk', 'Guest', 'Auditor']);
    });

    test('in a data file a space is text: typed in the kpi cell it gets nothing, asked for it gets the KPIs', async () => {
        const csvPath = join(folder, 'kpi.csv');
        const typed = `${data}Desk. `;
        await client.open(csvPath, typed);
        const ask = (context: CompletionParams['context']) => client.request<CompletionItem[] | null>('textDocument/completion', {
            textDocument: { uri: uriOf(csvPath) }, position: { line: 2, character: 6 }, context
        });
        expect(await ask({ triggerKind: CompletionTriggerKind.TriggerCharacter, triggerCharacter: ' ' })).toBeNull();
        expect((await ask({ triggerKind: CompletionTriggerKind.Invoked }))?.map(item => item.label)).toContain('Desk.Speed');
        await client.close(csvPath);
    });
});

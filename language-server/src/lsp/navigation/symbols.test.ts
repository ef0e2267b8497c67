import { EmptyFileSystem } from 'langium';
import { expectSymbols, expectWorkspaceSymbols, parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { SymbolKind, type DocumentSymbol, type WorkspaceSymbol } from 'vscode-languageserver';
import { createNodeSvcServices } from '../../svc-node-services.js';

const spec = `service 开户 "个人开户" {
  actor 柜员 "柜员" frontstage
  system 核心系统 support
  standard 快速 "五分钟内" { }
  kpi 平均等候 { measures 快速 }
  process 主流程 "开户主流程" {
    stage 到店 "到店" {
      step 取号 "取号排队" by 柜员 { next 记账 }
    }
    step 记账 by 核心系统 { next end }
  }
  capacity 柜台 { serves 取号 }
  promise 当日办结 <= 1 d
  feedback 评价器 { feeds 平均等候 }
  improvement 缩短等候 { addresses 平均等候 }
  survey 问卷 "三季度问卷" from "data/q3.csv"
}
standard 通用 { }
measurements 月报 from "data/kpi.csv"`;

/** `name (Kind) detail` per symbol, children indented below their parent. */
function outline(symbols: DocumentSymbol[] | undefined, depth = 0): string[] {
    return (symbols ?? []).flatMap(symbol => [
        `${'  '.repeat(depth)}${symbol.name} (${kindName(symbol.kind)})${symbol.detail ? ` ${symbol.detail}` : ''}`,
        ...outline(symbol.children, depth + 1)
    ]);
}

function kindName(kind: SymbolKind): string {
    return Object.entries(SymbolKind).find(([, value]) => value === kind)![0];
}

describe('document symbols (outline)', () => {
    test('service › process › stage › step; other members under the service by kind, with titles and lanes', async () => {
        await expectSymbols(createNodeSvcServices(EmptyFileSystem).Svc)({
            text: spec,
            assert: symbols => expect(outline(symbols)).toEqual([
                '开户 (Namespace) 个人开户',
                '  柜员 (Class) 柜员 · frontstage',
                '  核心系统 (Struct) support',
                '  快速 (Interface) 五分钟内',
                '  平均等候 (Variable)',
                '  主流程 (Function) 开户主流程',
                '    到店 (Enum) 到店',
                '      取号 (Method) 取号排队',
                '    记账 (Method)',
                '  柜台 (Property)',
                '  当日办结 (Constant)',
                '  评价器 (Event)',
                '  缩短等候 (Object)',
                '  问卷 (File) 三季度问卷',
                '通用 (Interface)',
                '月报 (File)'
            ])
        });
    });

    test('a symbol spans its element and selects its name', async () => {
        await expectSymbols(createNodeSvcServices(EmptyFileSystem).Svc)({
            text: 'kpi K {\n  unit min\n}',
            assert: symbols => {
                expect(symbols[0].range).toEqual({ start: { line: 0, character: 0 }, end: { line: 2, character: 1 } });
                expect(symbols[0].selectionRange).toEqual({ start: { line: 0, character: 4 }, end: { line: 0, character: 5 } });
            }
        });
    });
});

describe('workspace symbols', () => {
    const library = 'actor 礼宾员 "礼宾员" frontstage\nstandard Smile { }';
    const hotel = 'service Hotel {\n  standard SmileFast { }\n  process Stay { step Greet { next end } }\n}';

    async function workspaceSymbols(query: string, assert: (symbols: WorkspaceSymbol[]) => void) {
        const { shared, Svc } = createNodeSvcServices(EmptyFileSystem);
        await parseHelper(Svc)(library, { documentUri: 'file:///workspace/library.svc' });
        await parseHelper(Svc)(hotel, { documentUri: 'file:///workspace/hotel.svc' });
        await expectWorkspaceSymbols(shared)({ query, assert });
    }

    test('top-level elements by name and service members as Service.Member, from every file, with their kinds', async () => {
        await workspaceSymbols('', symbols => expect(symbols.map(symbol => `${symbol.name} ${kindName(symbol.kind)} ${symbol.location.uri.split('/').pop()}`).sort()).toEqual([
            'Hotel Namespace hotel.svc',
            'Hotel.Greet Method hotel.svc',
            'Hotel.SmileFast Interface hotel.svc',
            'Hotel.Stay Function hotel.svc',
            'Smile Interface library.svc',
            '礼宾员 Class library.svc'
        ]));
    });

    test('a query matches from a word start, the member of Service.Member or any Chinese character', async () => {
        await expectWorkspaceSymbols(createNodeSvcServices(EmptyFileSystem).shared)({ query: 'x', expectedSymbols: [] });
        await workspaceSymbols('smile', symbols => expect(symbols.map(symbol => symbol.name).sort()).toEqual(['Hotel.SmileFast', 'Smile']));
        await workspaceSymbols('宾员', symbols => expect(symbols.map(symbol => symbol.name)).toEqual(['礼宾员']));
        // Inside an ASCII word a match still has to start at a word start.
        await workspaceSymbols('mile', symbols => expect(symbols).toEqual([]));
    });
});

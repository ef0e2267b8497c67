import { EmptyFileSystem } from 'langium';
import { expectSemanticToken, highlightHelper, parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { createNodeSvcServices } from '../../svc-node-services.js';

interface Token { text: string; type: string; declaration: boolean }

/** The semantic tokens of `text`, built after the library files (which are only there to be referenced). */
async function tokensOf(text: string, libraries: string[] = []): Promise<Token[]> {
    const { Svc } = createNodeSvcServices(EmptyFileSystem);
    for (const library of libraries) await parseHelper(Svc)(library);
    const declaration = Svc.lsp.SemanticTokenProvider!.tokenModifiers[SemanticTokenModifiers.declaration];
    const { tokens } = await highlightHelper(Svc)(text);
    return tokens.map(token => ({ text: token.text, type: token.tokenType, declaration: (token.tokenModifiers & declaration) !== 0 }));
}

const declared = (text: string, type: string): Token => ({ text, type, declaration: true });
const used = (text: string, type: string): Token => ({ text, type, declaration: false });

const bank = `service 开户 "个人开户" {
  owner 网点负责人
  actor 客户 "客户" customer
  actor 网点负责人 "网点负责人" backstage
  system 核心系统 "核心业务系统" support
  standard 快速 { owner 网点负责人 }
  kpi 平均等候 { measures 快速 owner 核心系统 }
  process 主流程 {
    standard 快速
    stage 到店 {
      step 取号 by 客户 { standard 快速 next 记账 }
    }
    step 记账 by 核心系统 { next end }
  }
  capacity 柜台 { serves 取号 standard 快速 }
  promise 当日办结 <= 1 d
  feedback 评价器 { channel counter feeds 平均等候 }
  improvement 缩短等候 { addresses 平均等候, 快速 owner 网点负责人 }
  measurements 月报 from "data/kpi.csv"
  survey 问卷 from "data/q3.csv" scale 5
}`;

describe('declarations are coloured by kind, with the declaration modifier', () => {
    test('every kind of element, Chinese names', async () => {
        const tokens = (await tokensOf(bank)).filter(token => token.declaration);
        expect(tokens).toEqual([
            declared('开户', SemanticTokenTypes.namespace),
            declared('客户', SemanticTokenTypes.class),
            declared('网点负责人', SemanticTokenTypes.class),
            declared('核心系统', SemanticTokenTypes.struct),
            declared('快速', SemanticTokenTypes.interface),
            declared('平均等候', SemanticTokenTypes.variable),
            declared('主流程', SemanticTokenTypes.function),
            declared('到店', SemanticTokenTypes.enum),
            declared('取号', SemanticTokenTypes.method),
            declared('记账', SemanticTokenTypes.method),
            declared('柜台', SemanticTokenTypes.property),
            declared('当日办结', SemanticTokenTypes.enumMember),
            declared('评价器', SemanticTokenTypes.event),
            declared('缩短等候', SemanticTokenTypes.decorator),
            declared('月报', SemanticTokenTypes.parameter),
            declared('问卷', SemanticTokenTypes.typeParameter)
        ]);
    });

    test('a name token found by langium/test markers', async () => {
        const { Svc } = createNodeSvcServices(EmptyFileSystem);
        const result = await highlightHelper(Svc)('actor <|柜员|> "t" frontstage\nstandard <|GreetIn30s|> { }');
        expectSemanticToken(result, { rangeIndex: 0, tokenType: SemanticTokenTypes.class });
        expectSemanticToken(result, { rangeIndex: 1, tokenType: SemanticTokenTypes.interface });
    });

    test('an element named by a keyword, and a name with a supplementary-plane character', async () => {
        const tokens = await tokensOf('service S { process P { step wait { next 𠮷野家 } step 𠮷野家 { next end } } }');
        expect(tokens).toEqual([
            declared('S', SemanticTokenTypes.namespace),
            declared('P', SemanticTokenTypes.function),
            declared('wait', SemanticTokenTypes.method),
            used('𠮷野家', SemanticTokenTypes.method),
            declared('𠮷野家', SemanticTokenTypes.method)
        ]);
    });
});

describe('references are coloured like what they refer to', () => {
    test('every reference property of a service', async () => {
        const tokens = (await tokensOf(bank)).filter(token => !token.declaration);
        expect(tokens).toEqual([
            used('网点负责人', SemanticTokenTypes.class), // service owner
            used('网点负责人', SemanticTokenTypes.class), // standard owner
            used('快速', SemanticTokenTypes.interface), // measures
            used('核心系统', SemanticTokenTypes.struct), // KPI owner
            used('快速', SemanticTokenTypes.interface), // process standard
            used('客户', SemanticTokenTypes.class), // by
            used('快速', SemanticTokenTypes.interface), // step standard
            used('记账', SemanticTokenTypes.method), // next
            used('核心系统', SemanticTokenTypes.struct), // by
            used('取号', SemanticTokenTypes.method), // serves
            used('快速', SemanticTokenTypes.interface), // capacity standard
            used('平均等候', SemanticTokenTypes.variable), // feeds
            used('平均等候', SemanticTokenTypes.variable), // addresses a KPI
            used('快速', SemanticTokenTypes.interface), // addresses a standard
            used('网点负责人', SemanticTokenTypes.class) // improvement owner
        ]);
    });

    test('Service.Member from another file: the service as namespace, the member by its kind', async () => {
        const library = 'service Bank {\n  actor Teller "t" frontstage\n  standard Fast { }\n  process P { step Verify by Teller { next end } }\n}';
        const tokens = await tokensOf('kpi Reuse { measures Bank.Fast owner Bank . Teller }\nservice Audit { capacity C { serves Bank./* step */Verify } }', [library]);
        expect(tokens.filter(token => !token.declaration)).toEqual([
            used('Bank', SemanticTokenTypes.namespace),
            used('Fast', SemanticTokenTypes.interface),
            used('Bank', SemanticTokenTypes.namespace),
            used('Teller', SemanticTokenTypes.class),
            used('Bank', SemanticTokenTypes.namespace),
            used('Verify', SemanticTokenTypes.method)
        ]);
    });

    test('a top-level element of another file', async () => {
        const tokens = await tokensOf('service Hotel { process P { step Greet by 礼宾员 { standard 微笑服务 next end } } }',
            ['actor 礼宾员 "礼宾员" frontstage\nstandard 微笑服务 { }']);
        expect(tokens.filter(token => !token.declaration)).toEqual([
            used('礼宾员', SemanticTokenTypes.class),
            used('微笑服务', SemanticTokenTypes.interface)
        ]);
    });

    test('unresolved names, keywords, strings and numbers get no semantic token', async () => {
        const tokens = await tokensOf('service S { actor A "t" frontstage process P { step X by Nobody { wait 5 min standard Missing next Gone, end } } }');
        expect(tokens.map(token => token.text)).toEqual(['S', 'A', 'P', 'X']);
    });
});

describe('the legend', () => {
    test('declares every token type and the declaration modifier the provider uses', () => {
        const { Svc } = createNodeSvcServices(EmptyFileSystem);
        const legend = Svc.lsp.SemanticTokenProvider!.semanticTokensOptions.legend;
        for (const type of ['namespace', 'class', 'struct', 'interface', 'variable', 'function', 'enum', 'method', 'property', 'enumMember', 'event', 'decorator', 'parameter', 'typeParameter']) {
            expect(legend.tokenTypes).toContain(type);
        }
        expect(legend.tokenModifiers).toContain(SemanticTokenModifiers.declaration);
    });
});

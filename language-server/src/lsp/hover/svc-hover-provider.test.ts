import { EmptyFileSystem, URI } from 'langium';
import { expectHover, parseHelper, replaceIndices } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { MarkupContent } from 'vscode-languageserver';
import { blueprintLineGlossary, enumGlossary, keywordGlossary } from '../../i18n/domain-glossary.js';
import { locales, type Locale } from '#protocol/locale.js';
import { createNodeSvcServices } from '../../svc-node-services.js';
import { hoverTexts } from './hover-texts.js';

/**
 * The hover text at the `<|>` mark of the first file; the other files share
 * the workspace (for cross-file references).
 */
async function hoverAt(text: string, locale: Locale = 'en', otherFiles: string[] = []): Promise<string> {
    const { Svc } = createNodeSvcServices(EmptyFileSystem);
    Svc.i18n.Locale.current = locale;
    const parse = parseHelper(Svc);
    const { output, indices } = replaceIndices({ text });
    const document = await parse(output, { documentUri: 'memory:///spec.svc' });
    // Built after the spec, so that their references into it resolve.
    for (const [index, other] of otherFiles.entries()) await parse(other, { documentUri: `memory:///other${index}.svc` });
    const hover = await Svc.lsp.HoverProvider?.getHoverContent(document, {
        textDocument: { uri: URI.parse('memory:///spec.svc').toString() },
        position: document.textDocument.positionAt(indices[0])
    });
    return hover && MarkupContent.is(hover.contents) ? hover.contents.value : '';
}

const bank = `service Bank {
  actor Customer "客户" customer
  actor Teller "柜员" frontstage
  actor Manager "网点负责人" backstage
  /** Counted from the queue system. */
  standard WaitMax15 "等候不超过15分钟" {
    dimension responsiveness
    kind hard
    bounds wait
    target <= 15 min
    method system-log
    frequency monthly
    owner Manager
  }
  standard Friendly { dimension empathy kind soft method survey }
  kpi AvgWait "平均等候时间" {
    measures WaitMax15
    unit min
    direction lower
    baseline 18
    target 10
    warning 15 min
  }
  process Open "开户" {
    stage Arrive {
      step Ticket "取号" by Customer { wait 5 min next Verify, Quick when "VIP" }
    }
    step Verify "核验" by Teller {
      duration 30 min
      standard WaitMax15
      moment
      fail "证件过期" recover Explain
      fail "系统故障"
      next Book
    }
    step Quick by Teller { duration 10 min next Book }
    step Explain by Teller { next end }
    step Book by Teller { duration 2 min next end }
  }
  process Empty { }
  capacity Counters "柜台" { serves Clinic demand 40 per h servers 6 }
  capacity Jammed { serves Clinic demand 40 per h servers 1 }
  capacity Partial { serves Verify }
  process Health { step Clinic by Teller { duration 8 min next end } }
  promise Within "40分钟办结" <= 40 min
  feedback Pad { channel counter feeds AvgWait }
  improvement Shorter { addresses AvgWait phase plan owner Manager due 2027-03-31 }
}`;

/** The bank spec with the hover mark placed by rewriting `original` as `marked`. */
const on = (original: string, marked: string) => {
    if (!bank.includes(original)) throw new Error(`'${original}' not in the spec`);
    return bank.replace(original, marked);
};

describe('element cards', () => {
    test('standard: doc comment, dimension, kind, bound, target, method, frequency, owner and the KPIs measuring it', async () => {
        const text = await hoverAt(on('standard WaitMax15', 'standard Wait<|>Max15'));
        expect(text).toMatch(/^\*\*Service standard\*\* `WaitMax15` · 等候不超过15分钟/);
        expect(text).toContain('Counted from the queue system.');
        expect(text).toContain('- **SERVQUAL dimension**: Responsiveness (`responsiveness`)');
        expect(text).toContain('- **Kind of standard**: Hard standard (`hard`)');
        expect(text).toContain('- **Bounds**: Wait (`wait`)');
        expect(text).toContain('- **Target**: `<= 15 min`');
        expect(text).toContain('- **Measuring method**: System log (`system-log`)');
        expect(text).toContain('- **Measuring frequency**: Monthly (`monthly`)');
        expect(text).toContain('- **Owner**: `Manager` (网点负责人)');
        expect(text).toContain('- **Measured by**: `AvgWait` (平均等候时间)');
    });

    test('standard: "measured by" counts KPIs in other files (reference index); an unmeasured standard is flagged', async () => {
        const library = 'kpi Politeness { measures Bank.Friendly }';
        expect(await hoverAt(on('standard Friendly', 'standard <|>Friendly'), 'en', [library])).toContain('- **Measured by**: `Politeness`');
        expect(await hoverAt(on('standard Friendly', 'standard <|>Friendly'))).toContain(`- **Measured by**: ${hoverTexts.en.notMeasured}`);
    });

    test('KPI: what it measures, unit, direction, and target/warning/baseline read in its unit', async () => {
        const text = await hoverAt(on('kpi AvgWait', 'kpi Avg<|>Wait'));
        expect(text).toContain('- **Measures**: `WaitMax15` (等候不超过15分钟)');
        expect(text).toContain('- **Unit**: Minutes (`min`)');
        expect(text).toContain('- **Direction**: Lower is better (`lower`)');
        expect(text).toContain('- **Target**: `10 min`');
        expect(text).toContain('- **Warning**: `15 min`');
        expect(text).toContain('- **Baseline**: `18 min`');
    });

    test('step: lane, performer, duration, standards, moment of truth, fail points with and without recovery, successors', async () => {
        const text = await hoverAt(on('step Verify', 'step Ver<|>ify'));
        expect(text).toMatch(/^\*\*Step\*\* `Verify` · 核验/);
        expect(text).toContain('- **Lane**: Frontstage (`frontstage`)');
        expect(text).toContain('- **Performed by**: `Teller` (柜员)');
        expect(text).toContain('- **Duration**: `30 min`');
        expect(text).toContain('- **Standards**: `WaitMax15` (`<= 15 min`)');
        expect(text).toContain('- **Moment of truth**: ★');
        expect(text).toContain(`- **Fail points**: “证件过期” → \`Explain\`; “系统故障” → ${hoverTexts.en.noRecovery}`);
        expect(text).toContain('- **Next steps**: `Book`');
    });

    test('step: wait, and successors with their conditions', async () => {
        const text = await hoverAt(on('step Ticket', 'step <|>Ticket'));
        expect(text).toContain('- **Lane**: Customer actions (`customer`)');
        expect(text).toContain('- **Wait**: `5 min`');
        expect(text).toContain('- **Next steps**: `Verify` (核验), `Quick` when “VIP”');
    });

    test('process: lead time and its critical path (the longest wait + duration path)', async () => {
        const text = await hoverAt(on('process Open', 'process <|>Open'));
        // Ticket 5 + Verify 30 + Book 2 beats the path through Quick (5 + 10 + 2).
        expect(text).toContain('- **Lead time**: `37 min`');
        expect(text).toContain('- **Critical path**: `Ticket` → `Verify` → `Book`');
        expect(text).toContain('- **Steps**: 5');
    });

    test('process without steps has no lead time', async () => {
        expect(await hoverAt(on('process Empty', 'process <|>Empty'))).toContain(`- **Lead time**: ${hoverTexts.en.noLeadTime}`);
    });

    test('capacity: utilisation ρ and the Erlang C mean wait Wq (40/h, 8 min, 6 servers)', async () => {
        const text = await hoverAt(on('capacity Counters', 'capacity <|>Counters'));
        expect(text).toContain('- **Service time**: `8 min`');
        expect(text).toContain('- **Utilisation ρ**: `88.9 %`');
        expect(text).toContain('- **Mean wait Wq (Erlang C)**: `8.56 min`');
    });

    test('capacity: an overload is flagged and has no Wq; missing inputs are named', async () => {
        const jammed = await hoverAt(on('capacity Jammed', 'capacity <|>Jammed'));
        expect(jammed).toContain(`- **Utilisation ρ**: \`533.3 %\` ${hoverTexts.en.overloaded}`);
        expect(jammed).not.toContain('Mean wait');
        expect(await hoverAt(on('capacity Partial', 'capacity <|>Partial'))).toContain(`- **Utilisation ρ**: ${hoverTexts.en.queueNeedsInputs}`);
    });

    test('capacity: with a fractional number of servers ρ is known but Wq is not', async () => {
        const text = await hoverAt(on('servers 6', 'servers 6.5').replace('capacity Counters', 'capacity <|>Counters'));
        expect(text).toContain('- **Utilisation ρ**: `82.1 %`');
        expect(text).toContain(`- **Mean wait Wq (Erlang C)**: ${hoverTexts.en.waitNeedsWholeServers}`);
    });

    test('service, stage and system', async () => {
        const text = 'service <|>S "开户" { version "2.1" owner Boss description "个人开户" actor Boss backstage system Core support '
            + 'process P { stage Arrive { step A by Core { next end } } } }';
        expect(await hoverAt(text)).toBe('**Service** `S` · 开户\n\n- **Version**: 2\\.1\n- **Owner**: `Boss`\n- **Description**: 个人开户');
        expect(await hoverAt(text.replace('service <|>S', 'service S').replace('stage Arrive', 'stage <|>Arrive'))).toContain('- **Steps**: 1');
        expect(await hoverAt(text.replace('service <|>S', 'service S').replace('by Core', 'by <|>Core')))
            .toBe('**System** `Core`\n\n- **Lane**: Support processes (`support`)');
    });

    test('measured data: the file, and a survey\'s answer scale (7 when not written)', async () => {
        const text = 'service S { measurements <|>M "月报" from "data/kpi_2026.csv" survey Q from "q.csv" survey Five from "q5.csv" scale 5 }';
        expect(await hoverAt(text)).toBe('**Measurements** `M` · 月报\n\n- **Data file**: data/kpi\\_2026\\.csv');
        expect(await hoverAt(text.replace('<|>M', 'M').replace('survey Q', 'survey <|>Q'))).toBe('**SERVQUAL survey** `Q`\n\n- **Data file**: q\\.csv\n- **Answer scale**: 7');
        expect(await hoverAt(text.replace('<|>M', 'M').replace('survey Five', 'survey <|>Five'), 'zh-CN')).toBe('**SERVQUAL 问卷** `Five`\n\n- **数据文件**：q5\\.csv\n- **评分量表**：5');
    });

    test('a reference shows the card of its target', async () => {
        const text = await hoverAt(on('by Customer', 'by Cust<|>omer'));
        expect(text).toBe('**Actor** `Customer` · 客户\n\n- **Lane**: Customer actions (`customer`)');
    });

    test('promise, feedback and improvement', async () => {
        expect(await hoverAt(on('promise Within', 'promise <|>Within'))).toContain('- **Target**: `<= 40 min`');
        expect(await hoverAt(on('feedback Pad', 'feedback <|>Pad'))).toContain('- **Channel**: Counter (`counter`)\n- **Feeds**: `AvgWait` (平均等候时间)');
        const improvement = await hoverAt(on('improvement Shorter', 'improvement <|>Shorter'));
        expect(improvement).toContain('- **PDCA phase**: Plan (`plan`)');
        expect(improvement).toContain('- **Due date**: `2027-03-31`');
    });

    test('a name that is also a keyword shows the element, not the keyword', async () => {
        const text = await hoverAt('service S { actor A frontstage process P { step <|>wait by A { next end } } }');
        expect(text).toMatch(/^\*\*Step\*\* `wait`/);
    });

    test('zh-CN: the cards speak Chinese', async () => {
        const standard = await hoverAt(on('standard WaitMax15', 'standard Wait<|>Max15'), 'zh-CN');
        expect(standard).toMatch(/^\*\*服务标准\*\* `WaitMax15`/);
        expect(standard).toContain('- **SERVQUAL 维度**：响应性 (`responsiveness`)');
        expect(standard).toContain('- **测量它的 KPI**：`AvgWait` (平均等候时间)');
        const process = await hoverAt(on('process Open', 'process <|>Open'), 'zh-CN');
        expect(process).toContain('- **流程总时长**：`37 min`');
        expect(process).toContain('- **关键路径**：`Ticket` → `Verify` → `Book`');
        const capacity = await hoverAt(on('capacity Counters', 'capacity <|>Counters'), 'zh-CN');
        expect(capacity).toContain('- **利用率 ρ**：`88.9 %`');
    });

    test('text from the spec cannot inject Markdown', async () => {
        const text = await hoverAt('service S { actor <|>A "*bold* [link](x)" frontstage }');
        expect(text).toContain('\\*bold\\* \\[link\\]\\(x\\)');
    });
});

describe('keyword explanations', () => {
    for (const locale of locales) {
        test(`each SERVQUAL dimension (${locale})`, async () => {
            for (const [dimension, entry] of Object.entries(enumGlossary.Dimension)) {
                const text = await hoverAt(`standard G { dimension <|>${dimension} }`, locale);
                expect(text).toBe(`\`${dimension}\` · **${entry.term[locale]}**\n\n${entry.explanation[locale]}`);
            }
        });

        test(`hard vs soft: \`kind\` lists both, each value explains itself (${locale})`, async () => {
            const kind = await hoverAt('standard G { <|>kind hard }', locale);
            expect(kind).toContain(keywordGlossary.kind.explanation[locale]);
            expect(kind).toContain(enumGlossary.StandardKind.hard.explanation[locale]);
            expect(kind).toContain(enumGlossary.StandardKind.soft.explanation[locale]);
            expect(await hoverAt('standard G { kind <|>soft }', locale)).toContain(enumGlossary.StandardKind.soft.explanation[locale]);
        });

        test(`each lane names the blueprint lines around it (${locale})`, async () => {
            const lines = blueprintLineGlossary;
            const lane = (name: string) => hoverAt(`actor A <|>${name}`, locale);
            const customer = await lane('customer');
            expect(customer).toContain(enumGlossary.Lane.customer.explanation[locale]);
            expect(customer).toContain(`${hoverTexts[locale].lineBelow} **${lines.interaction.term[locale]}**`);
            const frontstage = await lane('frontstage');
            expect(frontstage).toContain(`${hoverTexts[locale].lineAbove} **${lines.interaction.term[locale]}**`);
            expect(frontstage).toContain(`${hoverTexts[locale].lineBelow} **${lines.visibility.term[locale]}**`);
            const backstage = await lane('backstage');
            expect(backstage).toContain(`${hoverTexts[locale].lineAbove} **${lines.visibility.term[locale]}**`);
            expect(backstage).toContain(`${hoverTexts[locale].lineBelow} **${lines.internalInteraction.term[locale]}**`);
            const support = await lane('support');
            expect(support).toContain(`${hoverTexts[locale].lineAbove} **${lines.internalInteraction.term[locale]}**`);
            expect(support).not.toContain(hoverTexts[locale].lineBelow);
        });
    }

    test('zh-CN wording of the line of visibility and a lane', async () => {
        const text = await hoverAt('actor A <|>backstage', 'zh-CN');
        expect(text).toContain('`backstage` · **后台**');
        expect(text).toContain('上方： **可视线**');
        expect(text).toContain('下方： **内部互动线**');
    });

    test('`dimension` explains SERVQUAL and lists the five dimensions', async () => {
        const text = await hoverAt('standard G { <|>dimension empathy }');
        expect(text).toContain(keywordGlossary.dimension.explanation.en);
        for (const entry of Object.values(enumGlossary.Dimension)) expect(text).toContain(entry.explanation.en);
    });

    test('`survey` as a method and as a channel; `wait` as a property and as a bound', async () => {
        expect(await hoverAt('standard G { method <|>survey }')).toContain(enumGlossary.Method.survey.explanation.en);
        expect(await hoverAt('service S { feedback F { channel <|>survey } }')).toContain(enumGlossary.Channel.survey.explanation.en);
        expect(await hoverAt('standard G { bounds <|>wait }')).toContain(enumGlossary.Bound.wait.explanation.en);
        expect(await hoverAt('service S { process P { step A { <|>wait 3 min } } }')).toContain(keywordGlossary.wait.explanation.en);
    });

    test('comparators and `%` are explained although they are not words', async () => {
        await expectHover(createNodeSvcServices(EmptyFileSystem).Svc)({
            text: 'standard G { target <<|>= 95 % }', index: 0, disposeAfterCheck: true,
            hover: `\`<=\` · **${enumGlossary.Comparator['<='].term.en}**\n\n${enumGlossary.Comparator['<='].explanation.en}`
        });
        expect(await hoverAt('standard G { target <= 95 <|>% }')).toContain(enumGlossary.Unit['%'].explanation.en);
    });

    test('structural keywords: `evidence` is the physical-evidence lane, `moment` a moment of truth (zh-CN)', async () => {
        expect(await hoverAt('service S { process P { step A { <|>evidence "单据" } } }', 'zh-CN')).toContain('有形展示');
        expect(await hoverAt('service S { process P { step A { <|>moment } } }', 'zh-CN')).toContain(keywordGlossary.moment.explanation['zh-CN']);
    });

    test('punctuation and names explain nothing', async () => {
        expect(await hoverAt('standard G <|>{ }')).toBe('');
    });
});
